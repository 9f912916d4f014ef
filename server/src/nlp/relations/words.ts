/*
 * The words of a claim as the rules compare them: content words (for overlap between claims) and
 * proposition words (for matching what a denial denies with a claim that asserts it). Stemmers and
 * stopwords come from resources/lexicon.ts.
 */

import { contentStem, propositionStem, REPORTING_VERBS, STOPWORDS } from "../resources/lexicon";
import { countryByDemonym, countryByName } from "../resources/countries";
import { memo } from "./memo";
import type { PairJudge, RelClaim } from "./rule";

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
  // Counted in place: this runs for most candidate pairs, and an array per pair was garbage at once.
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return { shared, jaccard: shared / Math.max(1, wa.size + wb.size - shared) };
}

/** A word as lexical overlap compares it: its form, its lemma keys (a compound's parts) and the country it names. */
interface Unit {
  raw: string;
  keys: string[];
  country: string | null;
}

/** A claim's words for lexical overlap, with every key and country they hold for quick lookup. */
interface Lexical {
  units: Unit[];
  keys: Set<string>;
  countries: Set<string>;
}

const LEXICAL = new WeakMap<RelClaim, Lexical>();

/** Shorter forms are names' fragments and function words as often as words: WordNet is not asked. */
const MIN_SYNONYM_LENGTH = 4;

/**
 * A key that meets across inflections where contentStem does not: the plural, then the verb
 * ending, then a final "e" off, so "missiles", "missile", "buildings" and "building" meet in pairs.
 */
function lemmaKey(word: string): string {
  const w = word.length > 4 ? word.replace(/(?:ies)$/, "y").replace(/(?:es|s)$/, "") : word;
  return (w.length > 5 ? w.replace(/(?:ing|ed)$/, "") : w).replace(/(.)\1$/, "$1").replace(/e$/, "");
}

/** A claim's content words with hyphenated compounds kept whole ("cease-fire" is one word, met by "truce"). */
function lexical(c: RelClaim): Lexical {
  return memo(LEXICAL, c, () => {
    const seen = new Map<string, Unit>();
    for (const raw of c.claim.content.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
      const parts = raw.split("-").filter((w) => w.length > 2 && !STOPWORDS.has(w));
      if (parts.length === 0 || seen.has(raw)) continue;
      const country = countryByDemonym(raw) ?? countryByName(raw);
      seen.set(raw, { raw, keys: parts.map(lemmaKey), country: country?.name ?? null });
    }
    const units = [...seen.values()];
    return { units, keys: new Set(units.flatMap((u) => u.keys)), countries: new Set(units.map((u) => u.country).filter((n): n is string => n !== null)) };
  });
}

/**
 * Whether WordNet may be asked for a word's synonyms: a word of some length, no figure, and no
 * verb form (no "-ed", "-ing", no reporting verb), whose many senses make "fired" a synonym of
 * "displaced" and "said" one of "state". Nouns and adjectives keep the useful pairs: "truce" and
 * "cease-fire", "regime" and "government", "figures" and "estimates".
 */
function synonymCandidate(word: string): boolean {
  return word.length >= MIN_SYNONYM_LENGTH && !/\d/.test(word) && !/(?:ed|ing)$/.test(word) && !REPORTING_VERBS.has(word);
}

/** The words of `x` that meet a word of `y` by lemma key or country, and those that do not. */
function meeting(x: Lexical, y: Lexical): { met: number; open: Unit[] } {
  const open = x.units.filter((u) => !u.keys.some((k) => y.keys.has(k)) && !(u.country !== null && y.countries.has(u.country)));
  return { met: x.units.length - open.length, open };
}

/**
 * Shared words and Jaccard similarity over words that meet by lemma key, by the country they name
 * ("Freedonian" and "Freedonia") or, with the judge's WordNet, as synonyms. Shared is the smaller
 * of the two sides' counts, so one word cannot meet several. The WordNet pass runs only when it
 * could lift the pair to `wanted`: a pair far below costs two passes over set lookups.
 */
export function lexicalOverlap(a: RelClaim, b: RelClaim, wanted: number, judge?: PairJudge): { shared: number; jaccard: number } {
  const [la, lb] = [lexical(a), lexical(b)];
  const [ab, ba] = [meeting(la, lb), meeting(lb, la)];
  let shared = Math.min(ab.met, ba.met);
  const total = la.units.length + lb.units.length;
  const best = shared + Math.min(ab.open.length, ba.open.length);
  if (judge?.relate && best / Math.max(1, total - best) >= wanted) {
    const same = judge.same ? judge.same.bind(judge) : (x: string, y: string) => judge.relate!(x, y) === "same";
    const free = new Set(ba.open.filter((v) => synonymCandidate(v.raw)));
    for (const u of ab.open) {
      if (!synonymCandidate(u.raw)) continue;
      const v = [...free].find((w) => same(u.raw, w.raw));
      if (!v) continue;
      free.delete(v);
      shared += 1;
    }
  }
  return { shared, jaccard: shared / Math.max(1, total - shared) };
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
