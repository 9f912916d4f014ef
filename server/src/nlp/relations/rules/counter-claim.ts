/*
 * "Ukraine counters that P" answers the nearest earlier claim (up to three back) of another named
 * speaker in the same document that shares a measured thing or a specific entity with it.
 */

import type { RuleFamily } from "../rule";
import { sharedSpecific } from "../context";

/** How many claims back a counter-claim may answer. */
const MAX_DISTANCE = 3;

export const counterClaim: RuleFamily<"sharedMeasure" | "sharedEntity"> = {
  id: "counter-claim",
  stage: "pairs",
  // Asked both ways: either claim of a pair may be the counter.
  symmetric: false,
  // A counter on the same measured thing answers that figure; on a shared entity it may answer less.
  confidences: { sharedMeasure: 0.8, sharedEntity: 0.65 },
  detect(a, b, { confidences: c }) {
    if (!a.counter || a.claim.documentId !== b.claim.documentId) return null;
    if (b.index >= a.index || a.index - b.index > MAX_DISTANCE || b.claim.speakerId === a.claim.speakerId || b.claim.speakerId === null) return null;
    const measures = new Set(a.claim.quantities.map((q) => q.measure).filter(Boolean));
    const sharedMeasure = b.claim.quantities.find((q) => q.measure !== null && measures.has(q.measure));
    // "X counters that P" answers by its verb; "X contends that P" may open a complaint of its own,
    // so it answers only a figure of the same measure.
    const countering = /\bcounter/i.test(a.claim.verb ?? "");
    if (!sharedMeasure && (!countering || sharedSpecific(a, b).length === 0)) return null;
    return {
      type: "CONTRADICTS",
      kind: "counter",
      confidence: sharedMeasure ? c.sharedMeasure : c.sharedEntity,
      reason: `${a.claim.speakerText ?? a.outlet} ${a.claim.verb ?? "counters"} ${b.claim.speakerText ?? b.outlet}${sharedMeasure ? ` on ${sharedMeasure.measure}` : ""}: “${a.claim.content}” against “${b.claim.content}”.`,
      detector: "counter-claim",
      evidence: null,
    };
  },
};
