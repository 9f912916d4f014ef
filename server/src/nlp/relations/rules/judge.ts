/*
 * The learned judge on a pair no rule decided: two claims from different outlets about one specific
 * entity, with enough words in common to be about the same proposition. The sentence model (SICK)
 * is asked both ways round and must agree with itself. Because it learned on image captions, where
 * a negation nearly always means a contradiction, the article model (FNC-1, news) holds a veto: for
 * a CONTRADICTS it must not read either claim as asserting the other and must give a dispute some
 * probability both ways (on FNC-1 bodies, negated paraphrases got under 0.06), and for a SUPPORTS it
 * must read both as asserting each other. The gate is strict on purpose: on FNC-1's 1,668 bodies a
 * looser one found two true contradictions and four false ones. A contradiction also needs the
 * engine's own polarity of the two claims to differ, and figures that disagree keep it out. The weakest of the agreeing confidences is the
 * edge's; the gates are the judge* options, so this family declares no confidences of its own.
 */

import type { RuleFamily } from "../rule";
import { sameOutlet, sharedSpecific, SMALL_STORY_DOCS, who } from "../context";
import { claimWords, wordOverlap } from "../words";
import { figuresDisagree } from "./echo-overlap";

/** Fragments ("via Twitter") are not propositions a reader could weigh. */
const JUDGE_MIN_WORDS = 4;

export const judgeFamily: RuleFamily<never> = {
  id: "judge",
  stage: "fallback",
  // The judge is asked both ways round inside one call.
  symmetric: true,
  confidences: {},
  detect(a, b, { options, judge }) {
    if (!judge) return null;
    if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet) || sharedSpecific(a, b).length === 0) return null;
    // The judge reads pairs of one event told by a few outlets; in a saga or an archive's chain of
    // stories its reading costs four model calls a pair and finds little the rules have not.
    if (a.story !== b.story || a.storySize > SMALL_STORY_DOCS) return null;
    const wa = claimWords(a);
    const wb = claimWords(b);
    if (wa.size < JUDGE_MIN_WORDS || wb.size < JUDGE_MIN_WORDS) return null;
    if (wordOverlap(wa, wb).jaccard < options.judgeOverlap) return null;
    // The judge does not read figures: "killed 12" and "injured 85" in one sentence frame read to
    // it as one report. Claims whose figures disagree are numeric-frame's to relate, or no one's.
    if (figuresDisagree(a, b)) return null;
    // A denial and the claim it denies share their words: the judge reads the proposition, not
    // who denies it, so it may find them the same; a SUPPORTS needs one polarity.
    const polarities = a.claim.polarity !== b.claim.polarity || a.denial !== b.denial;
    const ab = judge.judge(a.claim.content, b.claim.content, "sentence");
    if (ab.label !== "contradicts" && ab.label !== "supports") return null;
    const contradicts = ab.label === "contradicts";
    if (contradicts && a.claim.polarity === b.claim.polarity) return null;
    if (!contradicts && polarities) return null;
    const ba = judge.judge(b.claim.content, a.claim.content, "sentence");
    if (ba.label !== ab.label) return null;
    const newsAb = judge.judge(a.claim.content, b.claim.content, "article");
    const newsBa = judge.judge(b.claim.content, a.claim.content, "article");
    if (contradicts && (newsAb.label === "supports" || newsBa.label === "supports")) return null;
    if (contradicts && Math.min(newsAb.probabilities.contradicts ?? 0, newsBa.probabilities.contradicts ?? 0) < options.judgeNewsDispute) return null;
    if (!contradicts && (newsAb.label !== "supports" || newsBa.label !== "supports")) return null;
    const confidence = Math.min(ab.confidence, ba.confidence);
    if (confidence < options.judgeConfidence) return null;
    return {
      type: contradicts ? "CONTRADICTS" : "SUPPORTS",
      kind: "inference",
      confidence,
      reason: contradicts
        ? `The relation judge reads ${who(a)} and ${who(b)} as contradicting each other, both ways round (${Math.round(confidence * 100)}%); no rule decided this pair.`
        : `The relation judge reads ${who(a)} and ${who(b)} as asserting the same thing, each entailing the other (${Math.round(confidence * 100)}%).`,
      detector: "judge-sentence@1",
      evidence: null,
    };
  },
};
