/* The Conflicts and Echoes lists: claim vs claim, outlet vs outlet, kind, reason, confidence. */

import type { Conflict } from "../../../graph-schema/api";
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
  return h(
    "div",
    { class: `card ${item.type === "SUPPORTS" ? "supports" : ""}`, "data-relation": item.id, onclick: () => onPick(item) },
    h("div", { class: "meta" }, h("span", { class: "pill" }, item.kind), h("span", {}, `confidence ${item.confidence.toFixed(2)} · ${item.method}`)),
    h("div", { class: "vs" }, side(item.a), h("div", { class: "sep" }, item.type === "SUPPORTS" ? "=" : "≠"), side(item.b)),
    h("div", { class: "reason" }, item.reason),
  );
}
