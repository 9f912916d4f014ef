/*
 * The article reader: a document's text over the graph, every claim highlighted by what the graph
 * holds on it (conflict, echo, none; a solid outline once a person judged it). The open document
 * and the selected claim live in the URL state; a selection from elsewhere scrolls to and flashes
 * its claim, a click selects in place. Text goes in through text nodes only. Esc closes.
 */

import type { ClaimDetail } from "../../../graph-schema/api";
import type { ReaderClaim, ReaderDocument } from "../../../graph-schema/reader";
import { api } from "../api";
import { headlineIndex, highlightFlag, paragraphs, runs, type HighlightFlag } from "../highlights";
import { changed, type Store } from "../store";
import { clear, h, showError } from "./dom";

export interface ReaderHandlers {
  /** Opens a claim's detail (and so selects it). */
  openClaim(id: string): void;
}

export interface ReaderController {
  /** Shows the state's document, if any, with its selected claim. */
  sync(): Promise<void>;
}

const FLAG_LABEL: Record<HighlightFlag, string> = { conflict: "Conflict", echo: "Echo or support", none: "No relation found" };

const countText = (c: ReaderClaim) =>
  [
    c.counts.CONTRADICTS && `${c.counts.CONTRADICTS} contradicting`,
    c.counts.SUPPORTS && `${c.counts.SUPPORTS} supporting`,
    c.counts.DISPUTES && `disputed by ${c.counts.DISPUTES} article(s)`,
    c.counts.ECHOES && `echoed by ${c.counts.ECHOES} article(s)`,
    c.reviewed && "reviewed",
  ]
    .filter(Boolean)
    .join(" · ") || FLAG_LABEL.none;

function legend(): HTMLElement {
  const item = (cls: string, label: string) => h("span", { class: "reader-key" }, h("mark", { class: `hl ${cls}` }, "claim"), ` ${label}`);
  return h(
    "div",
    { class: "reader-legend" },
    item("hl-conflict", FLAG_LABEL.conflict),
    item("hl-echo", FLAG_LABEL.echo),
    item("hl-none", FLAG_LABEL.none),
    item("hl-none hl-reviewed", "Judged by a person"),
  );
}

function meta(d: ReaderDocument["document"]): HTMLElement {
  const source = d.url ? h("a", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, "original") : null;
  return h("p", { class: "reader-meta" }, [d.outlet, d.via ? `via ${d.via}` : null, d.published ?? "undated"].filter(Boolean).join(" · "), source ? " · " : null, source);
}

/**
 * The document's text as paragraphs of plain runs and highlights. The headline, when one of the
 * first paragraphs is the title, becomes the heading (moved above anything before it); else the
 * title is added as one.
 */
function article(doc: ReaderDocument, onPick: (id: string) => void): HTMLElement {
  const { text, title } = doc.document;
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const ranges = paragraphs(text);
  const headline = headlineIndex(text, ranges, title);
  const blocks = ranges.map((p, i) => {
    const tag = i === headline ? "h2" : "p";
    const parts = runs(p, doc.claims).flatMap((r): Array<string | HTMLElement> => {
      const piece = text.slice(r.start, r.end);
      const c = r.claim === null ? undefined : byId.get(r.claim);
      if (!c) return [piece];
      const flag = highlightFlag(c);
      const mark = h("mark", { class: `hl hl-${flag}${c.reviewed ? " hl-reviewed" : ""}`, "data-claim": c.id, "data-flag": flag, title: countText(c), tabindex: "0", role: "button" }, piece);
      mark.addEventListener("click", () => onPick(c.id));
      mark.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onPick(c.id);
        }
      });
      const badge = r.last && c.reviewed ? h("span", { class: "hl-badge", title: c.status ? `status: ${c.status}` : "a person judged its relations" }, c.status ?? "✓") : null;
      return badge ? [mark, badge] : [mark];
    });
    const bare = /^https?:\/\/\S+$/.test(text.slice(p.start, p.end));
    return h(tag, bare ? { class: "reader-link-line" } : {}, ...parts);
  });
  const heading = headline === -1 ? h("h2", {}, title) : blocks.splice(headline, 1)[0]!;
  return h("article", { class: "reader-article" }, heading, meta(doc.document), ...blocks);
}

interface SideActions {
  claim(id: string): void;
  read(docId: string, claimId?: string): void;
}

function relationItem(r: ClaimDetail["related"][number], on: SideActions): HTMLElement {
  const conflict = r.type === "CONTRADICTS";
  return h(
    "div",
    { class: "item", "data-relation": r.id, "data-type": r.type },
    h("span", { class: `type-${r.type}` }, conflict ? "Contradicts" : "Supports"),
    ` · ${r.kind} · ${r.confidence.toFixed(2)}`,
    r.review.state === "unreviewed" ? null : h("span", { class: `review-${r.review.state}` }, ` · ${r.review.state}`),
    " · ",
    h("span", { class: "outlet" }, r.other.outlet ?? "unknown outlet"),
    h("div", { class: "claim" }, h("a", { class: "link", "data-open-claim": r.other.id, onclick: () => on.claim(r.other.id) }, r.other.text)),
    h("a", { class: "link muted", "data-read": r.other.documentId, onclick: () => on.read(r.other.documentId, r.other.id) }, "Read in its article"),
  );
}

function side(c: ReaderClaim | undefined, on: SideActions): HTMLElement {
  if (!c) return h("aside", { class: "reader-side" }, h("p", { class: "muted" }, "Click a highlighted claim to see what other claims and articles say about it."));
  return h(
    "aside",
    { class: "reader-side", "data-claim": c.id },
    h("h3", {}, "Claim"),
    h("blockquote", { class: "claim" }, c.text),
    h("p", { class: "muted" }, [c.speaker ? `said by ${c.speaker}` : null, c.status ? `status: ${c.status}` : null, countText(c)].filter(Boolean).join(" · ")),
    h("h3", {}, `Related claims (${c.related.length})`),
    h("div", { class: "related" }, ...c.related.map((r) => relationItem(r, on)), c.related.length ? null : h("p", { class: "muted" }, "No claim contradicts or supports this one.")),
    c.stances.length ? h("h3", {}, `Other outlets' articles (${c.stances.length})`) : null,
    ...c.stances.map((s) =>
      h(
        "div",
        { class: "item", "data-stance": s.type },
        h("span", { class: `type-${s.type === "DISPUTES" ? "CONTRADICTS" : "SUPPORTS"}` }, s.type === "DISPUTES" ? "Disputed by" : "Echoed by"),
        " ",
        h("a", { class: "link outlet", "data-read": s.documentId, onclick: () => on.read(s.documentId) }, s.outlet ?? "unknown outlet"),
        s.title ? h("div", { class: "muted" }, s.title) : null,
        h("blockquote", { class: "claim" }, s.quote),
      ),
    ),
  );
}

export function mountReader(el: HTMLElement, store: Store, handlers: ReaderHandlers): ReaderController {
  let doc: ReaderDocument | null = null;
  let picked: string | null = null;
  let latest = 0;
  const close = () => store.set({ doc: null });
  const pick = (id: string) => {
    const sel = store.get().selected;
    if (sel?.id !== id) picked = id;
    handlers.openClaim(id);
  };
  const actions: SideActions = {
    claim: (id) => handlers.openClaim(id),
    read(docId, claimId) {
      if (claimId) handlers.openClaim(claimId);
      store.set({ doc: docId }, claimId ? "replace" : "push");
    },
  };
  const body = h("div", { class: "reader-body" });
  const bar = h("div", { class: "reader-bar" }, h("strong", {}, "Article"), legend(), h("button", { class: "reader-close", title: "Close the reader (Esc)", onclick: close }, "Close ×"));
  clear(el, bar, body);

  /**
   * Marks the selected claim and fills the side; a selection not made by a click here is scrolled to
   * and flashed. One outside the document (opened from the side) leaves the reader as it is.
   */
  const select = () => {
    if (!doc) return;
    const sel = store.get().selected;
    const claim = sel?.kind === "Claim" ? doc.claims.find((c) => c.id === sel.id) : undefined;
    if (sel && !claim) return;
    for (const m of el.querySelectorAll("mark.hl-selected")) m.classList.remove("hl-selected");
    const marks = claim ? [...el.querySelectorAll<HTMLElement>(`mark[data-claim="${CSS.escape(claim.id)}"]`)] : [];
    for (const m of marks) m.classList.add("hl-selected");
    body.querySelector(".reader-side")?.replaceWith(side(claim, actions));
    if (claim && picked !== claim.id && marks[0]) {
      marks[0].scrollIntoView({ block: "center" });
      for (const m of marks) {
        m.classList.remove("hl-flash");
        void m.offsetWidth;
        m.classList.add("hl-flash");
      }
    }
    picked = null;
  };

  async function sync(): Promise<void> {
    const { doc: id } = store.get();
    el.hidden = id === null;
    if (id === null) {
      doc = null;
      delete el.dataset.document;
      return;
    }
    if (doc?.document.id === id) return select();
    const mine = (latest += 1);
    delete el.dataset.document;
    try {
      const d = await api.document(id);
      if (mine !== latest) return;
      doc = d;
      clear(body, h("div", { class: "reader-scroll" }, article(d, pick)), side(undefined, actions));
      body.querySelector(".reader-scroll")!.scrollTop = 0;
      el.dataset.document = id;
      select();
    } catch (e) {
      if (mine === latest) showError(body, e);
    }
  }

  store.subscribe((state, before) => {
    if (changed(state, before, ["doc", "selected"])) void sync();
  });
  document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement | null;
    if (e.key !== "Escape" || el.hidden || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    close();
  });
  return { sync };
}
