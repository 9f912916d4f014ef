/*
 * Verdict records as `npm run export:verdicts` writes them, for the script tests: a standing confirm
 * of an engine CONTRADICTS edge, with overrides.
 */

import type { VerdictExport } from "../../graph-schema";

export function verdictRecord(n: number, overrides: Partial<VerdictExport> = {}, relation: Partial<NonNullable<VerdictExport["relation"]>> = {}): VerdictExport {
  return {
    id: `vrd-${n}`,
    targetKind: "relation",
    targetId: `rel-${n}`,
    decision: "confirm",
    type: null,
    kind: null,
    status: null,
    links: [],
    reason: null,
    note: "",
    reviewer: "tester",
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString(),
    seq: 1,
    relation: { type: "CONTRADICTS", kind: "numeric", method: "rule", detector: "numeric-frame", confidence: 0.8, source: `clm-a${n}`, target: `clm-b${n}`, sourceText: "a", targetText: "b", ...relation },
    claimText: null,
    standing: true,
    orphaned: false,
    label: null,
    a: "a",
    b: "b",
    aContent: "a",
    bContent: "b",
    ...overrides,
  };
}
