/*
 * The detail panel: a claim in context with its relations side by side, an entity's claims by
 * outlet, or an outlet as drawn. Opening a claim or an entity records the selection in the URL
 * and focuses it and its neighbours in the graph. A claim's status (review) is set from its panel,
 * and a link the engine missed is made by picking one claim and then, from another, linking to it.
 */

import type { ClaimDetail, EntityDetail } from "../../../graph-schema/api";
import type { Selection } from "../../../graph-schema/ids";
import { CLAIM_REL_TYPES, RELATION_KINDS } from "../../../graph-schema/labels";
import { CLAIM_STATUSES, type ClaimStatus, type ManualRelationRequest } from "../../../graph-schema/review";
import { api } from "../api";
import { outletSummary } from "../graph/outlet";
import type { RendererController } from "../renderer";
import type { Store } from "../store";
import { clear, errorText, h, showError } from "./dom";
import { outletView } from "./outlet";

export interface DetailActions {
  openClaim(id: string): void;
  openEntity(id: string): void;
  /** Opens the claim's document in the article reader. */
  read(documentId: string): void;
  /** Records the claim's status; resolves to an error's text, or null once saved. */
  setStatus(id: string, status: ClaimStatus, note: string): Promise<string | null>;
  /** The claim picked as one end of a link, if any. */
  picked(): string | null;
  pick(id: string | null): void;
  /** Adds a manual relation; resolves to an error's text, or null once stored. */
  link(body: ManualRelationRequest): Promise<string | null>;
}

export interface DetailController {
  /** Loads and shows a claim or an entity; "replace" when restoring from the URL, not a new step. */
  open(selection: Selection, mode?: "push" | "replace"): Promise<void>;
  openOutlet(sourceId: string): void;
}

/** "History": the relation's verdicts, oldest first, read when asked and shown under the link. */
function historyLink(relationId: string): HTMLElement {
  const box = h("div", { class: "history", "data-history": relationId, hidden: "" });
  const link = h("a", { class: "link history-link" }, "history");
  link.addEventListener("click", () => {
    if (!box.hidden) return void (box.hidden = true);
    box.hidden = false;
    clear(box, h("div", { class: "muted" }, "Loading…"));
    api
      .history(relationId)
      .then((list) =>
        clear(
          box,
          ...(list.verdicts.length === 0
            ? [h("div", { class: "muted" }, "No verdict yet.")]
            : list.verdicts.map((v) =>
                h(
                  "div",
                  { class: "item", "data-verdict": v.id },
                  `${v.at.slice(0, 16).replace("T", " ")} · ${v.reviewer} · ${v.decision}${v.type ? ` → ${v.type}${v.kind ? ` (${v.kind})` : ""}` : ""}`,
                  v.note ? h("div", { class: "muted" }, v.note) : null,
                ),
              )),
        ),
      )
      .catch((e: unknown) => clear(box, h("div", { class: "error" }, errorText(e))));
  });
  return h("span", {}, link, " · ", box);
}

export function mountDetail(el: HTMLElement, store: Store, renderer: RendererController): DetailController {
  let picked: string | null = null;
  const actions: DetailActions = {
    picked: () => picked,
    pick: (id) => {
      picked = id;
      const current = store.get().selected;
      if (current?.kind === "Claim") void open(current, "replace");
    },
    link: (body) =>
      api.manualRelation(body).then(
        () => {
          picked = null;
          return open({ kind: "Claim", id: body.source }, "replace").then(() => null);
        },
        (e: unknown) => errorText(e),
      ),
    openClaim: (id) => void open({ kind: "Claim", id }),
    openEntity: (id) => void open({ kind: "Entity", id }),
    read: (documentId) => void store.set({ doc: documentId }),
    setStatus: (id, status, note) =>
      api.claimStatus(id, { status, note, links: [] }).then(
        () => open({ kind: "Claim", id }, "replace").then(() => null),
        (e: unknown) => errorText(e),
      ),
  };
  // Only the latest opening is shown: a slow answer must not replace the one picked after it.
  let latest = 0;
  async function open(selection: Selection, mode: "push" | "replace" = "push"): Promise<void> {
    const mine = (latest += 1);
    store.set({ selected: selection }, mode);
    try {
      if (selection.kind === "Claim") {
        const d = await api.claim(selection.id);
        if (mine !== latest) return;
        clear(el, claimView(d, actions));
        renderer.focus([selection.id, ...d.related.map((r) => r.other.id)]);
      } else {
        const d = await api.entity(selection.id);
        if (mine !== latest) return;
        clear(el, entityView(d, actions));
        renderer.focus([selection.id, ...d.asSpeaker.map((c) => c.id), ...d.byOutlet.flatMap((g) => g.claims.map((c) => c.id))]);
      }
    } catch (e) {
      if (mine === latest) showError(el, e);
    }
  }
  return {
    open,
    openOutlet(sourceId) {
      const graph = renderer.graph();
      if (!graph?.hasNode(sourceId)) return;
      latest += 1;
      const summary = outletSummary(graph, sourceId);
      clear(el, outletView(graph, summary, actions.openClaim));
      renderer.focus([sourceId, ...summary.documents, ...summary.claims]);
    },
  };
}

export function claimView(d: ClaimDetail, act: DetailActions): HTMLElement {
  const c = d.claim;
  return h(
    "div",
    { "data-claim": c.id },
    h("h3", {}, "Claim"),
    h("p", { class: "context" }, d.context.before, h("mark", { class: "detail-claim" }, d.context.text), d.context.after),
    h(
      "p",
      { class: "muted" },
      `${c.outlet ?? "unknown outlet"}${c.via ? ` citing ${c.via}` : ""} · ${c.published ?? "undated"} · offsets ${c.start}–${c.end} `,
      h("button", { class: "read-in-article", onclick: () => act.read(c.documentId) }, "Read in article"),
    ),
    h(
      "p",
      {},
      "Said by: ",
      c.speakerId ? h("a", { class: "link", onclick: () => act.openEntity(c.speakerId!) }, c.speaker ?? c.speakerId) : c.speaker ?? "the outlet itself",
      c.verb ? ` (${c.verb})` : "",
      c.hedged ? " · hedged" : "",
      c.polarity === "negative" ? " · negated" : "",
    ),
    c.quantities.length ? h("p", { class: "muted" }, `Figures: ${c.quantities.map((q) => `${q.text} [${q.low ?? "−∞"}, ${q.high ?? "∞"}] ${q.measure ?? ""}${q.owner ? ` of ${q.owner}` : ""}`).join("; ")}`) : null,
    statusForm(c.id, c.status, act),
    linkForm(c.id, act),
    d.mentions.length ? h("p", {}, "About: ", ...d.mentions.flatMap((m, i) => [i ? ", " : "", h("a", { class: "link", onclick: () => act.openEntity(m.id) }, m.name)])) : null,
    h("h3", {}, `Related claims (${d.related.length})`),
    h(
      "div",
      { class: "related" },
      ...d.related.map((r) =>
        h(
          "div",
          { class: "item" },
          h("span", { class: `type-${r.type}` }, r.type === "CONTRADICTS" ? "Contradicts" : "Supports"),
          ` · ${r.kind} · ${r.method === "judge" ? "judge" : r.method === "manual" ? "added by a person" : "rule"} · ${r.confidence.toFixed(2)} · `,
          r.review.state === "unreviewed" ? null : h("span", { class: `review-${r.review.state}`, "data-review": r.review.state }, `${r.review.state} by ${r.review.reviewer ?? "?"} · `),
          r.review.state === "unreviewed" && r.method !== "manual" ? null : historyLink(r.id),
          h("span", { class: "outlet" }, r.other.outlet ?? "unknown outlet"),
          h("div", { class: "claim" }, h("a", { class: "link", onclick: () => act.openClaim(r.other.id) }, r.other.text)),
          h("div", { class: "reason" }, r.reason),
        ),
      ),
      d.related.length === 0 ? h("p", { class: "muted" }, "No claim contradicts or supports this one.") : null,
    ),
    h("h3", {}, `Other outlets' articles (${d.stances.length})`),
    h(
      "div",
      { class: "related stances" },
      ...d.stances.map((st) =>
        h(
          "div",
          { class: "item", "data-stance": st.type },
          h("span", { class: `type-${st.type === "DISPUTES" ? "CONTRADICTS" : "SUPPORTS"}` }, st.type === "DISPUTES" ? "Disputed by" : "Echoed by"),
          " ",
          h("span", { class: "outlet" }, st.outlet ?? "unknown outlet"),
          ` · judge · ${st.confidence.toFixed(2)}`,
          st.title ? h("div", { class: "muted" }, st.title) : null,
          h("blockquote", { class: "claim" }, st.quote),
          h("div", { class: "reason" }, st.reason),
        ),
      ),
      d.stances.length === 0 ? h("p", { class: "muted" }, "No other outlet's article disputes or echoes this claim, as far as the judge can tell.") : null,
    ),
  );
}

function statusForm(id: string, status: string | null, act: DetailActions): HTMLElement {
  const select = h("select", { id: "claim-status", "aria-label": "Claim status" }) as HTMLSelectElement;
  for (const s of CLAIM_STATUSES) {
    const o = h("option", { value: s }, s) as HTMLOptionElement;
    o.selected = s === (status ?? "unverified");
    select.append(o);
  }
  const note = h("input", { type: "text", id: "claim-status-note", placeholder: "Note", maxlength: "4000" }) as HTMLInputElement;
  const said = h("span", { class: "muted", id: "claim-status-said" });
  const save = async () => {
    said.textContent = "Saving…";
    said.textContent = (await act.setStatus(id, select.value as ClaimStatus, note.value.trim())) ?? "Saved.";
  };
  return h(
    "div",
    { class: "claim-status", "data-status": status ?? "unverified" },
    h("span", {}, `Status: ${status ?? "unverified"} · set `),
    select,
    note,
    h("button", { id: "claim-status-save", onclick: () => void save() }, "Save status"),
    said,
  );
}

/** Pick this claim as one end of a link, or, with another picked, link the two with a type, kind and reason. */
function linkForm(id: string, act: DetailActions): HTMLElement {
  const other = act.picked();
  if (other === null || other === id) {
    return h(
      "div",
      { class: "claim-link" },
      other === id
        ? h("span", { class: "muted" }, "Picked: open another claim to link it to this one. ", h("button", { id: "link-cancel", onclick: () => act.pick(null) }, "Cancel"))
        : h("button", { id: "link-pick", onclick: () => act.pick(id) }, "Pick to link with another claim"),
    );
  }
  const select = (name: string, options: readonly string[]) => {
    const el = h("select", { id: `link-${name}`, "aria-label": `Link ${name}` }) as HTMLSelectElement;
    for (const o of options) el.append(h("option", { value: o }, o));
    return el;
  };
  const type = select("type", CLAIM_REL_TYPES);
  const kind = select("kind", RELATION_KINDS);
  const reason = h("input", { type: "text", id: "link-reason", placeholder: "Reason (required)", maxlength: "1000" }) as HTMLInputElement;
  const said = h("span", { class: "muted", id: "link-said" });
  const save = async () => {
    said.textContent = "Saving…";
    const body = { source: id, target: other, type: type.value, kind: kind.value, reason: reason.value.trim(), note: "" } as ManualRelationRequest;
    said.textContent = (await act.link(body)) ?? "Linked.";
  };
  return h("div", { class: "claim-link" }, h("span", {}, "Link to the picked claim: "), type, kind, reason, h("button", { id: "link-save", onclick: () => void save() }, "Link"), h("button", { id: "link-cancel", onclick: () => act.pick(null) }, "Cancel"), said);
}

export function entityView(d: EntityDetail, act: DetailActions): HTMLElement {
  return h(
    "div",
    { "data-entity": d.entity.id },
    h("h3", {}, `${d.entity.type.toLowerCase()}: ${d.entity.name}`),
    d.entity.aliases.length ? h("p", { class: "muted" }, `Also written: ${d.entity.aliases.join(", ")}`) : null,
    d.asSpeaker.length ? h("h3", {}, `Says (${d.asSpeaker.length})`) : null,
    ...d.asSpeaker.map((c) => h("div", { class: "item" }, h("a", { class: "link", onclick: () => act.openClaim(c.id) }, c.text))),
    h("h3", {}, "Claims about it, by outlet"),
    ...d.byOutlet.map((g) =>
      h("div", { class: "related" }, h("div", { class: "outlet" }, `${g.outlet} (${g.claims.length})`), ...g.claims.map((c) => h("div", { class: "item" }, h("a", { class: "link", onclick: () => act.openClaim(c.id) }, c.text)))),
    ),
  );
}
