/*
 * The arbitration policy (server/src/nlp/relations/arbitrate.ts), point by point.
 */

import { arbitrate, laterFirst } from "../../../../server/src/nlp/relations/arbitrate";
import type { Finding } from "../../../../server/src/nlp/relations/rule";
import { relClaim } from "../../../helpers/relclaim";

const finding = (type: Finding["type"], confidence: number, detector: string): Finding => ({ type, kind: "echo", confidence, reason: detector, detector, evidence: null });

describe("arbitrate", () => {
  it.each([
    { name: "prefer a CONTRADICTS over a stronger SUPPORTS", findings: [finding("SUPPORTS", 0.9, "s"), finding("CONTRADICTS", 0.6, "c")], judged: null, expected: ["c", 0.6, "rule"] },
    { name: "prefer the higher confidence within a type", findings: [finding("CONTRADICTS", 0.6, "low"), finding("CONTRADICTS", 0.8, "high")], judged: null, expected: ["high", 0.8, "rule"] },
    { name: "break a tie by the order asked", findings: [finding("CONTRADICTS", 0.7, "first"), finding("CONTRADICTS", 0.7, "second")], judged: null, expected: ["first", 0.7, "rule"] },
    { name: "ask the fallback when no finding reaches minConfidence", findings: [finding("CONTRADICTS", 0.4, "weak")], judged: finding("SUPPORTS", 0.86, "judge"), expected: ["judge", 0.86, "judge"] },
    { name: "keep a weak finding out when the fallback finds nothing", findings: [finding("CONTRADICTS", 0.4, "weak")], judged: null, expected: null },
    { name: "round a written confidence to two decimals", findings: [finding("SUPPORTS", 0.876, "s")], judged: null, expected: ["s", 0.88, "rule"] },
  ])("should $name", ({ findings, judged, expected }) => {
    const decision = arbitrate(findings, 0.5, () => judged);
    expect(decision && [decision.finding.detector, decision.finding.confidence, decision.method]).toEqual(expected);
  });

  it("should not ask the fallback when a rule decided", () => {
    const fallback = jest.fn(() => null);
    arbitrate([finding("SUPPORTS", 0.6, "s")], 0.5, fallback);
    expect(fallback).not.toHaveBeenCalled();
  });

  it.each([
    { name: "put the later publication first", a: { published: "2024-03-01" }, b: { published: "2024-03-05" }, laterIs: "b" },
    { name: "put the later claim of one document first", a: { documentId: "d", index: 4 }, b: { documentId: "d", index: 2 }, laterIs: "a" },
    { name: "fall back on claim ids", a: { id: "clm-b" }, b: { id: "clm-a" }, laterIs: "a" },
  ])("laterFirst should $name", ({ a, b, laterIs }) => {
    const [ca, cb] = [relClaim({ content: "x", ...a }), relClaim({ content: "y", ...b })];
    expect(laterFirst(ca, cb)[0]).toBe(laterIs === "a" ? ca : cb);
  });
});
