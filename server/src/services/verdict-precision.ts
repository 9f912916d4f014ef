/*
 * The engine's precision as reviewers measured it: of the engine's relations that have a standing
 * verdict, the share a person confirmed, per rule family and per confidence band. A relabel that
 * keeps the type (only the kind was wrong) counts as correct; a relabel to another type or NONE and
 * a reject count as wrong. Manual relations, claim statuses and superseded verdicts do not count.
 * Pure: `npm run eval:verdicts` reads the records and prints what this returns.
 */

import type { VerdictExport } from "../../../graph-schema";

export interface PrecisionRow {
  group: string;
  reviewed: number;
  correct: number;
  /** correct / reviewed; null when nothing was reviewed. */
  precision: number | null;
}

export interface VerdictPrecision {
  overall: PrecisionRow;
  families: PrecisionRow[];
  bands: PrecisionRow[];
  /** Standing verdicts that are not on an engine relation (claim statuses, manual relations). */
  notCounted: number;
}

/** Lower edges of the confidence bands; each runs to the next edge, the last to 1 inclusive. */
export const CONFIDENCE_BAND_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

/** A detector's family: "judge@1" and "judge@2" are one family across engine versions. */
export function familyOf(detector: string): string {
  return detector.replace(/@.*$/, "");
}

export function bandOf(confidence: number): string {
  let i = CONFIDENCE_BAND_EDGES.length - 1;
  while (i > 0 && confidence < CONFIDENCE_BAND_EDGES[i]!) i -= 1;
  const lo = CONFIDENCE_BAND_EDGES[i]!;
  const hi = CONFIDENCE_BAND_EDGES[i + 1];
  return hi === undefined ? `[${lo.toFixed(1)}, 1.0]` : `[${lo.toFixed(1)}, ${hi.toFixed(1)})`;
}

function isCorrect(v: VerdictExport): boolean {
  return v.decision === "confirm" || (v.decision === "relabel" && v.type === v.relation?.type);
}

function tally(groups: Map<string, PrecisionRow>, group: string, correct: boolean): void {
  const row = groups.get(group) ?? { group, reviewed: 0, correct: 0, precision: null };
  row.reviewed += 1;
  if (correct) row.correct += 1;
  row.precision = row.correct / row.reviewed;
  groups.set(group, row);
}

export function verdictPrecision(records: readonly VerdictExport[]): VerdictPrecision {
  const families = new Map<string, PrecisionRow>();
  const bands = new Map<string, PrecisionRow>();
  const overall = new Map<string, PrecisionRow>();
  let notCounted = 0;
  for (const v of records) {
    if (!v.standing) continue;
    const judged = v.targetKind === "relation" && v.relation !== null && (v.decision === "confirm" || v.decision === "reject" || v.decision === "relabel");
    if (!judged) {
      notCounted += 1;
      continue;
    }
    const correct = isCorrect(v);
    tally(families, familyOf(v.relation!.detector), correct);
    tally(bands, bandOf(v.relation!.confidence), correct);
    tally(overall, "all", correct);
  }
  const byName = (p: PrecisionRow, q: PrecisionRow) => (p.group < q.group ? -1 : p.group > q.group ? 1 : 0);
  return {
    overall: overall.get("all") ?? { group: "all", reviewed: 0, correct: 0, precision: null },
    families: [...families.values()].sort(byName),
    bands: [...bands.values()].sort(byName),
    notCounted,
  };
}

/** The report `npm run eval:verdicts` prints: one table per grouping, precision to three decimals. */
export function formatPrecision(p: VerdictPrecision): string {
  const width = Math.max(12, ...p.families.map((r) => r.group.length));
  const line = (r: PrecisionRow) => `  ${r.group.padEnd(width)}  ${String(r.reviewed).padStart(8)}  ${String(r.correct).padStart(9)}  ${r.precision === null ? "      -" : r.precision.toFixed(3).padStart(9)}`;
  const head = `  ${"".padEnd(width)}  ${"reviewed".padStart(8)}  ${"correct".padStart(9)}  ${"precision".padStart(9)}`;
  return [
    `eval:verdicts: ${p.overall.reviewed} engine relations with a standing verdict; ${p.notCounted} other standing verdicts (claim statuses, manual relations) not counted.`,
    "precision by rule family",
    head,
    ...p.families.map(line),
    "precision by confidence band",
    head,
    ...p.bands.map(line),
    "overall",
    line(p.overall),
  ].join("\n");
}
