/*
 * Scoring an extracted claim graph against a gold annotation of claim pairs (the realnews-dev format:
 * quotes that are exact substrings of two files). Pure: the graph and the gold in, figures out. A
 * quote counts as covered when one extracted claim's span holds it whole; a pair counts as linked
 * when any claim overlapping one quote has an edge of the wanted type to any claim overlapping the other.
 */

import { z } from "zod";
import type { ClaimGraph, Relation } from "../../graph-schema";

export const GoldPairSchema = z.object({
  id: z.string(),
  story: z.string().optional(),
  kind: z.string(),
  a: z.string().min(1),
  b: z.string().min(1),
  a_file: z.string().min(1),
  b_file: z.string().min(1),
  why: z.string().optional(),
});
export type GoldPair = z.infer<typeof GoldPairSchema>;

export const GoldSchema = z.object({
  contradicts: z.array(GoldPairSchema).default([]),
  supports: z.array(GoldPairSchema).default([]),
  not_contradicts: z.array(GoldPairSchema).default([]),
  ambiguous: z.array(GoldPairSchema).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface PairOutcome {
  pair: GoldPair;
  /** Whether each quote was found in its document's text, and whether one claim holds it whole. */
  located: [boolean, boolean];
  covered: [boolean, boolean];
  /** The relation types found between the two quotes' claims. */
  found: Array<Pick<Relation, "type" | "kind" | "detector" | "confidence">>;
}

export interface KindTally {
  total: number;
  hit: number;
}

export interface GoldReport {
  conflicts: { total: number; hit: number; byKind: Record<string, KindTally> };
  echoes: { total: number; hit: number; byKind: Record<string, KindTally> };
  lookAlikesFlagged: number;
  lookAlikes: number;
  ambiguousFlagged: number;
  ambiguous: number;
  quotes: { total: number; located: number; covered: number };
  contradictsEdges: number;
  supportsEdges: number;
  outcomes: Record<"contradicts" | "supports" | "not_contradicts" | "ambiguous", PairOutcome[]>;
}

const base = (file: string) => file.replace(/^.*[\\/]/, "");

/** Finds `quote` in `text`, first as it stands, then with runs of whitespace made equal. */
export function locate(text: string, quote: string): { start: number; end: number } | null {
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function scoreGraph(graph: ClaimGraph, gold: Gold): GoldReport {
  const docByFile = new Map(graph.documents.map((d) => [base(d.file), d]));
  const claimsByDoc = new Map<string, ClaimGraph["claims"]>();
  for (const c of graph.claims) (claimsByDoc.get(c.documentId) ?? claimsByDoc.set(c.documentId, []).get(c.documentId)!).push(c);
  const edges = new Map<string, Relation[]>();
  const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  for (const r of graph.relations) (edges.get(key(r.source, r.target)) ?? edges.set(key(r.source, r.target), []).get(key(r.source, r.target))!).push(r);

  const quoteClaims = (file: string, quote: string) => {
    const doc = docByFile.get(base(file));
    const span = doc ? locate(doc.text, quote) : null;
    if (!doc || !span) return { located: false, covered: false, ids: [] as string[] };
    const claims = claimsByDoc.get(doc.id) ?? [];
    const covered = claims.some((c) => c.start <= span.start && span.end <= c.end);
    const ids = claims.filter((c) => c.start < span.end && span.start < c.end).map((c) => c.id);
    return { located: true, covered, ids };
  };

  const quoteSeen = new Map<string, { located: boolean; covered: boolean }>();
  const judge = (pair: GoldPair): PairOutcome => {
    const qa = quoteClaims(pair.a_file, pair.a);
    const qb = quoteClaims(pair.b_file, pair.b);
    quoteSeen.set(`${base(pair.a_file)}\u0000${pair.a}`, qa);
    quoteSeen.set(`${base(pair.b_file)}\u0000${pair.b}`, qb);
    const found: PairOutcome["found"] = [];
    for (const x of qa.ids) for (const y of qb.ids) for (const r of edges.get(key(x, y)) ?? []) found.push({ type: r.type, kind: r.kind, detector: r.detector, confidence: r.confidence });
    return { pair, located: [qa.located, qb.located], covered: [qa.covered, qb.covered], found };
  };

  const outcomes = {
    contradicts: gold.contradicts.map(judge),
    supports: gold.supports.map(judge),
    not_contradicts: gold.not_contradicts.map(judge),
    ambiguous: gold.ambiguous.map(judge),
  };
  const tally = (list: PairOutcome[], type: Relation["type"]) => {
    const byKind: Record<string, KindTally> = {};
    let hit = 0;
    for (const o of list) {
      const ok = o.found.some((f) => f.type === type);
      const t = (byKind[o.pair.kind] ??= { total: 0, hit: 0 });
      t.total += 1;
      if (ok) {
        t.hit += 1;
        hit += 1;
      }
    }
    return { total: list.length, hit, byKind };
  };
  const flagged = (list: PairOutcome[]) => list.filter((o) => o.found.some((f) => f.type === "CONTRADICTS")).length;
  const quotes = [...quoteSeen.values()];
  return {
    conflicts: tally(outcomes.contradicts, "CONTRADICTS"),
    echoes: tally(outcomes.supports, "SUPPORTS"),
    lookAlikesFlagged: flagged(outcomes.not_contradicts),
    lookAlikes: outcomes.not_contradicts.length,
    ambiguousFlagged: flagged(outcomes.ambiguous),
    ambiguous: outcomes.ambiguous.length,
    quotes: { total: quotes.length, located: quotes.filter((q) => q.located).length, covered: quotes.filter((q) => q.covered).length },
    contradictsEdges: graph.relations.filter((r) => r.type === "CONTRADICTS").length,
    supportsEdges: graph.relations.filter((r) => r.type === "SUPPORTS").length,
    outcomes,
  };
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

/** The report as the CLI prints it: headline figures, then recall by kind. */
export function formatReport(r: GoldReport): string {
  const lines = [
    `conflicts found      ${r.conflicts.hit} of ${r.conflicts.total} (${pct(r.conflicts.hit, r.conflicts.total)})`,
    `echoes found         ${r.echoes.hit} of ${r.echoes.total} (${pct(r.echoes.hit, r.echoes.total)})`,
    `look-alikes flagged  ${r.lookAlikesFlagged} of ${r.lookAlikes}`,
    `ambiguous flagged    ${r.ambiguousFlagged} of ${r.ambiguous}`,
    `gold quotes in claim ${r.quotes.covered} of ${r.quotes.total} (${pct(r.quotes.covered, r.quotes.total)}); located in text ${r.quotes.located}`,
    `CONTRADICTS edges    ${r.contradictsEdges}`,
    `SUPPORTS edges       ${r.supportsEdges}`,
    "",
    "conflict recall by kind:",
    ...Object.entries(r.conflicts.byKind).sort().map(([k, t]) => `  ${k.padEnd(18)} ${t.hit} of ${t.total}`),
    "echo recall by kind:",
    ...Object.entries(r.echoes.byKind).sort().map(([k, t]) => `  ${k.padEnd(18)} ${t.hit} of ${t.total}`),
  ];
  return lines.join("\n");
}

/** One line per pair the engine got wrong, for error analysis (--misses). */
export function formatMisses(r: GoldReport): string {
  const out: string[] = [];
  const show = (label: string, o: PairOutcome) =>
    out.push(
      `${label} ${o.pair.id} [${o.pair.kind}]${o.covered[0] ? "" : " (a not in a claim)"}${o.covered[1] ? "" : " (b not in a claim)"}${o.found.length ? ` found ${o.found.map((f) => `${f.type}/${f.detector}`).join(",")}` : ""}\n    a ${o.pair.a_file}: ${o.pair.a}\n    b ${o.pair.b_file}: ${o.pair.b}`,
    );
  for (const o of r.outcomes.contradicts) if (!o.found.some((f) => f.type === "CONTRADICTS")) show("MISSED CONFLICT", o);
  for (const o of r.outcomes.supports) if (!o.found.some((f) => f.type === "SUPPORTS")) show("MISSED ECHO", o);
  for (const o of r.outcomes.not_contradicts) if (o.found.some((f) => f.type === "CONTRADICTS")) show("FALSE ALARM", o);
  for (const o of r.outcomes.ambiguous) if (o.found.some((f) => f.type === "CONTRADICTS")) show("AMBIGUOUS FLAGGED", o);
  return out.join("\n");
}
