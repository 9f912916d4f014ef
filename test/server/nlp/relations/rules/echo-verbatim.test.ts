/*
 * echo-verbatim: the same content word for word in two documents is one report repeated; the copy
 * points at the earliest claim it repeats.
 */

import { echoVerbatim, verbatimRepeats } from "../../../../../server/src/nlp/relations/rules/echo-verbatim";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const WIRE = "the Varn crossing will reopen to trucks on Friday";
const echo = { type: "SUPPORTS", kind: "echo", confidence: 0.95, detector: "echo-verbatim" };

const rows: RuleRow[] = [
  { name: "link a copy to its original", a: relClaim({ content: WIRE }), b: relClaim({ content: WIRE }), expected: echo },
  { name: "ignore case and punctuation", a: relClaim({ content: "The Varn crossing will reopen to trucks, on Friday." }), b: relClaim({ content: WIRE }), expected: echo },
  { name: "take its confidence from the options", a: relClaim({ content: WIRE }), b: relClaim({ content: WIRE }), options: { confidences: { "echo-verbatim": { verbatim: 0.9 } } }, expected: { ...echo, confidence: 0.9 } },
  { name: "not link two claims of one document", a: relClaim({ content: WIRE, documentId: "doc-x" }), b: relClaim({ content: WIRE, documentId: "doc-x" }), expected: null },
  { name: "not link short contents that repeat by chance", a: relClaim({ content: "no comment" }), b: relClaim({ content: "No comment." }), expected: null },
  { name: "not link contents that differ in a word", a: relClaim({ content: WIRE }), b: relClaim({ content: WIRE.replace("Friday", "Monday") }), expected: null },
];

describe("echo-verbatim", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(echoVerbatim, a, b, options)).toEqual(expected);
  });

  const claims = [
    relClaim({ content: WIRE, documentId: "doc-b", published: "2024-03-02" }),
    relClaim({ content: WIRE, documentId: "doc-a", published: "2024-03-01" }),
    relClaim({ content: WIRE, documentId: "doc-a", published: "2024-03-01", index: 4 }),
    relClaim({ content: WIRE, documentId: "doc-c", published: "2024-03-01" }),
    relClaim({ content: "no comment", documentId: "doc-d" }),
    relClaim({ content: "no comment", documentId: "doc-e" }),
  ];
  it.each([
    { name: "point a later copy at the earliest claim", index: 0, expected: 1 },
    { name: "break a tie in date by document id", index: 3, expected: 1 },
    { name: "leave a copy within the original's document unpaired", index: 2, expected: undefined },
    { name: "leave the original unpaired", index: 1, expected: undefined },
    { name: "leave short contents unpaired", index: 5, expected: undefined },
  ])("verbatimRepeats should $name", ({ index, expected }) => {
    expect(verbatimRepeats(claims).get(index)).toBe(expected);
  });
});
