/*
 * The Conflicts and Echoes lists: claim vs claim, outlet vs outlet, kind, reason, confidence. A card
 * an analyst confirmed or relabelled is drawn solid with who decided; the machine's are dashed. A
 * picked card is marked and handed to the caller, which opens its first claim.
 */

import type { Conflict, ConflictList } from "../../../graph-schema/api";
import { h } from "./dom";

function side(c: Conflict["a"]): HTMLElement {
  return h(
    "div",
    {},
    h("div", { class: "outlet" }, `${c.outlet ?? "unknown outlet"}${c.via ? ` (via ${c.via})` : ""}`),
    h("div", { class: "muted" }, [c.speaker, c.published].filter(Boolean).join(" · ")),
    h("div", { class: "claim" }, c.text),
  );
}

export function conflictCard(item: Conflict, onPick: (item: Conflict) => void): HTMLElement {
  const { state, reviewer } = item.review;
  const decided = state === "unreviewed" ? "machine" : state;
  return h(
    "div",
    { class: `card ${item.type === "SUPPORTS" ? "supports" : ""} review-${decided}`, "data-relation": item.id, "data-review": decided, onclick: () => onPick(item) },
    h(
      "div",
      { class: "meta" },
      h("span", { class: "pill" }, item.kind),
      h("span", {}, `confidence ${item.confidence.toFixed(2)} · ${item.method}${state === "unreviewed" ? "" : ` · ${state} by ${reviewer ?? "?"}`}`),
    ),
    h("div", { class: "vs" }, side(item.a), h("div", { class: "sep" }, item.type === "SUPPORTS" ? "=" : "≠"), side(item.b)),
    h("div", { class: "reason" }, item.reason),
  );
}

/** `pair` names the two outlets when the list is one cell of the outlet matrix. */
export function conflictListView(list: ConflictList, type: Conflict["type"], pair: [string, string] | null, onPick: (item: Conflict) => void): HTMLElement {
  const box = h("div", {});
  const pick = (item: Conflict) => {
    for (const el of box.querySelectorAll(".card.selected")) el.classList.remove("selected");
    box.querySelector(`[data-relation="${CSS.escape(item.id)}"]`)?.classList.add("selected");
    onPick(item);
  };
  box.append(
    h("h3", {}, `${type === "CONTRADICTS" ? "Conflicts" : "Echoes"} (${list.items.length}${list.truncated ? "+" : ""})${pair ? `: ${pair[0]} × ${pair[1]}` : ""}`),
    ...list.items.map((item) => conflictCard(item, pick)),
  );
  if (list.items.length === 0) box.append(h("p", { class: "muted" }, "None with these filters."));
  return box;
}
