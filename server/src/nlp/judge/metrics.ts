/*
 * Scoring in each benchmark's official way: FNC-1's weighted score (0.25 for getting related vs
 * unrelated right, 0.75 more for the exact stance of a related pair) relative to the best possible,
 * and plain accuracy for SICK; per-class precision/recall/F1 and a confusion matrix for both.
 */

export interface Confusion {
  labels: string[];
  /** matrix[gold][predicted] */
  matrix: number[][];
}

export function confusion(labels: string[], gold: string[], predicted: string[]): Confusion {
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => {
    const gi = index.get(g);
    const pi = index.get(predicted[i]!);
    if (gi !== undefined && pi !== undefined) matrix[gi]![pi]!++;
  });
  return { labels, matrix };
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function perClass(c: Confusion): Record<string, ClassScore> {
  const out: Record<string, ClassScore> = {};
  c.labels.forEach((l, i) => {
    const tp = c.matrix[i]![i]!;
    const support = c.matrix[i]!.reduce((a, b) => a + b, 0);
    const predicted = c.matrix.reduce((a, row) => a + row[i]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    out[l] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  });
  return out;
}

export function accuracy(gold: string[], predicted: string[]): number {
  let n = 0;
  gold.forEach((g, i) => (n += g === predicted[i] ? 1 : 0));
  return gold.length ? n / gold.length : 0;
}

export function macroF1(scores: Record<string, ClassScore>): number {
  const v = Object.values(scores);
  return v.length ? v.reduce((a, s) => a + s.f1, 0) / v.length : 0;
}

/** FNC-1 relative score; labels are FNC-1's own (agree, disagree, discuss, unrelated). */
export function fncScore(gold: string[], predicted: string[]): { score: number; max: number; relative: number } {
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    const gRelated = g !== "unrelated";
    max += gRelated ? 1 : 0.25;
    if (g === p) score += gRelated ? 0.25 + 0.75 : 0.25;
    else if (gRelated && p !== undefined && p !== "unrelated") score += 0.25;
  });
  return { score, max, relative: max ? score / max : 0 };
}

export function formatConfusion(c: Confusion): string {
  const w = Math.max(10, ...c.labels.map((l) => l.length + 2));
  const pad = (s: string) => s.padStart(w);
  const lines = [pad("gold \\ pred") + c.labels.map(pad).join("")];
  c.labels.forEach((l, i) => lines.push(pad(l) + c.matrix[i]!.map((n) => pad(String(n))).join("")));
  return lines.join("\n");
}

/** FNC-1 stance names to and from the judge's labels. */
export const FNC_TO_JUDGE: Record<string, string> = { agree: "supports", disagree: "contradicts", discuss: "discusses", unrelated: "unrelated" };
export const JUDGE_TO_FNC: Record<string, string> = { supports: "agree", contradicts: "disagree", discusses: "discuss", unrelated: "unrelated" };
/** SICK labels to and from the judge's; SICK's NEUTRAL is anything that neither entails nor contradicts. */
export const SICK_TO_JUDGE: Record<string, string> = { CONTRADICTION: "contradicts", ENTAILMENT: "supports", NEUTRAL: "discusses" };
export function judgeToSick(label: string): string {
  return label === "contradicts" ? "CONTRADICTION" : label === "supports" ? "ENTAILMENT" : "NEUTRAL";
}
