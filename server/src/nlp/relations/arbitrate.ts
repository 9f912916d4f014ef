/*
 * Arbitration: which of the findings about a pair becomes its edge, and which way the edge points.
 * The policy, in order:
 *   1. Every "pairs" family is asked, in registry order; an asymmetric one both ways, (a, b) first.
 *   2. A CONTRADICTS beats any SUPPORTS: a conflict between two claims is what a reader needs to
 *      see, and an overlap in words does not undo it.
 *   3. Among findings of one type the higher confidence wins; a tie goes to the finding asked first.
 *   4. The "fallback" family (the judge) is asked only when no rule finding reaches minConfidence.
 *      Its finding, if any, replaces the rules' (it is checked against minConfidence too).
 *   5. Nothing under minConfidence is written. Written confidences are rounded to two decimals.
 *   6. The edge points from the later claim to the earlier one it answers or repeats: by publication
 *      date, then position within one document, then claim id. A verbatim repeat points from the
 *      copy to its original, and is not arbitrated: it is the copy's only edge.
 */

import crypto from "node:crypto";
import type { Relation } from "../../../../graph-schema";
import { roundConfidence, type Finding, type RelClaim } from "./rule";

export interface Decision {
  finding: Finding;
  method: Relation["method"];
}

/** Points 2 and 3: CONTRADICTS first, then by confidence; the sort is stable, so ties keep ask order. */
function strongestFirst(findings: Finding[]): Finding[] {
  return [...findings].sort((p, q) => (p.type === q.type ? 0 : p.type === "CONTRADICTS" ? -1 : 1) || q.confidence - p.confidence);
}

/** Points 2–5: the finding that becomes the pair's edge, or null. `fallback` is called only when needed. */
export function arbitrate(findings: Finding[], minConfidence: number, fallback: () => Finding | null): Decision | null {
  let best: Finding | undefined = strongestFirst(findings)[0];
  let method: Relation["method"] = "rule";
  if (!best || best.confidence < minConfidence) {
    const judged = fallback();
    if (judged) {
      best = judged;
      method = "judge";
    }
  }
  if (!best || best.confidence < minConfidence) return null;
  return { finding: { ...best, confidence: roundConfidence(best.confidence) }, method };
}

/** Point 6: the pair as [later, earlier]. */
export function laterFirst(a: RelClaim, b: RelClaim): [RelClaim, RelClaim] {
  const da = a.published ?? "";
  const db = b.published ?? "";
  if (da !== db) return da > db ? [a, b] : [b, a];
  if (a.claim.documentId === b.claim.documentId) return a.index > b.index ? [a, b] : [b, a];
  return a.claim.id > b.claim.id ? [a, b] : [b, a];
}

function evidenceOf(c: RelClaim): Relation["evidence"][number] {
  const { claim } = c;
  return { claimId: claim.id, quote: claim.text, start: claim.start, end: claim.end };
}

/** The edge for a decided finding, from `src` to `dst`; its id depends on type and ends only. */
export function relationOf(finding: Finding, src: RelClaim, dst: RelClaim, method: Relation["method"]): Relation {
  const id = `rel-${crypto.createHash("sha256").update(`${finding.type}|${src.claim.id}|${dst.claim.id}`).digest("hex").slice(0, 16)}`;
  return {
    id,
    type: finding.type,
    source: src.claim.id,
    target: dst.claim.id,
    kind: finding.kind,
    confidence: finding.confidence,
    reason: finding.reason,
    method,
    detector: finding.detector,
    evidence: [evidenceOf(src), evidenceOf(dst)],
  };
}
