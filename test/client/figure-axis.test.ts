/*
 * The Disputed figures chart's geometry (client/src/figure-axis.ts): when an axis is logarithmic,
 * that every figure and interval end falls inside it with its ticks, and that packed labels never
 * overlap and stay inside the chart.
 */

import { axisFor, compact, packLanes } from "../../client/src/figure-axis";

const point = (value: number, low: number | null = value, high: number | null = value) => ({ value, low, high });

describe("axisFor", () => {
  it.each([
    ["figures four or more times apart", "log", [point(100), point(2000, 1800, 2200)]],
    ["figures close together", "linear", [point(62000, 62000, null), point(76000, 76000, null)]],
    ["a zero against some", "linear", [point(0), point(12)]],
  ])("should draw %s on a %s axis", (_what, kind, points) => {
    const axis = axisFor(points);
    expect(axis.kind).toBe(kind);
    const ends = points.flatMap((p) => [p.value, p.low, p.high]).filter((n): n is number => n !== null);
    for (const n of ends) {
      expect(axis.at(n)).toBeGreaterThan(0);
      expect(axis.at(n)).toBeLessThan(1);
    }
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of axis.ticks) expect(t >= axis.lo && t <= axis.hi).toBe(true);
  });

  it("should place figures in order along the axis", () => {
    const axis = axisFor([point(9500), point(12000), point(15000, 13500, 16500)]);
    expect(axis.at(9500)).toBeLessThan(axis.at(12000));
    expect(axis.at(12000)).toBeLessThan(axis.at(15000));
    expect(axis.at(-1)).toBe(0);
    expect(axis.at(1e12)).toBe(1);
  });

  it("should label ticks compactly", () => {
    expect([compact(70000), compact(1500000), compact(250)]).toEqual(["70K", "1.5M", "250"]);
  });
});

describe("packLanes", () => {
  it("should keep labels in one lane apart and inside the limit", () => {
    const boxes = [{ x: 10, width: 200 }, { x: 120, width: 150 }, { x: 400, width: 100 }, { x: 700, width: 180 }, { x: 150, width: 60 }];
    const placed = packLanes(boxes, 800, 12);
    for (const [i, p] of placed.entries()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + boxes[i]!.width).toBeLessThanOrEqual(800);
      for (const [j, q] of placed.entries()) {
        if (i === j || p.lane !== q.lane) continue;
        const [a, b] = p.x < q.x ? [i, j] : [j, i];
        expect(placed[a]!.x + boxes[a]!.width + 12).toBeLessThanOrEqual(placed[b]!.x);
      }
    }
    // The label past the right edge is moved in, and the overlapping ones go to further lanes.
    expect(placed[3]!.x).toBe(620);
    expect(new Set(placed.map((p) => p.lane)).size).toBeGreaterThan(1);
  });
});
