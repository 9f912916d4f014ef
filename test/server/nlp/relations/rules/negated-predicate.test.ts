/*
 * negated-predicate: one proposition said by one source and negated by another. Invented places.
 */

import { negatedPredicate } from "../../../../../server/src/nlp/relations/rules/negated-predicate";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const found = (confidence: number) => ({ type: "CONTRADICTS", kind: "opposite", confidence, detector: "negated-predicate" });
const other = { speakerText: "health officials", outlet: "Coast Courier" } as const;
const safe = relClaim({ content: "the water in Lesk is safe to drink", speakerText: "the government" });
const notSafe = relClaim({ content: "the water in Lesk is not safe to drink", ...other });

const rows: RuleRow[] = [
  { name: "flag a predicate negated by another source", a: notSafe, b: safe, expected: found(0.65) },
  { name: "flag it asked the other way round", a: safe, b: notSafe, expected: found(0.65) },
  {
    name: "flag a participle negated against the act reported",
    a: relClaim({ content: "the statue in Lesk has not been stolen", speakerText: "the police" }),
    b: relClaim({ content: "thieves stole the statue in Lesk and it had been stolen by night", ...other }),
    expected: found(0.65),
  },
  {
    name: "flag an adjective negated against its assertion after a verb of being",
    a: relClaim({ content: "the singer Ana Lesk is not dead", speakerText: "her agent" }),
    b: relClaim({ content: "the singer Ana Lesk was found dead at her home", ...other }),
    expected: found(0.65),
  },
  { name: "not flag the same negation in other words", a: relClaim({ content: "the agency could not verify the video from Lesk", speakerText: "the agency" }), b: relClaim({ content: "the channel was unable to verify the video from Lesk", ...other }), expected: null },
  { name: "not flag a report of a rumour", a: relClaim({ content: "the singer Ana Lesk is not dead", speakerText: "her agent" }), b: relClaim({ content: "a hoax claimed the singer Ana Lesk is dead", ...other }), expected: null },
  { name: "not flag a noun for an adjective", a: relClaim({ content: "it would not surprise me if the Lesk plant closed", speakerText: "an analyst" }), b: relClaim({ content: "the Lesk plant could plan another surprise", ...other }), expected: null },
  { name: "not flag a claim that shares too little", a: notSafe, b: relClaim({ content: "the bread in Lesk is safe", ...other }), expected: null },
  { name: "not flag one speaker with itself", a: notSafe, b: relClaim({ content: "the water in Lesk is safe to drink", speakerText: "health officials", outlet: "Daily Ledger" }), expected: null },
  { name: "not flag a denial (the denial families read those)", a: relClaim({ content: "the water in Lesk is not safe to drink", speakerText: "the mayor", verb: "denied that", denial: true }), b: safe, expected: null },
  { name: "take an overridden confidence", a: notSafe, b: safe, options: { confidences: { "negated-predicate": { negated: 0.5 } } }, expected: found(0.5) },
];

describe("negated-predicate", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(negatedPredicate, a, b, options)).toEqual(expected);
  });
});
