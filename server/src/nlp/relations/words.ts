/*
 * The words of a claim as the rules compare them: content words (for overlap between claims) and
 * proposition words (for matching what a denial denies with a claim that asserts it). Stemmers and
 * stopwords come from resources/lexicon.ts.
 */

import { contentStem, propositionStem, STOPWORDS } from "../resources/lexicon";
import { memo } from "./memo";
import type { RelClaim } from "./rule";

/** A denied proposition needs this many content words to be matched by words alone. */
export const DENIED_MIN_WORDS = 2;

/** Quantifiers, auxiliaries and vague nouns that say nothing about which proposition is meant. */
const NOT_PROPOSITION = new Set(["anyone", "anybody", "anything", "someone", "somebody", "something", "any", "all", "been", "being", "had", "has", "have", "was", "were", "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions", "rumours", "rumors", "lie", "lies", "false", "fake", "calling", "saying", "insisting"]);

/** Where a denial's proposition ends: the first aside (", calling it a lie", "; ", " – "). */
const DENIAL_ASIDE = /,\s*(?:calling|saying|insisting|adding|stressing|noting|arguing|describing|which|who|as|while|amid|although|though)\b|;|\s[-–—]\s/i;

const WORDS = new WeakMap<RelClaim, Set<string>>();
const PROPOSITIONS = new WeakMap<RelClaim, Set<string>>();
const DENIED = new WeakMap<RelClaim, Set<string>>();

/** Content words (over two letters, no stopwords), stemmed for overlap. */
export function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w))
      .map(contentStem),
  );
}

export function claimWords(c: RelClaim): Set<string> {
  return memo(WORDS, c, () => contentWords(c.claim.content));
}

/** Shared words and Jaccard similarity: one long claim cannot echo every short one it contains. */
export function wordOverlap(wa: Set<string>, wb: Set<string>): { shared: number; jaccard: number } {
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return { shared, jaccard: shared / Math.max(1, wa.size + wb.size - shared) };
}

/** Content words as crude stems that meet across inflections: "paying" → "pay", "paid" → "pay", "participants" → "participant". */
function propositionWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || STOPWORDS.has(raw) || NOT_PROPOSITION.has(raw)) continue;
    out.add(propositionStem(raw));
  }
  return out;
}

export function claimPropositionWords(c: RelClaim): Set<string> {
  return memo(PROPOSITIONS, c, () => propositionWords(c.claim.content));
}

/** The words of what a denial denies: its content up to the first aside. */
export function deniedWords(c: RelClaim): Set<string> {
  return memo(DENIED, c, () => {
    const aside = DENIAL_ASIDE.exec(c.claim.content);
    return propositionWords(aside ? c.claim.content.slice(0, aside.index) : c.claim.content);
  });
}
