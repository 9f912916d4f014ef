/*
 * Figures for one measured thing, compared as intervals. Overlapping figures of one size support
 * each other; a later, higher figure a month or more on updates an earlier one (superseded);
 * intervals that do not overlap contradict — unless the words around them say they measure two
 * things (another period, event, part or kind of harm), or one is a forecast or a count in words.
 */

import { EVENT_MEASURES } from "../../claims/quantities";
import { isPartial, isChange, periodsDiffer, sameCounted, samePredicate, sharePercentOf, sharesProposition } from "../figures";
import { isForecast } from "../frames";
import { ceiling, farApart, inWords, interval, isMagnitude, opposingBounds, overlaps, sameMeasured, sameSize, sizes } from "../intervals";
import { roundConfidence as round, type RuleFamily } from "../rule";
import { differentTimes, distinctEvents, monthsBetween, sameContext, sameSpecificEntities, sharedTopic, who } from "../stories";

export const numericInterval: RuleFamily<"support" | "superseded" | "conflictExact" | "conflict" | "topicPenalty"> = {
  id: "numeric-interval",
  stage: "pairs",
  symmetric: true,
  // A conflict with an exact figure on one side is likelier a rounding or a different count than a
  // conflict between two bounds; a pair tied only by a document topic loses topicPenalty.
  confidences: { support: 0.6, superseded: 0.55, conflictExact: 0.7, conflict: 0.8, topicPenalty: 0.1 },
  detect(a, b, { confidences: c }) {
    if (a.claim.documentId === b.claim.documentId) return null;
    // Shares of one thing ("turnout") in two stories on one topic are comparable even when the claims
    // name different actors; the words by the figures decide (sharePercentOf).
    const context = sameContext(a, b) ?? (a.claim.quantities.some((p) => p.measure === "percent") && sharedTopic(a, b) ? "topic" : null);
    if (context === null) return null;
    const weak = context === "topic" ? c.topicPenalty : 0;
    const forecast = isForecast(a) || isForecast(b);
    for (const p of a.claim.quantities) {
      for (const q of b.claim.quantities) {
        if (!sameMeasured(p, q) || p.measure === "years" || p.measure === "days") continue;
        // A share is comparable only with a share of the same thing ("turnout reached 71 percent",
        // "put turnout at about 48 percent"); a change ("rose 5 percent") is not a level.
        const percent = p.measure === "percent";
        const ofSame = percent ? sharePercentOf(a.claim, p, b.claim, q) : 0;
        if (percent && (isChange(a.claim, p) || isChange(b.claim, q) || ofSame === 0)) continue;
        // A distance belongs to a pair of places: "X is 250 miles from Y" and "Z is 80 miles from Y" share Y only.
        if (p.measure === "distance" && !sameSpecificEntities(a, b)) continue;
        // A shared topic is weak context: enough only for counts that name their event.
        if (context === "topic" && !percent && !(p.measure !== null && EVENT_MEASURES.has(p.measure))) continue;
        if (!percent && (!samePredicate(a, p, b, q) || !sameCounted(a, p, b, q))) continue;
        // A part ("including 22 police") or an increment ("14 more") is not a total.
        if (isPartial(a.claim, p) || isPartial(b.claim, q)) continue;
        // Figures in words are read (the UI shows them) but compared warily. An order of magnitude
        // ("thousands", "dozens") supports nothing and contradicts only a ceiling ("tens of
        // thousands" against "fewer than 5,000"). A spelled-out count ("eight soldiers", "six people")
        // names an incident's toll far more often than a total another outlet disputes, so it may
        // support a figure but never contradicts one.
        const vague = isMagnitude(p) || isMagnitude(q);
        const spelled = inWords(p) || inWords(q);
        if (overlaps(p, q)) {
          if (vague) continue;
          if (p.qualifier === "exact" && q.qualifier === "exact" && p.low !== q.low) continue;
          // "At least 10" overlaps "13,000" but does not confirm it: support needs figures of one size,
          // over one period, and (without a shared entity) a shared word of what happened.
          const sameFigure = p.low === q.low && p.high === q.high;
          if (!sameSize(p, q) || periodsDiffer(a, p, b, q) || (context === "topic" && !sharesProposition(a, b) && !sameFigure)) continue;
          return {
            type: "SUPPORTS",
            kind: "numeric",
            confidence: round(c.support - weak),
            reason: `Compatible figures for ${p.owner ? `${p.owner}'s ` : ""}${p.measure}: ${interval(p)} from ${who(a)} and ${interval(q)} from ${who(b)}.`,
            detector: "numeric-interval",
            evidence: [p, q],
          };
        }
        const [later, earlier, lq, eq] = (a.published ?? "") >= (b.published ?? "") ? [a, b, p, q] : [b, a, q, p];
        const monthsApart = monthsBetween(earlier.published, later.published);
        if (monthsApart >= 1 && (lq.low ?? 0) > (eq.high ?? Number.POSITIVE_INFINITY)) {
          return {
            type: "SUPPORTS",
            kind: "superseded",
            confidence: c.superseded,
            reason: `Later figure for ${p.measure}: ${interval(lq)} (${later.published}) updates ${interval(eq)} (${earlier.published}); different periods, not a conflict.`,
            detector: "numeric-interval",
            evidence: [lq, eq],
          };
        }
        // Two forecasts that differ are two opinions about the future, not a factual conflict; two
        // events or two dated periods are two measurements.
        if (forecast || distinctEvents(a, b) || differentTimes(a, b) || periodsDiffer(a, p, b, q)) continue;
        if (vague ? !(isMagnitude(p) ? ceiling(q) : ceiling(p)) : spelled) continue;
        // Two articles on one topic count many things (all arrests, the officers among them): without
        // a shared entity the claims must also share a word of what they say ("police", "rally"),
        // unless the figures are a dispute about size whatever else is said: bounds that point apart
        // ("fewer than 5,000" against "more than 40,000") or values three times apart.
        if (context === "topic" && !sharesProposition(a, b) && !opposingBounds(p, q) && !farApart(p, q)) continue;
        // Two shares that differ are often two measurements (another region, hour or panel): a
        // dispute needs two words of what is measured and values a quarter or more apart.
        if (percent) {
          const [x, y] = sizes(p, q);
          if (ofSame < 2 || y < 1.25 * x) continue;
        }
        return {
          type: "CONTRADICTS",
          kind: "numeric",
          confidence: round((p.qualifier === "exact" || q.qualifier === "exact" ? c.conflictExact : c.conflict) - weak),
          reason: `Incompatible figures for ${p.owner ? `${p.owner}'s ` : ""}${p.measure}: ${who(a)} says ${interval(p)}, ${who(b)} says ${interval(q)}; the intervals do not overlap.`,
          detector: "numeric-interval",
          evidence: [p, q],
        };
      }
    }
    return null;
  },
};
