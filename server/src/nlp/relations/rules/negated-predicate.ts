/*
 * One proposition said and negated by two sources: "the water in the town is safe to drink" against
 * "the water in the town is not safe to drink", "the border crossing will reopen on Monday" against
 * "the crossing will not reopen". The negation must stand on an auxiliary right before the predicate,
 * the predicate word must be in the other claim, and what the negated claim says besides the negation
 * must be nearly all in the other (three quarters of its words, three at least). Denials are the
 * denial families' (they negate what another said, not the world), and one speaker with itself is no
 * dispute.
 */

import { ASSERTION_NEGATION, IRREGULAR_PAST } from "../../resources/lexicon";
import { hasRefuteWord } from "../../judge/features";
import type { RelClaim, RuleFamily } from "../rule";
import { monthsBetween, sameOutlet, STATE_WINDOW_MONTHS, who } from "../context";
import { memo } from "../memo";
import { claimWords, contentWords } from "../words";

/** An auxiliary with its negation, and the predicate after it: "is not safe", "will not reopen", "hasn't ended". */
const NEGATED = /\b(is|are|was|were|will|would|can|could|has|have|had|does|do|did|should)(?:\s+not|n['’]t)\s+(?:(?:yet|been|be|longer)\s+)?([\p{L}-]{3,})/iu;
const CONTRACTED = /\b(isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|can['’]t|couldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|doesn['’]t|don['’]t|didn['’]t)\s+(?:(?:yet|been|be|longer)\s+)?([\p{L}-]{3,})/iu;
/** Words that keep a claim from asserting what it says: "unable", "nowhere", "hoax", "rumours", "whether". */
const UNASSERTED = /\b(?:unable|nowhere|never|neither|hoax(?:es)?|fake|rumou?rs?|whether|if|false|untrue|denied|denies|claiming|claimed|alleging|alleged|purporting|joked)\b/i;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|will|would|can|could|has|have|had|found|remains?|remained|stays?|stayed|seems?|seemed)$/;
/** Share of the negated claim's other words the asserting claim must hold. */
const MIN_SHARE = 0.75;
const MIN_SHARED = 3;

interface Negation {
  /** The negated predicate word, lower-cased ("safe", "reopen"). */
  predicate: string;
  /** The claim's content words without the negation. */
  words: Set<string>;
  cue: string;
}

const NEGATIONS = new WeakMap<RelClaim, Negation | null>();

function negationOf(c: RelClaim): Negation | null {
  return memo(NEGATIONS, c, () => {
    const content = c.claim.content;
    const m = NEGATED.exec(content) ?? CONTRACTED.exec(content);
    if (!m) return null;
    // One negation only: "did not say it was not safe" is not a plain negation of one proposition.
    const rest = content.slice(0, m.index) + content.slice(m.index + m[0].length);
    if (ASSERTION_NEGATION.test(rest)) return null;
    const words = contentWords(content.replace(m[0], `${m[1]} ${m[2]}`));
    return { predicate: m[2]!.toLowerCase(), words, cue: m[0] };
  });
}

export const negatedPredicate: RuleFamily<"negated"> = {
  id: "negated-predicate",
  stage: "pairs",
  // a is the negated claim; the registry also asks the other way round.
  symmetric: false,
  confidences: { negated: 0.65 },
  detect(a, b, { confidences: c }) {
    if (a.story !== b.story || a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    if (a.denial || b.denial || a.counter || b.counter) return null;
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    const neg = negationOf(a);
    if (!neg || ASSERTION_NEGATION.test(b.claim.content) || b.claim.polarity === "negative") return null;
    // The other claim must assert it: no word that negates, doubts or reports it as a rumour.
    if (b.claim.hedged || UNASSERTED.test(b.claim.content) || hasRefuteWord(b.claim.content)) return null;
    const tokens = b.claim.content.toLowerCase().split(/[^\p{L}'’-]+/u);
    const at = tokens.indexOf(neg.predicate);
    if (at < 0) return null;
    // A participle ("blurred", "stolen") asserts the act wherever it stands; an adjective or a base
    // form ("dead", "reopen") must follow a verb of being or an auxiliary ("was found dead").
    const participle = /(?:ed|en)$/.test(neg.predicate) || IRREGULAR_PAST[neg.predicate] !== undefined;
    if (!participle && !tokens.slice(Math.max(0, at - 2), at).some((w) => AUXILIARY.test(w))) return null;
    const wb = claimWords(b);
    let shared = 0;
    for (const w of neg.words) if (wb.has(w)) shared += 1;
    if (shared < MIN_SHARED || shared < MIN_SHARE * neg.words.size) return null;
    return {
      type: "CONTRADICTS",
      kind: "opposite",
      confidence: c.negated,
      reason: `${who(a)} says it “${neg.cue}”, ${who(b)} says it is so: “${a.claim.content}” against “${b.claim.content}”.`,
      detector: "negated-predicate",
      evidence: null,
    };
  },
};
