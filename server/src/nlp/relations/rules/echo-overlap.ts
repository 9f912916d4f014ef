/*
 * Echoes in other words: two outlets' claims about one specific entity that share most of their
 * content words (Jaccard above `echoSimilarity`), or assert the same end, success or failure with
 * three words in common. Near the threshold, words also meet by lemma ("missiles"/"missile"), by
 * country ("Freedonian"/"Freedonia") and, with the judge's WordNet, as synonyms ("truce"/"cease-fire").
 * Same polarity, same month, no figures that disagree.
 */

import { hasRefuteWord } from "../../judge/features";
import { calledFalse, DISMISSAL } from "./denial-story";
import { differentDoers } from "./responsibility";
import { effectiveStates } from "../asserted-states";
import { overlaps, sameSize } from "../intervals";
import { memo } from "../memo";
import type { RelClaim, RuleFamily } from "../rule";
import { monthsBetween, sameOutlet, sharedSpecific, SMALL_STORY_DOCS, STATE_WINDOW_MONTHS, who } from "../context";
import { claimWords, lexicalOverlap, wordOverlap } from "../words";
import { contentStem, STOPWORDS } from "../../resources/lexicon";

/** States whose shared assertion ("the talks ended") makes two claims one report with fewer shared words. */
const ECHO_STATES = new Set(["end", "failure", "success"]);

/** Words shared besides a shared state, for the state to stand in for overlap. */
const SAME_STATE_MIN_SHARED = 3;

/**
 * How far under `echoSimilarity` by stem a pair may be for lemmas, countries and synonyms to be
 * tried: on FNC-1 bodies 97% of the pairs they carry over lie this close, and trying every pair
 * (40 times as many) cost seconds.
 */
const LEXICAL_REACH = 0.1;

const REFUTES = new WeakMap<RelClaim, boolean>();

/** Both claims give figures for a measure, and no pair of them agrees (overlapping and of one size). */
export function figuresDisagree(a: RelClaim, b: RelClaim): boolean {
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

function dismisses(c: RelClaim): boolean {
  return DISMISSAL.test(c.claim.content) || calledFalse(c.claim.content) !== null;
}

/** Nouns for those who act in a story, which say who rather than what happened. */
const ACTORS = new Set(
  "army armies forces force troops troop soldiers soldier military government governments officials official police ministry authorities authority people rebels rebel fighters fighter militants militant leaders leader president minister spokesman spokeswoman"
    .split(" ")
    .map(contentStem),
);

/** Some shared content word is neither a name in either claim nor an actor noun. */
function sharesWhat(a: RelClaim, b: RelClaim): boolean {
  const na = new Set([...names(a)].map((w) => contentStem(w.toLowerCase())));
  const nb = new Set([...names(b)].map((w) => contentStem(w.toLowerCase())));
  const wb = claimWords(b);
  for (const w of claimWords(a)) if (wb.has(w) && !na.has(w) && !nb.has(w) && !ACTORS.has(w)) return true;
  return false;
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

/**
 * Neither names anything the other does not, or, in a small story (one event), one names nothing
 * the other does not: "a very large number of militants were killed" repeats "India said it killed
 * a very large number of militants in Freedonia".
 */
function sameNames(a: RelClaim, b: RelClaim): boolean {
  const [x, y] = [names(a), names(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (![...small].every((w) => large.has(w))) return false;
  return small.size === large.size || a.storySize <= SMALL_STORY_DOCS;
}

const MEASURES = new WeakMap<RelClaim, ReadonlySet<string>>();

function sharedMeasure(a: RelClaim, b: RelClaim): boolean {
  if (a.claim.quantities.length === 0 || b.claim.quantities.length === 0) return false;
  const mb = memo(MEASURES, b, () => new Set(b.claim.quantities.map((q) => q.frame?.measure).filter((m): m is string => Boolean(m))));
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
  detect(a, b, { options, confidences: c, judge }) {
    if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    // One specific entity in common, or one story with no names set against each other (sameNames):
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
    const sameState = effectiveStates(a).some((x) => effectiveStates(b).some((y) => x.cls === y.cls && ECHO_STATES.has(x.cls)));
    let { shared, jaccard: sim } = wordOverlap(claimWords(a), claimWords(b));
    // Words in other forms are looked up only for pairs whose stems nearly meet the threshold already.
    if (sim < options.echoSimilarity && sim >= options.echoSimilarity - LEXICAL_REACH && !(sameState && shared >= SAME_STATE_MIN_SHARED)) ({ shared, jaccard: sim } = lexicalOverlap(a, b, options.echoSimilarity, judge));
    if (sim < options.echoSimilarity && !(sameState && shared >= SAME_STATE_MIN_SHARED)) return null;
    // Names and actors in common say who and where, not what: "Korvan forces have withdrawn from
    // Lesk" and "Korvan forces remain in Lesk" share three words and no report.
    if (!sharesWhat(a, b)) return null;
    // A dismissal ("called reports that P a provocation") shares P's words and rejects them.
    if (dismisses(a) !== dismisses(b)) return null;
    // The same deed done by two different parties is two reports (or a dispute), not one repeated.
    if (differentDoers(a, b)) return null;
    // Two states asserted and none in common ("the talks had collapsed", "were continuing"): two accounts.
    const sa = effectiveStates(a);
    const sb = effectiveStates(b);
    if (sa.length > 0 && sb.length > 0 && !sa.some((x) => sb.some((y) => x.cls === y.cls))) return null;
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
