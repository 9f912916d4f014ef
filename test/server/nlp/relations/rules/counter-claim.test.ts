/*
 * counter-claim: "X counters that P" against the nearest earlier claim of another speaker in the
 * same document, on a shared measured thing or entity.
 */

import { counterClaim } from "../../../../../server/src/nlp/relations/rules/counter-claim";
import { figure, relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

const CLAIMED = "the Ministry of Ports moved 4,000 troops to the Varn crossing";
const COUNTERED = "only 900 troops stand at the Varn crossing";

const earlier = (o: Partial<RelClaimInput> = {}) =>
  relClaim({ content: CLAIMED, documentId: "doc-port", index: 1, speakerText: "the Ministry of Ports", about: ["Varn"], quantities: [figure(CLAIMED, "4,000", { low: 4000, high: 4000, measure: "troops" })], ...o });
const counter = (o: Partial<RelClaimInput> = {}) =>
  relClaim({ content: COUNTERED, documentId: "doc-port", index: 3, speakerText: "the Harbour Union", verb: "countered", counter: true, about: ["Varn"], quantities: [figure(COUNTERED, "900", { low: 900, high: 900, measure: "troops" })], ...o });

const rows: RuleRow[] = [
  { name: "flag a counter-claim on the same measured thing", a: counter(), b: earlier(), expected: { type: "CONTRADICTS", kind: "counter", confidence: 0.8, detector: "counter-claim" } },
  { name: "flag it whichever way round the pair comes", a: earlier(), b: counter(), expected: { type: "CONTRADICTS", kind: "counter", confidence: 0.8, detector: "counter-claim" } },
  { name: "flag a counter-claim on a shared entity with less confidence", a: counter({ quantities: [] }), b: earlier({ quantities: [] }), expected: { type: "CONTRADICTS", kind: "counter", confidence: 0.65, detector: "counter-claim" } },
  { name: "take its confidence from the options", a: counter(), b: earlier(), options: { confidences: { "counter-claim": { sharedMeasure: 0.9 } } }, expected: { type: "CONTRADICTS", kind: "counter", confidence: 0.9, detector: "counter-claim" } },
  { name: "not flag a claim that is no counter", a: counter({ counter: false }), b: earlier(), expected: null },
  { name: "not flag claims of two documents", a: counter({ documentId: "doc-other" }), b: earlier(), expected: null },
  { name: "not answer a claim more than three back", a: counter({ index: 5 }), b: earlier(), expected: null },
  { name: "not answer a later claim", a: counter({ index: 0 }), b: earlier(), expected: null },
  { name: "not answer the same speaker", a: counter({ speakerText: "the Ministry of Ports" }), b: earlier(), expected: null },
  { name: "not answer an unattributed claim", a: counter(), b: earlier({ speakerText: null }), expected: null },
  { name: "not flag claims sharing neither measure nor entity", a: counter({ about: ["Ostrava"], quantities: [] }), b: earlier(), expected: null },
];

describe("counter-claim", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(counterClaim, a, b, options)).toEqual(expected);
  });
});
