/*
 * Figures as intervals: overlap with open bounds, the same measured thing, typical sizes, "about
 * the same" and "far apart", floors against ceilings, and figures in words.
 */

import type { Quantity } from "../../../../graph-schema";
import { ceiling, farApart, inWords, interval, isMagnitude, opposingBounds, overlaps, sameMeasured, sameSize, sizes } from "../../../../server/src/nlp/relations/intervals";

const q = (text: string, low: number | null, high: number | null, qualifier: Quantity["qualifier"] = "exact", over: Partial<Quantity> = {}): Quantity => ({
  text,
  start: 0,
  end: text.length,
  low,
  high,
  qualifier,
  measure: "ferries",
  owner: null,
  unit: null,
  ...over,
});

describe("intervals", () => {
  it.each([
    { p: q("40", 40, 40), r: q("4", 4, 4), overlap: false },
    { p: q("over 30", 30, null, "over"), r: q("40", 40, 40), overlap: true },
    { p: q("under 10", null, 10, "under"), r: q("4", 4, 4), overlap: true },
    { p: q("30-50", 30, 50, "range"), r: q("over 60", 60, null, "over"), overlap: false },
  ])("should overlap $p.text and $r.text: $overlap", ({ p, r, overlap }) => {
    expect(overlaps(p, r)).toBe(overlap);
    expect(overlaps(r, p)).toBe(overlap);
  });

  it("should show a figure with its interval", () => {
    expect(interval(q("over 4,500", 4500, null, "over"))).toBe("“over 4,500” [4,500, ∞]");
  });

  it("should need the same measure, owner and unit for the same measured thing", () => {
    expect(sameMeasured(q("40", 40, 40), q("4", 4, 4))).toBe(true);
    expect(sameMeasured(q("40", 40, 40), q("4", 4, 4, "exact", { owner: "ent-x" }))).toBe(false);
    expect(sameMeasured(q("40", 40, 40, "exact", { measure: null }), q("4", 4, 4, "exact", { measure: null }))).toBe(false);
  });

  it("should size a figure by its bound or middle and compare sizes", () => {
    expect(sizes(q("300-400", 300, 400, "range"), q("up to 100", 0, 100, "up to"))).toEqual([100, 350]);
    expect(sameSize(q("40", 40, 40), q("55", 55, 55))).toBe(true);
    expect(sameSize(q("40", 40, 40), q("70", 70, 70))).toBe(false);
    expect(farApart(q("40", 40, 40), q("4", 4, 4))).toBe(true);
    // A zero is not far from anything: it may be another event's.
    expect(farApart(q("none", 0, 0), q("4", 4, 4))).toBe(false);
  });

  it("should tell floors from ceilings", () => {
    expect(ceiling(q("fewer than 10", null, 10, "under"))).toBe(true);
    expect(ceiling(q("nearly 40,000", null, 40000, "under"))).toBe(false);
    expect(opposingBounds(q("more than 50", 50, null, "over"), q("up to 40", 0, 40, "up to"))).toBe(true);
    expect(opposingBounds(q("more than 50", 50, null, "over"), q("at least 40", 40, null, "at least"))).toBe(false);
  });

  it("should tell figures in words and orders of magnitude", () => {
    expect(inWords(q("eleven", 11, 11))).toBe(true);
    expect(inWords(q("11", 11, 11))).toBe(false);
    expect(isMagnitude(q("thousands", 2000, 9999, "range"))).toBe(true);
    expect(isMagnitude(q("eleven", 11, 11))).toBe(false);
  });
});
