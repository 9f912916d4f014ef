/*
 * Echoes in other words: two outlets' claims about one specific entity that share most of their
 * content words (Jaccard above `echoSimilarity`), or assert the same end, success or failure with
 * three words in common. Same polarity, same month, no figures that disagree.
 */

import { hasRefuteWord } from "../../judge/features";
import { effectiveStates } from "../asserted-states";
import { overlaps, sameSize } from "../intervals";
import { memo } from "../memo";
import type { RelClaim, RuleFamily } from "../rule";
import { monthsBetween, sameOutlet, sharedSpecific, STATE_WINDOW_MONTHS, who } from "../context";
import { claimWords, wordOverlap } from "../words";
import { STOPWORDS } from "../../resources/lexicon";

/** States whose shared assertion ("the talks ended") makes two claims one report with fewer shared words. */
const ECHO_STATES = new Set(["end", "failure", "success"]);

/** Words shared besides a shared state, for the state to stand in for overlap. */
const SAME_STATE_MIN_SHARED = 3;

const REFUTES = new WeakMap<RelClaim, boolean>();

/** Both claims give figures for a measure, and no pair of them agrees (overlapping and of one size). */
function figuresDisagree(a: RelClaim, b: RelClaim): boolean {
  let compared = false;
  for (const p of a.claim.quantities) {
    for (const q of b.claim.quantities) {
      if (p.measure === null || q.measure !== p.measure) continue;
      if (overlaps(p, q) && sameSize(p, q)) return false;
      compared = true;
    }
  }
  return compared;
}

/** The capitalised words of a claim's content that are no function words ("The", "In"): the names it uses. */
const NAMES = new WeakMap<RelClaim, Set<string>>();

function names(c: RelClaim): Set<string> {
  return memo(NAMES, c, () => readNames(c));
}

function readNames(c: RelClaim): Set<string> {
  return new Set(
    c.claim.content
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase().replace(/[^\p{L}]+/gu, "")))
      .map((w) => w.replace(/[^\p{L}]+$/u, "").replace(/['’]s$/, "")),
  );
}

function sameNames(a: RelClaim, b: RelClaim): boolean {
  const [x, y] = [names(a), names(b)];
  return x.size === y.size && [...x].every((w) => y.has(w));
}

function sharedMeasure(a: RelClaim, b: RelClaim): boolean {
  const mb = new Set(b.claim.quantities.map((q) => q.frame?.measure).filter(Boolean));
  return a.claim.quantities.some((q) => q.frame?.measure && mb.has(q.frame.measure));
}

function refutes(c: RelClaim): boolean {
  return memo(REFUTES, c, () => hasRefuteWord(c.claim.content));
}

export const echoOverlap: RuleFamily<"base" | "perOverlap" | "sameState" | "max"> = {
  id: "echo-overlap",
  stage: "pairs",
  symmetric: true,
  // confidence = min(max, base + jaccard × perOverlap + (same state ? sameState : 0))
  confidences: { base: 0.5, perOverlap: 0.6, sameState: 0.1, max: 0.9 },
  detect(a, b, { options, confidences: c }) {
    if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    // One specific entity in common, or one story when neither names anything the other does not:
    // two outlets' accounts of one event ("Freedonian troops numbered…" is not "Sylvanian troops…").
    if (sharedSpecific(a, b).length === 0 && !(a.story === b.story && sameNames(a, b))) return null;
    if (a.claim.polarity !== b.claim.polarity) return null;
    // Figures of one measure are numeric-frame's to compare: its reason names them.
    if (sharedMeasure(a, b)) return null;
    // "Photos claiming that P are a hoax" shares P's words but does not repeat it.
    if (refutes(a) !== refutes(b)) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    // The same words around different figures ("has killed 2,000 civilians this year" and "has
    // killed 13,000 civilians since 2011") are two reports, not one repeated.
    if (figuresDisagree(a, b)) return null;
    const { shared, jaccard: sim } = wordOverlap(claimWords(a), claimWords(b));
    const sameState = effectiveStates(a).some((x) => effectiveStates(b).some((y) => x.cls === y.cls && ECHO_STATES.has(x.cls)));
    if (sim < options.echoSimilarity && !(sameState && shared >= SAME_STATE_MIN_SHARED)) return null;
    return {
      type: "SUPPORTS",
      kind: "echo",
      confidence: Math.min(c.max, c.base + sim * c.perOverlap + (sameState ? c.sameState : 0)),
      reason: `Same report from ${who(a)} and ${who(b)}: ${shared} content words shared (${Math.round(sim * 100)}%)${sameState ? ", same state asserted" : ""}.`,
      detector: "echo-overlap",
      evidence: null,
    };
  },
};
