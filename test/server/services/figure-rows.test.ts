/*
 * How figures become rows (services/figures.ts figureRows), without a database: which measure a
 * figure is filed under, which figures are left out, what counts as a source, how bounds map and
 * how rows are ordered. Claims are built here by hand, so every expected row is known.
 */

import type { Quantity, QuantityFrame } from "../../../graph-schema";
import type { FigureClaim } from "../../../server/src/db/queries/figures";
import { figureRows } from "../../../server/src/services/figures";

const FRAME: QuantityFrame = { measure: null, scope: null, source: null, place: null, period: null, partial: false, change: false, forecast: false, negated: false };

function figure(text: string, low: number | null, high: number | null, qualifier: Quantity["qualifier"], measure: string | null, frame: Partial<QuantityFrame> = {}): Quantity {
  return { text, start: 0, end: text.length, low, high, qualifier, measure, owner: null, unit: null, frame: { ...FRAME, measure, ...frame } };
}

let n = 0;
function claimWith(outlet: string, speaker: string | null, quantities: Quantity[], fields: Partial<FigureClaim> = {}): FigureClaim {
  n += 1;
  return {
    id: `clm-${n}`, documentId: `doc-${outlet}`, text: `claim ${n}`, outlet, published: "2030-01-01", speaker, speakerId: speaker ? `ent-${speaker}` : null,
    storyId: "sty-1", storyTitle: "An invented story", quantities, contradicts: [], ...fields,
  };
}

const summary = (claims: FigureClaim[]) => figureRows(claims).map((r) => [r.measure, r.place, r.values.map((v) => v.text)]);

describe("figureRows", () => {
  it.each([
    ["a quantity's own measure over the frame's finer one", figure("40 dead and injured", 40, 40, "exact", "casualties", { measure: "deaths" }), figure("55 casualties", 55, 55, "exact", "casualties"), "casualties"],
    ["the frame's measure when the quantity only says people", figure("300 people", 300, 300, "exact", "people", { measure: "displaced" }), figure("450 evacuees", 450, 450, "exact", "displaced"), "displaced"],
    ["the frame's share when the quantity only says percent", figure("40%", 40, 40, "exact", "percent", { measure: "percent:votes" }), figure("52%", 52, 52, "exact", "percent", { measure: "percent:votes" }), "percent:votes"],
  ])("should file figures under %s", (_what, a, b, measure) => {
    expect(summary([claimWith("Outlet A", null, [a]), claimWith("Outlet B", null, [b])])).toEqual([[measure, null, [a.text, b.text]]]);
  });

  it.each<[string, Partial<QuantityFrame>]>([
    ["a part of a total", { partial: true }],
    ["a change", { change: true }],
    ["a forecast", { forecast: true }],
    ["a figure said not to have happened", { negated: true }],
    ["a share of something unnamed", { measure: "percent:?" }],
  ])("should leave out %s", (_what, frame) => {
    const odd = figure("12", 12, 12, "exact", frame.measure ? "percent" : "casualties", frame);
    expect(summary([claimWith("Outlet A", null, [figure("30", 30, 30, "exact", "casualties")]), claimWith("Outlet B", null, [odd])])).toEqual([]);
  });

  it("should count an outlet's two speakers as two sources, and one speaker twice as one", () => {
    const a = figure("10", 10, 10, "exact", "detained");
    const b = figure("14", 14, 14, "exact", "detained");
    expect(figureRows([claimWith("Outlet A", "Police", [a]), claimWith("Outlet A", "Union", [b])])[0]?.sources).toBe(2);
    expect(figureRows([claimWith("Outlet A", "Police", [a]), claimWith("Outlet A", "Police", [b])])).toEqual([]);
  });

  it("should keep figures for different places in different rows", () => {
    const claims = [
      claimWith("Outlet A", null, [figure("20", 20, 20, "exact", "deaths", { place: "north" }), figure("7", 7, 7, "exact", "deaths", { place: "south" })]),
      claimWith("Outlet B", null, [figure("25", 25, 25, "exact", "deaths", { place: "north" }), figure("9", 9, 9, "exact", "deaths", { place: "south" })]),
    ];
    expect(summary(claims).map(([measure, place]) => [measure, place])).toEqual([
      ["deaths", "south"],
      ["deaths", "north"],
    ]);
  });

  it("should map qualifiers to bounds and place each figure by its one number", () => {
    const rows = figureRows([
      claimWith("A", null, [figure("over 100", 100, null, "over", "troops")]),
      claimWith("B", null, [figure("up to 60", 0, 60, "up to", "troops")]),
      claimWith("C", null, [figure("about 80", 72, 88, "about", "troops")]),
      claimWith("D", null, [figure("70-90", 70, 90, "range", "troops")]),
    ]);
    expect(rows[0]!.values.map((v) => [v.text, v.bound, v.value])).toEqual([
      ["up to 60", "at most", 60],
      ["about 80", "approx", 80],
      ["70-90", "range", 80],
      ["over 100", "at least", 100],
    ]);
  });

  it("should put none-against-some first, then the widest ratio, and link contradicting values in the row", () => {
    const zero = claimWith("A", null, [figure("no one", 0, 0, "exact", "casualties")], { contradicts: ["clm-x"] });
    const some = claimWith("B", null, [figure("12", 12, 12, "exact", "casualties")], { id: "clm-x", contradicts: [zero.id] });
    const near = [claimWith("A", null, [figure("100", 100, 100, "exact", "tanks")]), claimWith("B", null, [figure("110", 110, 110, "exact", "tanks")])];
    const far = [claimWith("A", null, [figure("3", 3, 3, "exact", "aircraft")]), claimWith("B", null, [figure("30", 30, 30, "exact", "aircraft")])];
    const rows = figureRows([...near, ...far, zero, some]);
    expect(rows.map((r) => [r.measure, r.ratio])).toEqual([
      ["casualties", null],
      ["aircraft", 10],
      ["tanks", 1.1],
    ]);
    const [none, twelve] = rows[0]!.values;
    expect([none!.conflictsWith, twelve!.conflictsWith]).toEqual([[twelve!.id], [none!.id]]);
    expect(rows[1]!.values.every((v) => v.conflictsWith.length === 0)).toBe(true);
  });

  it("should keep only the rows an outlet takes part in, with every outlet's figures", () => {
    const claims = [
      claimWith("A", null, [figure("5", 5, 5, "exact", "tanks")]),
      claimWith("B", null, [figure("8", 8, 8, "exact", "tanks"), figure("40", 40, 40, "exact", "drones")]),
      claimWith("C", null, [figure("90", 90, 90, "exact", "drones")]),
    ];
    expect(figureRows(claims, "A").map((r) => [r.measure, r.values.map((v) => v.outlet)])).toEqual([["tanks", ["A", "B"]]]);
  });
});
