/*
 * numeric-interval: figures for one measured thing compared as intervals — support when they
 * overlap at one size, superseded when a later one is higher, a conflict when they do not overlap
 * and nothing says they measure two things.
 */

import type { Quantity } from "../../../../../graph-schema";
import { numericInterval } from "../../../../../server/src/nlp/relations/rules/numeric-interval";
import { figure, relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

/** A claim about the Vellmar blast whose first figure is `fig`, read as `q`. */
const blast = (content: string, fig: string, q: Partial<Quantity> & Pick<Quantity, "low" | "high">, o: Partial<RelClaimInput> = {}) =>
  relClaim({ content, about: ["Vellmar"], quantities: [figure(content, fig, { measure: "casualties", ...q })], ...o });

const twelve = (o: Partial<RelClaimInput> = {}) => blast("12 people were killed in the Vellmar blast", "12", { low: 12, high: 12 }, { outlet: "Daily Ledger", ...o });
const overNinety = (o: Partial<RelClaimInput> = {}) => blast("more than 90 people were killed in the Vellmar blast", "more than 90", { low: 91, high: null, qualifier: "over" }, { outlet: "Coast Courier", ...o });
const underTwenty = (o: Partial<RelClaimInput> = {}) => blast("fewer than 20 people were killed in the Vellmar blast", "fewer than 20", { low: 0, high: 19, qualifier: "under" }, { outlet: "Daily Ledger", ...o });

const conflict = (confidence: number) => ({ type: "CONTRADICTS", kind: "numeric", confidence, detector: "numeric-interval" });

const rows: RuleRow[] = [
  { name: "flag an exact figure outside another's interval", a: twelve(), b: overNinety(), expected: conflict(0.7) },
  { name: "flag two bounds that do not overlap with more confidence", a: underTwenty(), b: overNinety(), expected: conflict(0.8) },
  {
    name: "flag a conflict between claims tied only by their articles' topic, with less confidence",
    a: underTwenty({ about: [], topics: ["vellmar-blast"] }),
    b: overNinety({ about: [], topics: ["vellmar-blast"] }),
    expected: conflict(0.7),
  },
  { name: "take its confidences from the options", a: underTwenty(), b: overNinety(), options: { confidences: { "numeric-interval": { conflict: 0.9 } } }, expected: conflict(0.9) },
  {
    name: "support figures that overlap at one size",
    a: blast("about 40 people were killed in the Vellmar blast", "about 40", { low: 36, high: 44, qualifier: "about" }),
    b: blast("42 people were killed in the Vellmar blast", "42", { low: 42, high: 42 }),
    expected: { type: "SUPPORTS", kind: "numeric", confidence: 0.6, detector: "numeric-interval" },
  },
  {
    name: "read a higher figure a month later as an update",
    a: twelve({ published: "2024-05-10" }),
    b: blast("at most 5 people were killed in the Vellmar blast", "at most 5", { low: 0, high: 5, qualifier: "up to" }, { published: "2024-03-01" }),
    expected: { type: "SUPPORTS", kind: "superseded", confidence: 0.55, detector: "numeric-interval" },
  },
  { name: "not compare figures within one document", a: twelve({ documentId: "doc-x" }), b: overNinety({ documentId: "doc-x" }), expected: null },
  { name: "not compare claims with nothing in common", a: twelve({ about: ["Ostrava"] }), b: overNinety(), expected: null },
  { name: "not compare different measures", a: twelve(), b: blast("more than 90 troops were killed in the Vellmar blast", "more than 90", { low: 91, high: null, qualifier: "over", measure: "troops" }), expected: null },
  { name: "not oppose a forecast", a: twelve(), b: blast("more than 90 people could be killed in the Vellmar blast", "more than 90", { low: 91, high: null, qualifier: "over" }), expected: null },
  { name: "not oppose figures of different years", a: twelve({ content: "12 people were killed in the Vellmar blast of 2019" }), b: overNinety({ content: "more than 90 people were killed in the Vellmar blast of 2023" }), expected: null },
  { name: "not oppose a part to a total", a: blast("including 12 people killed in the Vellmar blast", "12", { low: 12, high: 12 }), b: overNinety(), expected: null },
  { name: "not let a count in words contradict", a: blast("eight people were killed in the Vellmar blast", "eight", { low: 8, high: 8 }), b: overNinety(), expected: null },
  {
    name: "not compare a change with a level",
    a: blast("turnout in Vellmar rose 5 percent", "5 percent", { low: 5, high: 5, measure: "percent" }),
    b: blast("turnout in Vellmar stood at 60 percent", "60 percent", { low: 60, high: 60, measure: "percent" }),
    expected: null,
  },
];

describe("numeric-interval", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(numericInterval, a, b, options)).toEqual(expected);
  });
});
