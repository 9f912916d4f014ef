/*
 * "X rejected claims that P" against a claim of another speaker that states P in other words:
 * every content word of P (bar a quarter) is in it, and it does not negate P itself. Candidates
 * come from the denial index in candidates.ts, so the two claims need not name one entity.
 */

import { ASSERTION_NEGATION } from "../../resources/lexicon";
import type { RuleFamily } from "../rule";
import { monthsBetween, oneEvent, sharedSpecific, STATE_WINDOW_MONTHS, who } from "../context";
import { hasRefuteWord } from "../../judge/features";
import { claimPropositionWords, DENIED_MIN_WORDS, deniedWords } from "../words";
import { propositionStem } from "../../resources/lexicon";
import { isPredicate, statesAsserted } from "./denial-story";

/** The verbs, by form, of what a denial denies, as proposition stems. */
function predicateStems(content: string): Set<string> {
  const first = content.split(/,\s*(?:calling|saying|insisting|adding|which|as|while)\b|;/i)[0]!;
  return new Set(first.toLowerCase().split(/[^\p{L}]+/u).filter(isPredicate).map(propositionStem));
}

/** A denial of a proposition ("denied that P"), not of a thing ("denies any health problems"). */
const CLAUSAL_DENIAL = /\bthat$/i;

/** Share of the denied proposition's words the other claim must state. */
const MIN_SHARED_SHARE = 0.75;

/** Characters past the last shared word still read as part of P (its ending: "paid" → "paying them"). */
const ASSERTION_REACH = 12;

export const denialProposition: RuleFamily<"denial"> = {
  id: "denial-proposition",
  stage: "pairs",
  // Asked both ways: either claim of a pair may be the denial.
  symmetric: false,
  confidences: { denial: 0.7 },
  detect(a, b, { confidences: c }) {
    if (!a.denial || b.denial) return null;
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (a.claim.documentId === b.claim.documentId && a.claim.speakerText === b.claim.speakerText) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    // A denial of a proposition, and two claims of one story.
    if (!CLAUSAL_DENIAL.test(a.claim.verb ?? "")) return null;
    if (sharedSpecific(a, b).length === 0 && !a.topics.some((t) => b.topics.includes(t))) return null;
    const words = deniedWords(a);
    if (words.size < DENIED_MIN_WORDS) return null;
    const wb = claimPropositionWords(b);
    const shared = [...words].filter((w) => wb.has(w));
    if (shared.length < DENIED_MIN_WORDS || shared.length < MIN_SHARED_SHARE * words.size) return null;
    // The act denied must be stated too ("denied reports that it raised its offer" is not
    // answered by "its 4.3 billion dlr offer").
    const acts = predicateStems(a.claim.content);
    if (acts.size > 0 && ![...acts].some((w) => wb.has(w))) return null;
    if (!statesAsserted(a, b) || !oneEvent(a, b, true) || hasRefuteWord(b.claim.content)) return null;
    // The other claim must assert P: no negation up to where it states P (an aside after may have one).
    const lower = b.claim.content.toLowerCase();
    const reach = Math.max(...shared.map((w) => lower.lastIndexOf(w))) + ASSERTION_REACH;
    if (ASSERTION_NEGATION.test(b.claim.content.slice(0, reach))) return null;
    const content = a.claim.content.split(/;/)[0]!.trim();
    return {
      type: "CONTRADICTS",
      kind: "denial",
      confidence: c.denial,
      reason: `${who(a)} rejects what ${who(b)} asserts: “${b.claim.content}” vs “${a.claim.verb ?? "denied"} ${content}”.`,
      detector: "denial-proposition",
      evidence: null,
    };
  },
};
