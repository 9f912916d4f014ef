/*
 * Who asserts what: splits a sentence into speaker, reporting verb and content. Recognises
 * "X said (that) P", "P, X said", "\"P,\" said X", "according to X, P", "P, according to X",
 * and denials ("X rejected claims that P", "X denied that P"), whose content the speaker holds false.
 * Offsets are relative to the sentence.
 */

import { DENIAL_PATTERN, ORG_HEADS, REPORTING_VERBS, ROLE_NOUNS, STOPWORDS, TITLES } from "../resources/lexicon";

export interface Attribution {
  speaker: { start: number; end: number; text: string } | null;
  verb: string;
  verbLemma: string;
  content: { start: number; end: number };
  denial: boolean;
  counter: boolean;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const SPEAKER_DETERMINERS = new Set(["the", "a", "an", "one", "another", "its", "his", "her", "their", "our"]);
/** "is said to", "was reported to": a passive report, whose subject is what is reported on, not who reports. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i;
const PARTICIPLE = /(?:ed|said|told|known|thought|shown|seen|held|written)$/i;
/** "a car thought to be", "the policy, reported Sunday by The Times": a participle describing a noun. */
const REDUCED_PASSIVE_AFTER = /^\s+(?:to\s+(?:be|have)\b|(?:[^\s,]+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?\p{Lu})/u;
const QUOTE_OPEN = /["“«]/;
const SPEAKER_MAX_WORDS = 12;

/** Is this phrase plausibly a speaker: a name, a role noun, a pronoun, an outlet? */
export function plausibleSpeaker(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > SPEAKER_MAX_WORDS) return false;
  if (/["“”«»]/.test(phrase)) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, "").replace(/[^\p{L}-]/gu, ""));
  if (lower.length === 1 && PRONOUNS.has(lower[0]!)) return true;
  if (lower.some((w) => ROLE_NOUNS.has(w) || TITLES.has(w))) return true;
  // "the port authority", "the election commission": an organisation's head word.
  if (lower.length <= 5 && ORG_HEADS.has(lower[lower.length - 1]!)) return true;
  // "the ferry operator", "a local fisherman": a short noun phrase opened by a determiner stands
  // as a speaker before a reporting verb, whatever its noun; the lists above cannot name them all.
  if (lower.length >= 2 && lower.length <= 4 && SPEAKER_DETERMINERS.has(lower[0]!) && lower.slice(1).every((w) => w.length > 1 && !STOPWORDS.has(w) && !PRONOUNS.has(w))) return true;
  // A capitalised word that is not sentence furniture.
  return words.some((w, i) => /^[\p{Lu}]/u.test(w) && !(i === 0 && STOPWORDS.has(lower[0]!)));
}

function trimSpeaker(sentence: string, start: number, end: number): { start: number; end: number; text: string } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:—–-]/.test(sentence[s]!)) s += 1;
  while (e > s && /[\s,;:—–-]/.test(sentence[e - 1]!)) e -= 1;
  // Leading time and place adverbials: "On Sunday, Russian General X" keeps "Russian General X".
  const text = sentence.slice(s, e);
  const lead = LEADING_ADVERBIAL.exec(text);
  if (lead) s += lead[0].length;
  const lead2 = /^(?:and|but|while|meanwhile|however|also|then|now|so|yet|in turn|at the same time)[, ]+/i.exec(sentence.slice(s, e));
  if (lead2) s += lead2[0].length;
  // Auxiliaries and adverbs between the speaker and the verb: "Ukrainian authorities have",
  // "The Kremlin openly", "Ukraine continues to".
  for (;;) {
    const tail = TRAILING_FILLER.exec(sentence.slice(s, e));
    if (!tail || tail.index === 0) break;
    e = s + tail.index;
  }
  if (e <= s) return null;
  return { start: s, end: e, text: sentence.slice(s, e) };
}

/** Time, place and subordinate clauses before the subject: "Should talks collapse, one source warned". */
const LEADING_ADVERBIAL =
  /^(?:(?:on|in|at|by|since|after|before|during|later|earlier|meanwhile|however|also|then|now|last|this|that|yesterday|today|despite|should|if|although|though|when|following|given|previously|amid|as|unlike|in contrast)\b[^,]*,\s*)+/i;
const TRAILING_FILLER =
  /\s+(?:have|has|had|just|also|openly|publicly|officially|repeatedly|reportedly|recently|separately|already|previously|again|still|now|then|later|itself|themselves|continues?\s+to|continued\s+to|keeps?\s+on|went\s+on\s+to|once\s+again|is|are|was|were|been|will|would|could|can|may|might|should|must)$/i;
/**
 * "P, X said" at the end of a sentence, or followed only by a time ("on Monday", "late on Friday")
 * and/or an aside opened by a participle or preposition (", citing Y", ", contradicting Z", ", in W").
 */
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`,\s*(?:["”»]\s*)?([^,"“”]+?)\s+(said|says|told\s+(?:reporters|journalists|the\s+\p{L}+)|noted|added|stated|wrote|reported|recalled|believes|argued|explained|warned|claimed|concluded|notes|adds|emphasized|summarized)` +
    String.raw`(?:\s+(?:on|late|early|last|this|in\s+a|at\s+a)\b[^,.;"“”]{0,30})?` +
    String.raw`(?:,\s*(?:\p{L}+ing|according|in|as|while|without|after|before|amid|during|despite|with|who|which|but|although|though)\b[^]*)?\.?\s*$`,
  "iu",
);

/** Words that, just before a reporting verb, say the report did not happen: "could not confirm". */
const NEGATED_REPORT = /\b(?:not|never|n[’']t|cannot|no\s+longer|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+ly\s+)?$/i;
/** Impersonal passives: "it was reported that P", "it became known that P". */
const IMPERSONAL = /(?:^|[\s,])it\s+(?:was|is|has\s+been|had\s+been|became|becomes)\s+$/i;

export function findAttribution(sentence: string): Attribution | null {
  // Denials first: "X rejected claims that P" — "claims" here is a noun, not the reporting verb.
  const denial = DENIAL_PATTERN.exec(sentence);
  if (denial && denial.index > 0) {
    const speaker = trimSpeaker(sentence, lastClauseStart(sentence, denial.index), denial.index);
    if (speaker && plausibleSpeaker(speaker.text)) {
      return {
        speaker,
        verb: denial[0].trim(),
        verbLemma: "deny",
        content: { start: denial.index + denial[0].length, end: contentEnd(sentence) },
        denial: true,
        counter: false,
      };
    }
  }

  // "According to X, P" and "P, according to X".
  const acc = /\baccording to\s+([^,.;]+?)(?:,|\.|;|$)/i.exec(sentence);
  if (acc) {
    const speaker = trimSpeaker(sentence, acc.index + "according to ".length, acc.index + acc[0].length - (/[,.;]$/.test(acc[0]) ? 1 : 0));
    if (speaker && plausibleSpeaker(speaker.text)) {
      const atStart = sentence.slice(0, acc.index).trim() === "";
      const content = atStart
        ? { start: acc.index + acc[0].length, end: contentEnd(sentence) }
        : { start: 0, end: acc.index };
      return { speaker, verb: "according to", verbLemma: "according to", content: trimmed(sentence, content), denial: false, counter: false };
    }
  }

  // Quote first: "\"P,\" X said" or "\"P,\" said X".
  const quoteEnd = /^\s*["“«]([\s\S]+?)[,.!?]?\s*["”»]\s*,?\s*/.exec(sentence);
  if (quoteEnd) {
    const rest = sentence.slice(quoteEnd[0].length);
    const saidX = /^(said|says|told|added|noted|stated|wrote|insisted|explained|warned|claimed|concluded|stressed|announced)\s+(.+?)[.,]?\s*$/i.exec(rest);
    const xSaid = /^(.+?)\s+(said|says|told|added|noted|stated|wrote|insisted|explained|warned|claimed|recalled|concluded|emphasized|emphasised|stressed|announced)\b/i.exec(rest);
    const base = quoteEnd[0].length;
    if (saidX && plausibleSpeaker(saidX[2]!.split(",")[0]!)) {
      const sp = trimSpeaker(sentence, base + saidX[1]!.length, base + saidX[1]!.length + 1 + saidX[2]!.split(",")[0]!.length);
      if (sp) return quoteAttribution(sentence, sp, saidX[1]!, quoteEnd);
    }
    if (xSaid && plausibleSpeaker(xSaid[1]!)) {
      const sp = trimSpeaker(sentence, base, base + xSaid[1]!.length);
      if (sp) return quoteAttribution(sentence, sp, xSaid[2]!, quoteEnd);
    }
  }

  // Trailing attribution: "P, X said." / "P, X said on Monday." / "P, X said, citing Y." — the
  // aside after the speaker ("citing lawyers", "in the largest protest in a decade") is not P.
  const trail = TRAILING_ATTRIBUTION.exec(sentence);
  if (trail && plausibleSpeaker(trail[1]!)) {
    const sp = trimSpeaker(sentence, trail.index + trail[0].indexOf(trail[1]!), trail.index + trail[0].indexOf(trail[1]!) + trail[1]!.length);
    if (sp) {
      const verb = trail[2]!.split(/\s+/)[0]!;
      return { speaker: sp, verb, verbLemma: lemma(verb), content: trimmed(sentence, { start: 0, end: trail.index }), denial: false, counter: false };
    }
  }

  // "X said (that) P": the first reporting verb outside quotes with a plausible speaker before it.
  const tokens = [...sentence.matchAll(/[\p{L}'’-]+/gu)];
  let inQuote = false;
  let lastQuoteCheck = 0;
  for (const t of tokens) {
    const idx = t.index!;
    for (let i = lastQuoteCheck; i < idx; i += 1) if (QUOTE_OPEN.test(sentence[i]!) || sentence[i] === "”" || sentence[i] === "»") inQuote = sentence[i] === "”" || sentence[i] === "»" ? false : !inQuote;
    lastQuoteCheck = idx;
    if (inQuote) continue;
    const word = t[0];
    if (!/^\p{Ll}/u.test(word)) continue;
    const lem = REPORTING_VERBS.get(word);
    if (!lem) continue;
    if (lem === "point" && !/^\s+out\b/i.test(sentence.slice(idx + word.length))) continue;
    const before = sentence.slice(Math.max(0, idx - 40), idx);
    if (NEGATED_REPORT.test(before)) continue;
    // "continuing to reject X": a report inside a participle phrase, not the sentence's assertion.
    if (/\b\w+ing\s+to\s+$/i.test(before)) continue;
    // "is working to confirm", "wants to say": an intention, not a report; "continues to claim" is one.
    if (/\bto\s+$/i.test(before) && !/\b(?:continues?|continued|keeps?|kept|went\s+on)\s+to\s+$/i.test(before)) continue;
    const impersonal = IMPERSONAL.test(before);
    if (!impersonal && PARTICIPLE.test(word) && (PASSIVE_BEFORE.test(before) || REDUCED_PASSIVE_AFTER.test(sentence.slice(idx + word.length)))) continue;
    const from = lastClauseStart(sentence, idx);
    const sp = impersonal ? null : trimSpeaker(sentence, from, idx);
    if (!impersonal && (!sp || !plausibleSpeaker(sp.text))) continue;
    let cStart = idx + word.length;
    const tail = sentence.slice(cStart);
    // "told reporters on Sunday that P", "informed the president that P": up to six words of
    // object or adverbial before "that" belong to the report, not to the proposition.
    // ("said P and that Q" is two propositions, not an object: its "and" stops the match.)
    const objectThat = /^\s*(?:(?!(?:and|or|but)\s)[^\s,;:.!?"“”]+\s+){1,6}?that\s+/i.exec(tail);
    const skip = objectThat ?? /^\s*(?:out\s+)?(?:(?:to|on)\s+[^,]{1,40}?\s+)?(?:,\s*)?(?:that\s+|:\s*)?/i.exec(tail);
    if (/^\s*(?:about|on|with|to)\b/i.test(tail) && !/\bthat\b/.test(tail.slice(0, 60))) {
      // "X spoke about Y" reports a topic, not a proposition; keep the whole sentence as content.
      cStart = 0;
    } else if (skip) cStart += skip[0].length;
    const content = trimmed(sentence, { start: cStart, end: contentEnd(sentence) });
    if (content.end - content.start < 8) continue;
    return { speaker: sp, verb: word, verbLemma: lem, content, denial: lem === "deny", counter: lem === "counter" || lem === "contend" };
  }
  return null;
}

function quoteAttribution(sentence: string, sp: { start: number; end: number; text: string }, verb: string, q: RegExpExecArray): Attribution {
  const open = sentence.search(/["“«]/);
  return {
    speaker: sp,
    verb,
    verbLemma: lemma(verb),
    content: trimmed(sentence, { start: open + 1, end: open + 1 + q[1]!.length }),
    denial: false,
    counter: false,
  };
}

function lemma(verb: string): string {
  return REPORTING_VERBS.get(verb.toLowerCase()) ?? verb.toLowerCase();
}

/** Start of the clause holding position `at`: after the last sentence-level break before it. */
function lastClauseStart(sentence: string, at: number): number {
  const head = sentence.slice(0, at);
  const breaks = [...head.matchAll(/[;:]|,\s+(?:and|but|while|whereas)\s+|\b(?:while|whereas|but|as)\s+|["”»]\s*,?/g)];
  const last = breaks[breaks.length - 1];
  return last ? last.index! + last[0].length : 0;
}

function contentEnd(sentence: string): number {
  let e = sentence.length;
  while (e > 0 && /[\s.!?"”»]/.test(sentence[e - 1]!)) e -= 1;
  return e;
}

function trimmed(sentence: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s,;:"“”«»]/.test(sentence[start]!)) start += 1;
  while (end > start && /[\s,;:."“”«»]/.test(sentence[end - 1]!)) end -= 1;
  return { start, end };
}
