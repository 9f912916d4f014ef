/*
 * Figures as intervals: every Quantity is [low, high] (null high = open), and these compare two of
 * them by overlap, size and the kind of bound ("fewer than", "at least", "thousands").
 */

import type { Quantity } from "../../../../graph-schema";

const fmt = (n: number | null) => (n === null ? "∞" : n.toLocaleString("en-US"));

/** A figure as a reason shows it: its words and its interval. */
export function interval(q: Quantity): string {
  return `“${q.text}” [${fmt(q.low)}, ${fmt(q.high)}]`;
}

export function overlaps(p: Quantity, q: Quantity): boolean {
  const pl = p.low ?? 0;
  const ql = q.low ?? 0;
  const ph = p.high ?? Number.POSITIVE_INFINITY;
  const qh = q.high ?? Number.POSITIVE_INFINITY;
  return pl <= qh && ql <= ph;
}

/** Same measured thing: same measure group, same owner and same unit. */
export function sameMeasured(p: Quantity, q: Quantity): boolean {
  return p.measure !== null && p.measure === q.measure && p.owner === q.owner && (p.unit ?? "") === (q.unit ?? "");
}

/** A figure's best single value: the bound of an open interval, else the middle. */
function typical(q: Quantity): number {
  if (q.high === null) return q.low ?? 0;
  if (q.qualifier === "up to" || q.qualifier === "under") return q.high;
  return ((q.low ?? 0) + q.high) / 2;
}

/** The typical values of two figures, smaller first. */
export function sizes(p: Quantity, q: Quantity): [number, number] {
  const [x, y] = [typical(p), typical(q)];
  return x <= y ? [x, y] : [y, x];
}

/** Two figures of about one size: their typical values within a factor of 1.5. */
export function sameSize(p: Quantity, q: Quantity): boolean {
  const [x, y] = sizes(p, q);
  return x === y || (x > 0 && y / x <= 1.5);
}

/** Typical values at least three times apart (a zero is not: "no one was hurt" may be another event's). */
export function farApart(p: Quantity, q: Quantity): boolean {
  const [x, y] = sizes(p, q);
  return x > 0 && y / x >= 3;
}

/** A figure that caps the count: "fewer than", "up to", none at all ("nearly 40,000" is a size, not a cap). */
export function ceiling(x: Quantity): boolean {
  return (x.qualifier === "under" && !/\b(?:nearly|almost|just)\b/i.test(x.text)) || x.qualifier === "up to" || (x.low === 0 && x.high === 0);
}

/** One figure a floor ("more than", "at least"), the other a ceiling. */
export function opposingBounds(p: Quantity, q: Quantity): boolean {
  const floor = (x: Quantity) => x.qualifier === "over" || x.qualifier === "at least";
  return (floor(p) && ceiling(q)) || (ceiling(p) && floor(q));
}

/** A figure written in words: "eleven", "tens of thousands" (a zero count is read from words too, but is no number word). */
export function inWords(q: Quantity): boolean {
  return !/\d/.test(q.text) && !(q.low === 0 && q.high === 0);
}

/** An order of magnitude in words: "thousands", "dozens", "tens of thousands". */
export function isMagnitude(q: Quantity): boolean {
  return inWords(q) && q.qualifier === "range";
}
