/*
 * The Review tab: one relation at a time from the review queue (most disputed first), both claims
 * side by side with their sentence marked in its paragraph, and keys for the verdict: c confirm,
 * r reject, l relabel (to the type and kind chosen below), s skip, n note. Notes and claim text are
 * set as text, never as HTML. Skips last for this page's life; the server keeps no record of them.
 */

import { RELATION_KINDS } from "../../../graph-schema/labels";
import { RELABEL_TYPES, REVIEW_STATES, type RelationVerdictRequest, type ReviewClaim, type ReviewItem, type ReviewQueue, type ReviewState } from "../../../graph-schema/review";
import { api } from "../api";
import type { Store } from "../store";
import { clear, errorText, h } from "./dom";

export interface ReviewController {
  /** Fetches the queue and shows its first item not skipped. */
  load(): Promise<void>;
}

const KEYS = "c confirm · r reject · l relabel · s skip · n note · Esc leaves the note";

function side(c: ReviewClaim): HTMLElement {
  const p = c.paragraph;
  const from = Math.max(0, c.sentenceStart - p.start);
  const to = Math.min(p.text.length, Math.max(from, c.sentenceEnd - p.start));
  return h(
    "div",
    { "data-claim": c.id },
    h("div", { class: "outlet" }, `${c.outlet ?? "unknown outlet"}${c.via ? ` (via ${c.via})` : ""}`),
    h("div", { class: "muted" }, [c.speaker, c.published, c.status ? `status: ${c.status}` : null].filter(Boolean).join(" · ")),
    h("p", { class: "context" }, p.text.slice(0, from), h("mark", {}, p.text.slice(from, to)), p.text.slice(to)),
  );
}

function historyView(item: ReviewItem): HTMLElement | null {
  if (item.history.length === 0) return null;
  return h(
    "div",
    { class: "history" },
    h("h3", {}, `History (${item.history.length})`),
    ...item.history.map((v) =>
      h(
        "div",
        { class: "item", "data-verdict": v.id },
        `${v.at.slice(0, 16).replace("T", " ")} · ${v.reviewer} · ${v.decision}${v.type ? ` → ${v.type}${v.kind ? ` (${v.kind})` : ""}` : ""}`,
        v.note ? h("div", { class: "muted" }, v.note) : null,
      ),
    ),
  );
}

function options(values: readonly string[], selected: string): HTMLElement[] {
  return values.map((v) => {
    const o = h("option", { value: v }, v) as HTMLOptionElement;
    o.selected = v === selected;
    return o;
  });
}

export function mountReview(el: HTMLElement, store: Store, onDecided: () => void): ReviewController {
  let queue: ReviewQueue | null = null;
  let state: ReviewState = "unreviewed";
  let busy = false;
  let message = "";
  const skipped = new Set<string>();
  const current = () => queue?.items.find((i) => !skipped.has(i.id)) ?? null;
  const active = () => store.get().tab === "review" && el.isConnected;

  async function load(): Promise<void> {
    try {
      queue = await api.review({ state, sort: "disagreement", limit: 50 });
    } catch (e) {
      queue = null;
      message = errorText(e);
    }
    render();
  }

  function render(): void {
    if (store.get().tab !== "review") return;
    const item = current();
    const c = queue?.counts;
    const stateSelect = h("select", { id: "review-state", "aria-label": "Relations to review" }, ...options(REVIEW_STATES, state)) as HTMLSelectElement;
    stateSelect.addEventListener("change", () => {
      state = stateSelect.value as ReviewState;
      skipped.clear();
      void load();
    });
    clear(
      el,
      h(
        "div",
        { id: "review" },
        h("h3", {}, `Review: ${queue ? queue.total - skippedInQueue() : "?"} left`),
        c ? h("p", { class: "muted", id: "review-counts" }, `unreviewed ${c.unreviewed} · confirmed ${c.confirmed} · relabelled ${c.relabelled} · rejected ${c.rejected} · orphaned ${c.orphaned}`) : null,
        h("p", {}, stateSelect),
        h("p", { class: "muted" }, KEYS),
        message ? h("div", { class: "error", id: "review-message" }, message) : null,
        item ? itemView(item) : h("p", { class: "muted" }, skipped.size ? `Nothing left here but ${skipped.size} skipped.` : "Nothing to review in this state."),
      ),
    );
  }

  const skippedInQueue = () => (queue ? queue.items.filter((i) => skipped.has(i.id)).length : 0);

  function itemView(item: ReviewItem): HTMLElement {
    const other = item.type === "CONTRADICTS" ? "SUPPORTS" : "CONTRADICTS";
    const kind = (RELATION_KINDS as readonly string[]).includes(item.kind) ? item.kind : RELATION_KINDS[0];
    return h(
      "div",
      { class: `card ${item.type === "SUPPORTS" ? "supports" : ""}`, "data-relation": item.id, "data-state": item.state },
      h(
        "div",
        { class: "meta" },
        h("span", { class: "pill" }, `${item.type} · ${item.kind}`),
        h("span", {}, `confidence ${item.confidence.toFixed(2)} · ${item.method} · disagreement ${item.disagreement.toFixed(2)}`),
      ),
      h("div", { class: "vs" }, side(item.a), h("div", { class: "sep" }, item.type === "SUPPORTS" ? "=" : "≠"), side(item.b)),
      h("div", { class: "reason" }, item.reason),
      h("textarea", { id: "review-note", placeholder: "Note (n), sent with the next verdict", maxlength: "4000", rows: "2" }),
      h(
        "div",
        { class: "review-relabel" },
        h("select", { id: "review-type", "aria-label": "Relabel as" }, ...options(RELABEL_TYPES, other)),
        h("select", { id: "review-kind", "aria-label": "Kind" }, ...options(RELATION_KINDS, kind)),
      ),
      h(
        "div",
        { class: "review-actions" },
        h("button", { "data-key": "c", onclick: () => void decide("c") }, "Confirm (c)"),
        h("button", { "data-key": "r", onclick: () => void decide("r") }, "Reject (r)"),
        h("button", { "data-key": "l", onclick: () => void decide("l") }, "Relabel (l)"),
        h("button", { "data-key": "s", onclick: () => void decide("s") }, "Skip (s)"),
      ),
      historyView(item),
    );
  }

  function verdictFor(key: string): RelationVerdictRequest | null {
    const note = (el.querySelector<HTMLTextAreaElement>("#review-note")?.value ?? "").trim();
    if (key === "c") return { decision: "confirm", note };
    if (key === "r") return { decision: "reject", note };
    if (key !== "l") return null;
    const type = el.querySelector<HTMLSelectElement>("#review-type")!.value as (typeof RELABEL_TYPES)[number];
    const kind = el.querySelector<HTMLSelectElement>("#review-kind")!.value as (typeof RELATION_KINDS)[number];
    return { decision: "relabel", type, kind: type === "NONE" ? null : kind, note };
  }

  async function decide(key: string): Promise<void> {
    const item = current();
    if (!item || busy) return;
    if (key === "s") {
      skipped.add(item.id);
      message = "";
      return render();
    }
    const body = verdictFor(key);
    if (!body) return;
    busy = true;
    try {
      const { state: after } = await api.relationVerdict(item.id, body);
      message = "";
      el.dataset.lastVerdict = `${item.id}:${after ?? ""}`;
      onDecided();
      await load();
    } catch (e) {
      message = errorText(e);
      render();
    } finally {
      busy = false;
    }
  }

  document.addEventListener("keydown", (e) => {
    if (!active() || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT")) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "n") {
      e.preventDefault();
      el.querySelector<HTMLTextAreaElement>("#review-note")?.focus();
    } else if (["c", "r", "l", "s"].includes(e.key)) {
      e.preventDefault();
      void decide(e.key);
    }
  });

  return { load };
}
