/*
 * judge: the learned judge on a pair no rule decided, gated hard — both directions of the sentence
 * model agree, the news model does not object, the claims overlap and differ in polarity for a
 * conflict. A stub judge stands in for the models: this tests the gate, not the weights.
 */

import { judgeFamily } from "../../../../../server/src/nlp/relations/rules/judge";
import type { PairJudge } from "../../../../../server/src/nlp/relations/rule";
import { relClaim, verdict, type RelClaimInput, type Verdict } from "../../../../helpers/relclaim";

interface Reading {
  label: string;
  confidence: number;
  /** The news model's probability of a dispute. */
  dispute?: number;
}

/** A judge that reads (a, b) and (b, a) as told, per model. */
function stubJudge(sentence: [Reading, Reading], article: [Reading, Reading]): PairJudge {
  return {
    judge(a, b, mode) {
      const [ab, ba] = mode === "sentence" ? sentence : article;
      const r = a < b ? ab : ba;
      return { label: r.label, confidence: r.confidence, probabilities: { contradicts: r.dispute ?? 0 } };
    },
  };
}

const A = "the Varn river bridge reopened to traffic on Monday morning";
const B = "the Varn river bridge did not reopen to traffic on Monday";
const ledger = (o: Partial<RelClaimInput> = {}) => relClaim({ content: A, outlet: "Daily Ledger", about: ["Varn"], ...o });
const courier = (o: Partial<RelClaimInput> = {}) => relClaim({ content: B, outlet: "Coast Courier", about: ["Varn"], polarity: "negative", ...o });

const contra = { label: "contradicts", confidence: 0.9 };
const support = { label: "supports", confidence: 0.92 };
const discuss = { label: "discusses", confidence: 0.6, dispute: 0.3 };
const disputing = [discuss, discuss] as [Reading, Reading];

const rows: Array<{ name: string; a: ReturnType<typeof relClaim>; b: ReturnType<typeof relClaim>; judge: PairJudge | undefined; expected: Verdict }> = [
  { name: "flag a conflict both sentence readings agree on", a: ledger(), b: courier(), judge: stubJudge([contra, contra], disputing), expected: { type: "CONTRADICTS", kind: "inference", confidence: 0.9, detector: "judge-sentence@1" } },
  {
    name: "link an echo both models read as mutual support",
    a: ledger(),
    b: courier({ content: "the Varn river bridge reopened to traffic on Monday", polarity: "positive" }),
    judge: stubJudge([support, { ...support, confidence: 0.88 }], [support, support]),
    expected: { type: "SUPPORTS", kind: "inference", confidence: 0.88, detector: "judge-sentence@1" },
  },
  { name: "find nothing without a judge", a: ledger(), b: courier(), judge: undefined, expected: null },
  { name: "not flag when the two directions disagree", a: ledger(), b: courier(), judge: stubJudge([contra, support], disputing), expected: null },
  { name: "not flag a conflict the news model reads as support", a: ledger(), b: courier(), judge: stubJudge([contra, contra], [support, discuss]), expected: null },
  { name: "not flag a conflict the news model gives no dispute", a: ledger(), b: courier(), judge: stubJudge([contra, contra], [{ ...discuss, dispute: 0.05 }, discuss]), expected: null },
  { name: "not flag a conflict between claims of one polarity", a: ledger(), b: courier({ polarity: "positive" }), judge: stubJudge([contra, contra], disputing), expected: null },
  { name: "not flag below judgeConfidence", a: ledger(), b: courier(), judge: stubJudge([contra, { ...contra, confidence: 0.7 }], disputing), expected: null },
  { name: "not judge fragments", a: ledger({ content: "via the Varn bridge" }), b: courier(), judge: stubJudge([contra, contra], disputing), expected: null },
  { name: "not judge claims with few words in common", a: ledger({ content: "Varn council members approved the harbour budget for next year" }), b: courier(), judge: stubJudge([contra, contra], disputing), expected: null },
  { name: "not judge claims of one outlet", a: ledger(), b: courier({ outlet: "Daily Ledger" }), judge: stubJudge([contra, contra], disputing), expected: null },
  { name: "not judge claims about different entities", a: ledger(), b: courier({ about: ["Ostrava"] }), judge: stubJudge([contra, contra], disputing), expected: null },
];

describe("judge", () => {
  it.each(rows)("should $name", ({ a, b, judge, expected }) => {
    expect(verdict(judgeFamily, a, b, {}, judge)).toEqual(expected);
  });
});
