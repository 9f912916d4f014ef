/*
 * denial-echo: two outlets' denials of one thing support each other. Without a judge the words
 * match by stem only, which every row relies on but the last three; those give a judge whose
 * WordNet knows one pair of acts.
 */

import { denialEcho } from "../../../../../server/src/nlp/relations/rules/denial-echo";
import type { PairJudge } from "../../../../../server/src/nlp/relations/rule";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const echo = (confidence = 0.6) => ({ type: "SUPPORTS", kind: "echo", confidence, detector: "denial-echo" });
const denied = (content: string, o: Parameters<typeof relClaim>[0] extends infer T ? Partial<T> : never = {}) =>
  relClaim({ content, speakerText: "the Tarn ministry", verb: "denied", denial: true, ...o });

const rows: RuleRow[] = [
  {
    name: "link two denials of one act from two outlets",
    a: denied("reports that the army had used tear gas at the stadium"),
    b: denied("allegations that it used tear gas at the stadium", { outlet: "Coast Courier", verb: "rejected allegations that" }),
    expected: echo(),
  },
  {
    name: "take its confidence from the options",
    a: denied("reports that the army had used tear gas at the stadium"),
    b: denied("allegations that it used tear gas at the stadium", { outlet: "Coast Courier" }),
    options: { confidences: { "denial-echo": { echo: 0.7 } } },
    expected: echo(0.7),
  },
  {
    name: "not link denials of two acts",
    a: denied("reports that the army had used tear gas at the stadium"),
    b: denied("reports that the army had closed the stadium", { outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not link a denial to an assertion",
    a: denied("reports that the army had used tear gas at the stadium"),
    b: relClaim({ content: "the army used tear gas at the stadium", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not link two denials of one outlet",
    a: denied("reports that the army had used tear gas at the stadium"),
    b: denied("allegations that it used tear gas at the stadium", { documentId: "doc-other" }),
    expected: null,
  },
  {
    name: "link two denials that differ only in the denier's comment after a comma",
    a: denied("reports that the army had used tear gas, describing such stories as malicious"),
    b: denied("allegations that it used tear gas, pointing to photographs showing calm crowds", { outlet: "Coast Courier" }),
    expected: echo(),
  },
];

/** A WordNet that knows shelling as a kind of attacking, and nothing else. */
const kinds: PairJudge = {
  judge: () => ({ label: "neutral", confidence: 0, probabilities: {} }),
  relate: (x, y) => (x === "attacking" && y === "shelling" ? "general" : x === "shelling" && y === "attacking" ? "specific" : null),
};

const judged: RuleRow[] = [
  {
    name: "link a denial of attacking a place to one of shelling it (gerunds, one act by kind)",
    a: denied("allegations regarding the shelling of the port of Selin", { about: ["Selin"] }),
    b: denied("attacking Selin port", { outlet: "Coast Courier", about: ["Selin"] }),
    expected: echo(),
  },
  {
    name: "not link denials whose gerunds are no kinds of one act",
    a: denied("allegations regarding the flooding of the port of Selin", { about: ["Selin"] }),
    b: denied("attacking Selin port", { outlet: "Coast Courier", about: ["Selin"] }),
    expected: null,
  },
];

describe("denial-echo", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(denialEcho, a, b, options)).toEqual(expected);
  });
  it.each(judged)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(denialEcho, a, b, options, kinds)).toEqual(expected);
  });
});
