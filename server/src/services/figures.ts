/*
 * Disputed figures: the claims with figures of a story (db/queries/figures.ts) grouped into one row
 * per measure, so that the figures sources give for one count stand side by side. A row needs two
 * or more sources (outlet and speaker); rows come widest spread first.
 */

import type { BoundKind, FigureRow, Figures, FiguresQuery, FigureValue, Quantity } from "../../../graph-schema";
import type { FigureClaim, FigureClaims } from "../db/queries/figures";

/** The part of the read store this use case needs. */
export interface FigureSource {
  figureClaims(f: Pick<FiguresQuery, "story" | "from" | "to">): Promise<FigureClaims>;
}

// --- Internal ----------------------------------------------------------------------------------

const BOUND_OF: Record<Quantity["qualifier"], BoundKind> = {
  exact: "exact",
  over: "at least",
  "at least": "at least",
  under: "at most",
  "up to": "at most",
  about: "approx",
  range: "range",
};

/**
 * Measures too coarse to key a row on when the frame names a narrower one: "people" counts anyone
 * (the frame may say they were evacuated), "percent" a share of anything (the frame says of what).
 */
const COARSE_MEASURES = new Set(["people", "percent"]);

/**
 * What a figure counts. The quantity's own measure comes first: its groups are built so that
 * "killed and wounded" meets "casualties", where the frame would split deaths from injuries; the
 * frame's measure serves when the quantity has none or only a coarse one. A frame measure ending in
 * ":?" (a share of something unnamed) is comparable with nothing.
 */
function measureOf(q: Quantity): string | null {
  if (q.measure && !COARSE_MEASURES.has(q.measure)) return q.measure;
  const framed = q.frame?.measure ?? null;
  return framed?.endsWith(":?") ? null : (framed ?? q.measure);
}

/** Parts of a total, changes, forecasts and figures said not to have happened are not the count itself. */
function isLevel(q: Quantity): boolean {
  const f = q.frame;
  return !f || !(f.partial || f.change || f.forecast || f.negated);
}

/**
 * The one number a figure is placed and compared by: the figure itself for an exact figure or a
 * bound (the only number it gives), the middle of a range or of an approximate figure's interval.
 */
function representative(q: Quantity, bound: BoundKind): number | null {
  if (bound === "at most") return q.high ?? q.low;
  if (bound === "exact" || bound === "at least") return q.low ?? q.high;
  return q.low !== null && q.high !== null ? (q.low + q.high) / 2 : (q.low ?? q.high);
}

/** Whose figure: the side the figure was read as belonging to, or the narrower group it counts. */
function whoseOf(q: Quantity): string | null {
  const scope = q.frame?.scope;
  return q.owner ?? (scope && !scope.startsWith("thing:") ? scope : null);
}

/** One source: the outlet and who in it gives the figure (the outlet itself when no one is named). */
function sourceOf(c: FigureClaim): string {
  return `${c.outlet ?? ""}|${c.speakerId ?? c.speaker?.toLowerCase() ?? ""}`;
}

/** Largest over smallest value; null when one says none and another some (no finite ratio). */
function ratioOf(values: readonly number[]): number | null {
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max <= 0) return 1;
  return min > 0 ? max / min : null;
}

interface Draft {
  row: Omit<FigureRow, "values" | "sources" | "ratio">;
  values: Array<{ value: FigureValue; source: string; contradicts: readonly string[] }>;
}

function draftRows(claims: readonly FigureClaim[]): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const c of claims) {
    for (const q of c.quantities) {
      const measure = measureOf(q);
      const bound = BOUND_OF[q.qualifier];
      const value = representative(q, bound);
      if (!measure || value === null || !isLevel(q)) continue;
      const place = q.frame?.place ?? null;
      const key = [c.storyId, measure, place ?? "", q.unit ?? ""].join("|");
      let draft = drafts.get(key);
      if (!draft) drafts.set(key, (draft = { row: { key, storyId: c.storyId, storyTitle: c.storyTitle, measure, place, unit: q.unit }, values: [] }));
      const v: FigureValue = {
        id: `${c.id}@${q.start}`,
        claimId: c.id,
        text: q.text,
        claimText: c.text,
        low: q.low,
        high: q.high,
        bound,
        value,
        outlet: c.outlet,
        published: c.published,
        documentId: c.documentId,
        whose: whoseOf(q),
        speaker: c.speaker,
        speakerId: c.speakerId,
        conflictsWith: [],
      };
      draft.values.push({ value: v, source: sourceOf(c), contradicts: c.contradicts });
    }
  }
  return drafts;
}

/** A row with no finite ratio (none against some) is the widest of all. */
function bySpread(a: FigureRow, b: FigureRow): number {
  const spread = (r: FigureRow) => r.ratio ?? Number.POSITIVE_INFINITY;
  const conflicts = (r: FigureRow) => r.values.filter((v) => v.conflictsWith.length > 0).length;
  return spread(b) - spread(a) || conflicts(b) - conflicts(a) || b.sources - a.sources || a.key.localeCompare(b.key);
}

// --- Public API --------------------------------------------------------------------------------

/**
 * The rows of `claims`: one per story, measure, place and unit with figures from two or more
 * sources, each value linked to the row's values its claim contradicts; only rows in which
 * `outlet` gives a figure when it is set. Sorted widest spread first; not capped.
 */
export function figureRows(claims: readonly FigureClaim[], outlet?: string): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const { row, values } of draftRows(claims).values()) {
    const sources = new Set(values.map((v) => v.source)).size;
    if (sources < 2 || (outlet && !values.some(({ value: v }) => v.outlet === outlet))) continue;
    const out = values
      .map(({ value: v, contradicts }) => ({
        ...v,
        conflictsWith: values.filter(({ value: w }) => w.claimId !== v.claimId && contradicts.includes(w.claimId)).map(({ value: w }) => w.id),
      }))
      .sort((a, b) => a.value - b.value || (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id));
    rows.push({ ...row, sources, ratio: ratioOf(out.map((v) => v.value)), values: out });
  }
  return rows.sort(bySpread);
}

export async function disputedFigures(store: FigureSource, f: FiguresQuery): Promise<Figures> {
  const { claims, truncated } = await store.figureClaims({ story: f.story, from: f.from, to: f.to });
  const rows = figureRows(claims, f.outlet);
  return { rows: rows.slice(0, f.limit), truncated: truncated || rows.length > f.limit };
}
