/*
 * echo-overlap: two outlets' claims about one entity that say the same in mostly the same words
 * (or assert the same end, success or failure), with nothing that sets them apart.
 */

import { echoOverlap } from "../../../../../server/src/nlp/relations/rules/echo-overlap";
import type { PairJudge } from "../../../../../server/src/nlp/relations/rule";
import { figure, relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

const ledger = (content: string, o: Partial<RelClaimInput> = {}) => relClaim({ content, outlet: "Daily Ledger", about: ["Varn"], ...o });
const courier = (content: string, o: Partial<RelClaimInput> = {}) => relClaim({ content, outlet: "Coast Courier", about: ["Varn"], ...o });

// Content words {varn, river, bridge, reopen, traffic, repair, monday} against the same six with
// "tuesday" for "monday" and "repair" dropped: 5 shared of 8, so 0.5 + 0.625 × 0.6.
const A = "the Varn river bridge reopened to traffic after repairs on Monday";
const B = "the Varn river bridge reopened to traffic on Tuesday";
const echo = (confidence: number) => ({ type: "SUPPORTS", kind: "echo", confidence, detector: "echo-overlap" });

const rows: RuleRow[] = [
  { name: "link two outlets' claims in mostly the same words", a: ledger(A), b: courier(B), expected: echo(0.5 + 0.625 * 0.6) },
  { name: "cap its confidence", a: ledger(A), b: courier(A.replace("Monday", "Monday morning")), expected: echo(0.9) },
  {
    // 4 words shared of 13 (under echoSimilarity), but both say the strike ended.
    name: "link claims that assert the same end with a few words in common",
    a: ledger("the Varn dock strike ended after union members voted narrowly on a new three year contract"),
    b: courier("workers say the Varn dock strike has ended", { speakerText: "workers" }),
    expected: echo(0.5 + (4 / 13) * 0.6 + 0.1),
  },
  { name: "take its confidences from the options", a: ledger(A), b: courier(B), options: { confidences: { "echo-overlap": { base: 0.4 } } }, expected: echo(0.4 + 0.625 * 0.6) },
  { name: "follow echoSimilarity", a: ledger(A), b: courier(B), options: { echoSimilarity: 0.7 }, expected: null },
  { name: "not link claims of one outlet", a: ledger(A), b: courier(B, { outlet: "Daily Ledger" }), expected: null },
  { name: "not link claims of one document", a: ledger(A, { documentId: "doc-x" }), b: courier(B, { documentId: "doc-x" }), expected: null },
  { name: "not link claims about different entities", a: ledger(A), b: courier(B, { about: ["Ostrava"] }), expected: null },
  { name: "not link an assertion to its negation", a: ledger(A), b: courier(B, { polarity: "negative" }), expected: null },
  { name: "not link a claim to one calling it a hoax", a: ledger(A), b: courier(`photos showing ${B} are a hoax`), expected: null },
  { name: "not link claims more than a month apart", a: ledger(A, { published: "2024-01-01" }), b: courier(B), expected: null },
  {
    name: "not link the same words around different figures",
    a: ledger("the Varn river flood forced 200 families from homes", { quantities: [figure("the Varn river flood forced 200 families from homes", "200", { low: 200, high: 200, measure: "displaced" })] }),
    b: courier("the Varn river flood forced 3,000 families from homes", { quantities: [figure("the Varn river flood forced 3,000 families from homes", "3,000", { low: 3000, high: 3000, measure: "displaced" })] }),
    expected: null,
  },
  {
    // By stem 4 of 13 words meet; by lemma and country 7 of 10 ("Norwegian"/"Norway", "missiles"/"missile",
    // "buildings"/"building"): 0.5 + 0.7 × 0.6, capped.
    name: "link words in other inflections and a demonym to its country",
    a: ledger("Norwegian missiles hit fuel depots and buildings in Varn harbour before dawn", { countries: ["Norway"] }),
    b: courier("Norway fired a missile at fuel depots and a building in Varn harbour", { countries: ["Norway"] }),
    expected: echo(0.9),
  },
  {
    // No names but the other's: one event told twice, in a small story.
    name: "link a claim that names nothing to one that names more, in one small story",
    a: relClaim({ content: "a very large number of dock workers were injured in the blast", outlet: "Daily Ledger" }),
    b: relClaim({ content: "Varn officials said a very large number of dock workers were injured in the blast", outlet: "Coast Courier" }),
    expected: echo(0.5 + (2 / 3) * 0.6),
  },
  {
    name: "not link a claim that names nothing to one that names more, in a saga",
    a: relClaim({ content: "a very large number of dock workers were injured in the blast", outlet: "Daily Ledger", storySize: 40 }),
    b: relClaim({ content: "Varn officials said a very large number of dock workers were injured in the blast", outlet: "Coast Courier", storySize: 40 }),
    expected: null,
  },
  {
    name: "not link claims that each name something the other does not",
    a: relClaim({ content: "Ostrava officials said a very large number of dock workers were injured in the blast", outlet: "Daily Ledger" }),
    b: relClaim({ content: "Varn officials said a very large number of dock workers were injured in the blast", outlet: "Coast Courier" }),
    expected: null,
  },
];

/** A WordNet that knows one pair of synonyms. */
const synonyms: PairJudge = {
  judge: () => ({ label: "neutral", confidence: 0, probabilities: {} }),
  relate: (x, y) => ([x, y].sort().join("|") === "cease-fire|truce" ? "same" : null),
};

// 3 of 11 words shared by stem; 4 of 9 with the synonym, "cease-fire" one word.
const judged: RuleRow[] = [
  {
    name: "link synonyms the judge's WordNet knows, a hyphenated compound as one word",
    a: ledger("the Varn truce held through the night before shelling resumed near the old airport"),
    b: courier("the Varn cease-fire held through the night"),
    expected: echo(0.5 + (4 / 9) * 0.6),
  },
  {
    name: "not link words WordNet does not relate",
    a: ledger("the Varn curfew held through the night before shelling resumed near the old airport"),
    b: courier("the Varn cease-fire held through the night"),
    expected: null,
  },
];

describe("echo-overlap", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(echoOverlap, a, b, options)).toEqual(expected);
  });
  it.each(judged)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(echoOverlap, a, b, options, synonyms)).toEqual(expected);
  });
});
