/*
 * denial-proposition: "X rejected claims that P" against another speaker's claim that states P in
 * other words and does not negate it.
 */

import { denialProposition } from "../../../../../server/src/nlp/relations/rules/denial-proposition";
import { relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

const STORY = ["rally-story"];
const denial = (o: Partial<RelClaimInput> = {}) =>
  relClaim({ content: "officials had paid protesters to attend the rally", speakerText: "the Harbour Authority", verb: "rejected claims that", denial: true, topics: STORY, ...o });
const assertion = (content: string, o: Partial<RelClaimInput> = {}) => relClaim({ content, speakerText: "the dockers' union", topics: STORY, ...o });
const paying = (o: Partial<RelClaimInput> = {}) => assertion("the Harbour Authority is paying protesters to attend the rally", o);

const found = { type: "CONTRADICTS", kind: "denial", confidence: 0.7, detector: "denial-proposition" };

const rows: RuleRow[] = [
  { name: "flag a denial of what another claim asserts in other words", a: denial(), b: paying(), expected: found },
  { name: "flag it whichever way round the pair comes", a: paying(), b: denial(), expected: found },
  { name: "take its confidence from the options", a: denial(), b: paying(), options: { confidences: { "denial-proposition": { denial: 0.8 } } }, expected: { ...found, confidence: 0.8 } },
  { name: "not read a denial of a thing as a denial of a proposition", a: denial({ verb: "denied" }), b: paying(), expected: null },
  { name: "not flag a claim that negates the proposition too", a: denial(), b: assertion("the Harbour Authority did not pay protesters to attend the rally"), expected: null },
  { name: "not flag a claim that shares too few of its words", a: denial(), b: assertion("protesters gathered at the rally"), expected: null },
  { name: "not flag two denials", a: denial(), b: paying({ denial: true }), expected: null },
  { name: "not flag a speaker against itself", a: denial(), b: paying({ speakerText: "the Harbour Authority" }), expected: null },
  { name: "not flag claims of two stories", a: denial(), b: paying({ topics: ["budget-story"] }), expected: null },
  { name: "not flag claims more than a month apart", a: denial({ published: "2024-06-01" }), b: paying(), expected: null },
];

describe("denial-proposition", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(denialProposition, a, b, options)).toEqual(expected);
  });
});
