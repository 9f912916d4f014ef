/*
 * The article reader's text layout, pure so Jest can pin it: a document's text cut into paragraphs
 * and each paragraph into runs that are either plain or one claim's highlight, and the flag that
 * colours a claim. Offsets are UTF-16 code units into the document's text, as the API gives them.
 */

import type { ReaderClaim } from "../../graph-schema/reader";

/** Conflict outranks echo: a claim both contradicted and echoed is shown as contested. */
export const HIGHLIGHT_FLAGS = ["conflict", "echo", "none"] as const;
export type HighlightFlag = (typeof HIGHLIGHT_FLAGS)[number];

export interface Range {
  start: number;
  end: number;
}

/** A run of one paragraph: plain text (claim null) or part of a claim's highlight. */
export interface Run extends Range {
  claim: string | null;
  /** Whether this is its claim's last run in the range: a badge after it closes the claim. */
  last: boolean;
}

type Spanned = Pick<ReaderClaim, "id" | "start" | "end">;

export function highlightFlag(c: Pick<ReaderClaim, "counts">): HighlightFlag {
  if (c.counts.CONTRADICTS + c.counts.DISPUTES > 0) return "conflict";
  if (c.counts.SUPPORTS + c.counts.ECHOES > 0) return "echo";
  return "none";
}

/** The paragraphs of `text`: stretches between blank lines, without the whitespace around them. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const push = (start: number, end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const trail = chunk.length - chunk.trimEnd().length;
    if (chunk.trim() !== "") out.push({ start: start + lead, end: end - trail });
  };
  let from = 0;
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** How many paragraphs may stand above the headline (a source line, a URL) and it still counts as one. */
export const HEADLINE_WITHIN = 3;

const words = (x: string) => x.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Which of the first paragraphs is the title, or -1. Compared as words: the manifest's title and
 * the text's headline may differ in quote marks, spacing and case.
 */
export function headlineIndex(text: string, ranges: readonly Range[], title: string): number {
  const want = words(title);
  return want === "" ? -1 : ranges.slice(0, HEADLINE_WITHIN).findIndex((p) => words(text.slice(p.start, p.end)) === want);
}

/**
 * `range` cut at every claim edge inside it. Where claims overlap, a run belongs to the shortest
 * claim covering it (the innermost, which would otherwise be unreachable by a click); neighbouring
 * runs of one claim are joined.
 */
export function runs(range: Range, claims: readonly Spanned[]): Run[] {
  const inside = claims.filter((c) => c.start < range.end && c.end > range.start && c.end > c.start);
  const cuts = new Set([range.start, range.end]);
  for (const c of inside) {
    cuts.add(Math.max(range.start, c.start));
    cuts.add(Math.min(range.end, c.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const [start, end] = [edges[i]!, edges[i + 1]!];
    const owner = inside.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)[0];
    const claim = owner?.id ?? null;
    const prev = out[out.length - 1];
    if (prev && prev.claim === claim) prev.end = end;
    else out.push({ start, end, claim, last: false });
  }
  const seen = new Set<string | null>([null]);
  for (const r of [...out].reverse()) {
    r.last = !seen.has(r.claim);
    seen.add(r.claim);
  }
  return out;
}
