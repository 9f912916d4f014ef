/*
 * The Disputed figures chart's geometry, free of the DOM: the axis a row of figures is drawn on
 * (logarithmic when the figures lie far apart, linear otherwise), its ticks, compact numbers, and
 * the packing of value labels into lanes so that none overlaps another.
 */

export interface AxisPoint {
  low: number | null;
  high: number | null;
  value: number;
}

export interface Axis {
  kind: "log" | "linear";
  lo: number;
  hi: number;
  ticks: number[];
  /** Where a number falls, from 0 (lo) to 1 (hi), clamped. */
  at(v: number): number;
}

/** Figures whose largest is at least this many times their smallest are drawn on a log axis. */
export const LOG_RATIO = 4;
/** Room left and right of the outermost numbers, as a share of the span (linear) or a factor (log). */
const LINEAR_PAD = 0.25;
const LOG_PAD = 1.6;
const TICKS_WANTED = 5;

const clamp01 = (t: number) => Math.min(1, Math.max(0, t));

function niceStep(span: number): number {
  const raw = span / TICKS_WANTED;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
}

function logTicks(lo: number, hi: number): number[] {
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k += 1) for (const m of [1, 2, 5]) all.push(m * 10 ** k);
  const inside = all.filter((t) => t >= lo && t <= hi);
  return inside.length > TICKS_WANTED + 3 ? inside.filter((t) => Number.isInteger(Math.log10(t))) : inside;
}

export function axisFor(points: readonly AxisPoint[]): Axis {
  const values = points.map((p) => p.value);
  const ends = points.flatMap((p) => [p.low, p.high]).filter((n): n is number => n !== null && Number.isFinite(n));
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min > 0 && max / min >= LOG_RATIO) {
    const positive = [...values, ...ends].filter((n) => n > 0);
    const lo = Math.min(...positive) / LOG_PAD;
    const hi = Math.max(...positive) * LOG_PAD;
    const [a, b] = [Math.log10(lo), Math.log10(hi)];
    return { kind: "log", lo, hi, ticks: logTicks(lo, hi), at: (v) => (v <= 0 ? 0 : clamp01((Math.log10(v) - a) / (b - a))) };
  }
  const all = [...values, ...ends];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const span = high - low || Math.abs(high) || 1;
  const lo = low - span * LINEAR_PAD;
  const hi = high + span * LINEAR_PAD;
  const step = niceStep(hi - lo);
  const ticks: number[] = [];
  // The padding may reach below zero; a count has no negative ticks.
  for (let t = Math.ceil((low >= 0 ? Math.max(0, lo) : lo) / step) * step; t <= hi; t += step) ticks.push(Number(t.toPrecision(12)));
  return { kind: "linear", lo, hi, ticks, at: (v) => clamp01((v - lo) / (hi - lo)) };
}

const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** A tick label: 70K, 1.5M. */
export const compact = (n: number) => COMPACT.format(n);

export interface LabelBox {
  /** Where the label would like to start. */
  x: number;
  width: number;
}

/**
 * Labels in order of `x`, each moved left as far as needed to end inside `[0, limit]` and put in
 * the first lane where it starts at least `gap` past the previous label's end. Returns each box's
 * start and lane, in the input's order.
 */
export function packLanes(boxes: readonly LabelBox[], limit: number, gap: number): Array<{ x: number; lane: number }> {
  const out = new Array<{ x: number; lane: number }>(boxes.length);
  const laneEnds: number[] = [];
  const order = boxes.map((b, i) => ({ b, i })).sort((p, q) => p.b.x - q.b.x);
  for (const { b, i } of order) {
    const x = Math.max(0, Math.min(b.x, limit - b.width));
    let lane = laneEnds.findIndex((end) => end + gap <= x);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = x + b.width;
    out[i] = { x, lane };
  }
  return out;
}
