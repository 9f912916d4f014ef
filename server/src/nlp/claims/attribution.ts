/*
 * Who asserts what: splits a sentence into speaker, reporting verb and content. Recognises
 * "X said (that) P", "P, X said", "P, said X", "\"P,\" said X" (double or single quotes),
 * "according to X, P", "P, according to X", and denials ("X rejected claims that P", "X denied
 * that P"), whose content the speaker holds false. Also tells a sentence that is nothing but an
 * attribution ("Smith said.", "That was how the spokesman put it.") and where a sentence stands
 * in a direct quote, so a quote can take its speaker from the sentence before or after it.
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
// ("said the claim by a British firm…" is no passive: a determiner opens the verb's object.)
const REDUCED_PASSIVE_AFTER = /^\s+(?:to\s+(?:be|have)\b|(?:(?!(?:the|a|an|this|that|his|her|its|their)\s)[^\s,]+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?\p{Lu})/u;
const QUOTE_OPEN = /["“«]/;
/** A finite verb: a clause of its own, not a fronted adverbial. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says)\b|\b\p{Ll}+ed\b/u;
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
  // "the analyst Ana Ruiz, in a conversation with the paper,": an aside after the speaker.
  const aside = /,\s*(?:in|on|at|during|via|through|speaking)\b[^,]*,?\s*$/i.exec(sentence.slice(s, e));
  if (aside && aside.index > 0) e = s + aside.index;
  // "Noting that P has dropped, the expert": a clause with a finite verb before the last comma is
  // not part of the speaker.
  const lastComma = sentence.slice(s, e).lastIndexOf(", ");
  if (lastComma > 0 && /\b(?:is|are|was|were|has|have|had|will|would|could|can)\b/i.test(sentence.slice(s, s + lastComma))) s += lastComma + 2;
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

/**
 * "Rami Haddad, a local doctor who runs the clinic from his home, said": a name and a long
 * apposition. When the whole is too long to be a speaker, the name before the comma stands for it.
 */
function appositionHead(sentence: string, sp: { start: number; end: number; text: string } | null): { start: number; end: number; text: string } | null {
  if (!sp || plausibleSpeaker(sp.text)) return sp;
  // The head is a name (capitalised words only) and what follows the comma opens an apposition.
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s*(?:a|an|the|who|whose)\s/u.exec(sp.text);
  if (!m || !plausibleSpeaker(m[1]!)) return sp;
  return { start: sp.start, end: sp.start + m[1]!.length, text: sentence.slice(sp.start, sp.start + m[1]!.length) };
}

/** Time, place and subordinate clauses before the subject: "Should talks collapse, one source warned". */
const LEADING_ADVERBIAL =
  /^(?:(?:[a-z]{2,}ing\s|on|in|at|by|since|after|before|during|later|earlier|meanwhile|however|also|then|now|last|this|that|yesterday|today|despite|should|if|although|though|when|following|given|previously|amid|as|unlike|in contrast|for\s+(?:its|his|her|their|our|my|your)\s+part)\b[^,]*,\s*)+/i;
const TRAILING_FILLER =
  /\s+(?:have|has|had|just|also|openly|publicly|officially|repeatedly|reportedly|recently|separately|already|previously|again|still|now|then|later|itself|themselves|continues?\s+to|continued\s+to|keeps?\s+on|went\s+on\s+to|once\s+again|is|are|was|were|been|will|would|could|can|may|might|should|must)$/i;
/**
 * "P, X said" at the end of a sentence, or followed only by a time ("on Monday", "late on Friday")
 * and/or an aside opened by a participle or preposition (", citing Y", ", contradicting Z", ", in W").
 */
const TRAILING_VERBS =
  String.raw`say|says|said|told(?:\s+[^\s,.;"“”]+){1,3}?|notes|noted|adds|added|stated|wrote|writes|tweeted|reports?|reported|recalled|believes?|argued?|argues|explained|warned|warns?|claims?|claimed|concluded|emphasized|emphasised|summarized|estimated?|estimates|alleged?|alleges|insisted|insists?|confirmed|confirms?|announced|admitted|acknowledged|stressed|suggested|suggests?|maintained|maintains?|contended|countered|predicted`;
/**
 * Present-tense reporting verbs double as nouns ("the official estimate", "local reports"): after a
 * comma, a base form needs a plural subject ("researchers say") and an -s form a singular one
 * ("the ministry estimates"), which is how English agreement tells the verb from the noun.
 */
function verbAgrees(speaker: string, verb: string): boolean {
  if (/(?:ed|told|wrote|said|says)$/.test(verb)) return true;
  // Adverbs between subject and verb do not count: "analysts also note".
  const words = speaker.trim().split(/\s+/).filter((w) => !/^(?:also|now|still|then|again|already|often|\p{L}+ly)$/iu.test(w));
  const last = words[words.length - 1] ?? "";
  // After "to" a base form is a verb whatever the subject: "continues to claim".
  if (last.toLowerCase() === "to") return !verb.endsWith("s");
  if (/['’]s?$/.test(last)) return false;
  const plural = /^(?:police|people|staff|personnel|media|they|we|i|you)$/i.test(last) || /^\p{L}[\p{L}-]*[^s]s$/u.test(last);
  // A capitalised name ending in s is one speaker: "Reuters reports".
  return verb.endsWith("s") ? !plural || (/^\p{Lu}/u.test(last) && words.length > 1) : plural;
}

/** "The ministry put the number of dead at nine", "economists put inflation at 25 percent": the subject's estimate of a figure. */
const PUT_AT = /^puts?\s+(?:[\p{L}'’-]+\s+){1,6}?at\s+(?:(?:about|around|some|least|more\s+than|over|nearly|almost|roughly|between)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:hundred|thousand|million|dozen)|hundreds|thousands|dozens|tens)\b)/iu;

/** Present-tense reporting verbs that are also common nouns. */
const NOUN_LIKE = /^(?:reports?|estimates?|claims?|notes?|states?|stress(?:es)?|counters?|points?)$/;

/** Time and asides after a trailing attribution: "on Monday", "after counting ended", ", citing Y", ", a company that…". */
const TRAILING_TIME = String.raw`(?:\s+(?:on|late|early|last|this|in\s+a|at\s+a)\b[^,.;"“”]{0,30}|\s+(?:after|before|when|once|following|during|until)\b[^,.;"“”]{0,60})?`;
const TRAILING_ASIDE = String.raw`(?:,\s*(?:\p{L}+ing|according|in|as|while|without|after|before|amid|during|despite|with|who|which|whose|but|although|though|a|an|the)\b[^]*)?\.?\s*$`;
const TRAILING_ATTRIBUTION = new RegExp(String.raw`,\s*(?:["”»'’]\s*)?([^,"“”]+?)\s+(${TRAILING_VERBS})` + TRAILING_TIME + TRAILING_ASIDE, "iu");
/**
 * "P, said Civic Watch, a group that…", "P: said X, Y", "“P” said X": the verb before the speaker,
 * which may close on a name in apposition. Case-sensitive, so that a capital marks the name.
 */
const TRAILING_INVERTED = new RegExp(
  String.raw`(?:[,:]\s*(?:["”»'’]\s*)?|["”»]\s*)(said|says|added|noted|wrote|reported|warned|claimed|alleged|explained|stated|insisted|told\s+[\p{L}'’-]+)\s+([^,"“”]+?)` +
    TRAILING_TIME +
    String.raw`(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\.?\s*$|${TRAILING_ASIDE})`,
  "u",
);

/** Words that, just before a reporting verb, say the report did not happen: "could not confirm". */
const NEGATED_REPORT = /\b(?:not|never|n[’']t|cannot|no\s+longer|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+ly\s+)?$/i;
/** Impersonal passives: "it was reported that P", "it became known that P". */
const IMPERSONAL = /(?:^|[\s,])it\s+(?:was|is|has\s+been|had\s+been|became|becomes)\s+$/i;

/** Rubrics a headline opens with, which name no source: "UPDATE: …", "Analysis: …". */
const RUBRICS = new Set(["update", "updated", "breaking", "analysis", "live", "exclusive", "watch", "video", "photos", "explainer", "opinion", "editorial", "comment", "factbox", "timeline", "interview", "q&a", "report", "news", "correction", "fact check", "in pictures", "just in"]);

/**
 * "Relief agency: 14 died in mine collapse": a headline that opens with its source and a colon.
 * Only for headlines (a body sentence's colon introduces a list or a quote), and only a source of
 * a few words that could speak; rubrics ("UPDATE:") and places alone are not sources.
 */
export function headlineAttribution(headline: string): Attribution | null {
  const m = /^\s*([^:"“”«»,;.!?]{2,50}?)\s*:\s+(?=\S)/u.exec(headline);
  if (!m) return null;
  const source = m[1]!;
  const words = source.trim().split(/\s+/);
  if (words.length > 4 || RUBRICS.has(source.trim().toLowerCase()) || !plausibleSpeaker(source)) return null;
  const start = headline.indexOf(source);
  const content = { start: m[0].length, end: headline.replace(/\s+$/, "").length };
  if (content.end - content.start < 8) return null;
  return { speaker: { start, end: start + source.trimEnd().length, text: source.trimEnd() }, verb: ":", verbLemma: "say", content, denial: false, counter: false };
}

export function findAttribution(sentence: string): Attribution | null {
  // A paragraph wrapped whole in double quotes around a single-quoted quote ("'P,' he said."), as
  // pages that quote a wire story print it: the outer marks belong to the page, not the speaker.
  const wrapped = /^\s*["“](?=['‘]\p{L})/u.exec(sentence);
  if (wrapped && !/["“”]/.test(sentence.slice(wrapped[0].length).replace(/["”]\s*$/, ""))) {
    const inner = findAttribution(sentence.slice(wrapped[0].length));
    return inner && shifted(inner, wrapped[0].length);
  }
  // Denials first: "X rejected claims that P" — "claims" here is a noun, not the reporting verb.
  const denial = DENIAL_PATTERN.exec(sentence);
  // "over a disputed rail contract", "the rejected offer": the verb as an adjective denies nothing.
  if (denial && denial.index > 0 && !/\b(?:a|an|the|its|their|his|her|this|that|these|those|our|widely|hotly|much)\s+$/i.test(sentence.slice(0, denial.index))) {
    // "The ministry said there was no truth to reports that P": the speaker stands before "said".
    const said = /\s+(?:said|says|added|stated|insisted)\s*$/i.exec(sentence.slice(0, denial.index));
    const speaker = trimSpeaker(sentence, lastClauseStart(sentence, denial.index), said ? said.index : denial.index);
    // "X said P and denied that Q": the speaker's statement comes first; the denial is its second
    // part (claims/extract.ts splits it off), not a speaker "X said P and".
    const saidFirst = speaker !== null && /\s(?:and|but)$/i.test(speaker.text.trim()) && speaker.text.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase()));
    if (speaker && !saidFirst && plausibleSpeaker(speaker.text)) {
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
      // "In the capital alone, according to X, 800 people marched": a source set between a fronted
      // adverbial and its clause says the whole sentence; what stands before it is no claim alone.
      // So does one followed by more figures ("3 million according to X and 1 million according
      // to Y"): each figure keeps its own source in its frame.
      const rest = sentence.slice(acc.index + acc[0].length, contentEnd(sentence));
      const medial = !atStart && ((/,\s*$/.test(sentence.slice(0, acc.index)) && acc[0].endsWith(",") && !FINITE.test(sentence.slice(0, acc.index)) && rest.trim().length > 8) || /\d/.test(rest));
      const content = atStart
        ? { start: acc.index + acc[0].length, end: contentEnd(sentence) }
        : medial
          ? { start: 0, end: contentEnd(sentence) }
          : { start: 0, end: acc.index };
      return { speaker, verb: "according to", verbLemma: "according to", content: trimmed(sentence, content), denial: false, counter: false };
    }
  }

  // Quote first: "\"P,\" X said" or "\"P,\" said X", and the same in single quotes ('P,' X said),
  // as British outlets print them; an apostrophe inside a word ("it's") does not close the quote.
  const quoteEnd = /^\s*["“«]([\s\S]+?)[,.!?]?\s*["”»]\s*,?\s*/.exec(sentence) ?? /^\s*['‘](?=\p{L})([\s\S]+?)[,.!?]?\s*['’](?!\p{L})\s*,?\s*/u.exec(sentence);
  if (quoteEnd) {
    const rest = sentence.slice(quoteEnd[0].length);
    const saidX = /^(said|says|told|added|noted|stated|wrote|tweeted|insisted|explained|warned|claimed|alleged|asserted|declared|replied|concluded|stressed|announced)\s+(.+?)[.,]?\s*$/i.exec(rest);
    const xSaid = /^(.+?)\s+(said|says|told|added|noted|stated|wrote|tweeted|insisted|explained|warned|claimed|alleged|asserted|declared|replied|recalled|concluded|emphasized|emphasised|stressed|announced|(?:was|were)\s+quoted\s+as\s+saying)\b/i.exec(rest);
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
  if (trail && plausibleSpeaker(trail[1]!) && verbAgrees(trail[1]!, trail[2]!.split(/\s+/)[0]!.toLowerCase())) {
    const sp = trimSpeaker(sentence, trail.index + trail[0].indexOf(trail[1]!), trail.index + trail[0].indexOf(trail[1]!) + trail[1]!.length);
    if (sp) {
      const verb = trail[2]!.split(/\s+/)[0]!;
      return { speaker: sp, verb, verbLemma: lemma(verb), content: trimmed(sentence, { start: 0, end: trail.index }), denial: false, counter: false };
    }
  }
  const inverted = TRAILING_INVERTED.exec(sentence);
  // The speaker after the verb is a noun phrase: with a finite verb in it, "said" had an object
  // ("…, said the claim was false").
  if (inverted && plausibleSpeaker(inverted[2]!) && inverted[2]!.split(/\s+/).length <= 8 && !/\b(?:is|are|was|were|has|have|had|will|would|did|does|do|that)\b/i.test(inverted[2]!)) {
    const at = inverted.index + inverted[0].indexOf(inverted[2]!, inverted[0].indexOf(inverted[1]!) + inverted[1]!.length);
    const sp = trimSpeaker(sentence, at, at + inverted[2]!.length);
    if (sp) {
      const verb = inverted[1]!.split(/\s+/)[0]!;
      return { speaker: sp, verb, verbLemma: lemma(verb), content: trimmed(sentence, { start: 0, end: inverted.index }), denial: false, counter: false };
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
    // "put the toll at N" is an estimate; "found that P" (an inquiry, a study) a finding.
    const lem =
      REPORTING_VERBS.get(word) ??
      (/^puts?$/.test(word) && PUT_AT.test(sentence.slice(idx)) ? "estimate" : /^(?:found|finds)$/.test(word) && /^\s+that\s/.test(sentence.slice(idx + word.length)) ? "find" : undefined);
    if (!lem) continue;
    if (lem === "point" && !/^\s+out\b/i.test(sentence.slice(idx + word.length))) continue;
    const before = sentence.slice(Math.max(0, idx - 40), idx);
    // "an estimated 2,400 people", "the reported symptoms": a participle used as an adjective.
    if (/\b(?:a|an|the)\s+$/i.test(before)) continue;
    // "The new estimate", "an independent report": a verb that is also a noun needs a subject that agrees.
    if (NOUN_LIKE.test(word) && !verbAgrees(before, word)) continue;
    // "Private estimates put inflation at 25 percent": the noun is the subject of the verb after it.
    if (NOUN_LIKE.test(word) && PUT_AT.test(sentence.slice(idx + word.length).trimStart())) continue;
    // "called reports that P a provocation", "dismissed claims": the noun is what a verb acts on.
    if (NOUN_LIKE.test(word) && /\b(?:called|branded|termed|labell?ed|dismissed|denied|rejected|refuted|described)\s+$/i.test(before)) continue;
    if (NEGATED_REPORT.test(before)) continue;
    // "continuing to reject X": a report inside a participle phrase, not the sentence's assertion.
    if (/\b\w+ing\s+to\s+$/i.test(before)) continue;
    // "is working to confirm", "wants to say": an intention, not a report; "continues to claim" is one.
    if (/\bto\s+$/i.test(before) && !/\b(?:continues?|continued|keeps?|kept|went\s+on)\s+to\s+$/i.test(before)) continue;
    const impersonal = IMPERSONAL.test(before);
    if (!impersonal && PARTICIPLE.test(word) && (PASSIVE_BEFORE.test(before) || REDUCED_PASSIVE_AFTER.test(sentence.slice(idx + word.length)))) continue;
    const from = lastClauseStart(sentence, idx);
    // "It is noteworthy that Minister X announced": the speaker starts after the complementiser.
    // Only before a name: "a claim that a conspiracy had denied him" has no speaker in it.
    const that = /^.*\b[Tt]hat\s+(?=\p{Lu})/su.exec(sentence.slice(from, idx));
    const sp = impersonal ? null : appositionHead(sentence, trimSpeaker(sentence, from + (that?.[0].length ?? 0), idx));
    if (!impersonal && (!sp || !plausibleSpeaker(sp.text))) continue;
    // "Islamabad seems to differ and claims": words ending in a conjunction are a clause, not who reports.
    if (sp && /\b(?:and|or|but)$/i.test(sp.text)) continue;
    let cStart = idx + word.length;
    const tail = sentence.slice(cStart);
    // "told reporters on Sunday that P", "informed the president that P": up to six words of
    // object or adverbial before "that" belong to the report, not to the proposition.
    // ("said P and that Q" is two propositions, not an object: its "and" stops the match.)
    // ("said turnout was less than half that number": a finite verb or a comparison before "that"
    // makes it a determiner inside the proposition, not the complementiser.)
    const objectThat = /^\s*(?:(?!(?:and|or|but|is|are|was|were|has|have|had|than|half|twice)\s)[^\s,;:.!?"“”]+\s+){1,6}?that\s+/i.exec(tail);
    // "said in a statement: P", "told the broadcaster:" — the words before a colon are the report's.
    const objectColon = /^[^"“”:.;]{0,60}:\s*/.exec(tail);
    const skip = objectThat ?? objectColon ?? /^\s*(?:out\s+)?(?:(?:to|on)\s+[^,]{1,40}?\s+)?(?:,\s*)?(?:that\s+|:\s*)?/i.exec(tail);
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

/** A bare attribution: who spoke and the verb, for a sentence that carries no content of its own. */
export interface BareAttribution {
  speaker: { start: number; end: number; text: string };
  verb: string;
  verbLemma: string;
  /** Ends with a colon: it introduces what follows ("The minister told reporters:"). */
  introduces: boolean;
}

const BARE_VERBS = String.raw`said|says|added|adds|noted|stated|declared|wrote|tweeted|explained|insisted|stressed|warned|recalled|concluded|continued|replied|responded|answered|went\s+on|told(?:\s+(?:the\s+|a\s+)?[\p{L}'’-]+){1,3}?`;
/** Time, place and channel after a bare attribution: "on Monday", "in a statement", "to reporters". */
// At most six words, none opening a clause ("last week that…") or a figure ("at least 131"):
// past that the sentence has content of its own.
const BARE_TAIL = String.raw`(?:\s+(?:on|in|at|to|from|during|after|before|late|early|last|this|via|through|outside|inside|when|while|as|by)\b(?:\s+(?!(?:that|who|which|whether|least|most|than)\b)[^\s.:;!?"“”]+){0,5})?`;
const BARE_PATTERNS: Array<{ re: RegExp; speaker: number; verb: number | string }> = [
  // "Smith said.", "The army spokesman told reporters in Geneva on Monday:", "And the mayor added."
  { re: new RegExp(String.raw`^(?:(?:and|but|so)\s+)?([^.;:!?"“”]{1,100}?)\s+(?:(?:also|later|then|again|further|has|had|have)\s+)?(${BARE_VERBS})${BARE_TAIL}\s*$`, "iud"), speaker: 1, verb: 2 },
  // "Said Smith." / "added the minister."
  { re: new RegExp(String.raw`^(said|added|wrote|explained|insisted|warned|replied)\s+([^.;:!?"“”]{1,100}?)${BARE_TAIL}\s*$`, "iud"), speaker: 2, verb: 1 },
  // "That was how the army spokesman put it.", "This is how the ministry described it."
  { re: /^(?:that|this|so)\s+(?:is|was)\s+how\s+([^.;:!?"“”]{1,100}?)\s+(put|described|summed\s+up|phrased|explained|characteri[sz]ed|framed)\s+it\b[^.;:!?"“”]{0,60}$/iud, speaker: 1, verb: 2 },
  // "So said the minister." / "Those were the words of the army spokesman."
  { re: /^(?:so|thus)\s+(said|says|spoke)\s+([^.;:!?"“”]{1,100}?)$/iud, speaker: 2, verb: 1 },
  { re: /^(?:those|these|such)\s+(?:were|are)\s+the\s+words\s+of\s+([^.;:!?"“”]{1,100}?)$/iud, speaker: 1, verb: "said" },
];

/**
 * Stricter than plausibleSpeaker, since nothing else in the sentence vouches for it: a short noun
 * phrase with no figure and no auxiliary, and after a comma only an apposition ("Pedro Ruiz, a
 * spokesman,"). "The bridge remained open to traffic, officials said." is a claim, not a speaker.
 */
function bareSpeaker(raw: string, text: string): boolean {
  // The words before the verb as they stand, a leading "In a statement," included, say whether
  // the sentence has content; the trimmed words say whether they name a speaker.
  if (raw.split(/\s+/).length > SPEAKER_MAX_WORDS || /\d/.test(raw) || /\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/i.test(raw)) return false;
  const [head, ...rest] = text.split(",");
  if (text.split(/\s+/).length > 8) return false;
  if (rest.length > 0 && !/^\s*(?:a|an|the|\p{Lu})/u.test(rest.join(","))) return false;
  return plausibleSpeaker(head!);
}

/**
 * A sentence that is only an attribution: "Smith said.", "the spokesman told reporters:", "That was
 * how the army spokesman put it." It gives its speaker to the direct quote beside it and is no
 * claim itself. Null when the sentence says anything more.
 */
export function bareAttribution(sentence: string): BareAttribution | null {
  const body = sentence.replace(/^[\s"“”'‘’«»]+/, "");
  const lead = sentence.length - body.length;
  const end = /[\s.:!"“”'‘’«»]*$/.exec(body)!.index;
  const core = body.slice(0, end);
  const introduces = /:\s*["“”'‘’«»]?\s*$/.test(body);
  for (const p of BARE_PATTERNS) {
    const m = p.re.exec(core);
    if (!m) continue;
    const [from, to] = m.indices![p.speaker]!;
    const sp = trimSpeaker(sentence, lead + from, lead + to);
    if (!sp || !bareSpeaker(m[p.speaker]!, sp.text)) continue;
    const verb = typeof p.verb === "number" ? m[p.verb]!.split(/\s+/)[0]! : p.verb;
    return { speaker: sp, verb, verbLemma: lemma(verb), introduces };
  }
  return null;
}

/** Where a sentence stands in a direct quote: inside one at its start, and still open at its end. */
export interface QuoteState {
  startsQuoted: boolean;
  endsOpen: boolean;
}

/**
 * Follows quote marks through a sentence, given whether a quote was open before it. Double marks
 * open and close in turn (curly ones by their shape); a single mark opens only before a letter
 * at a word start and closes only after one, so the apostrophes in "it's" and "ministers'" do not
 * count unless a single-quoted quote is open.
 */
export function quoteState(sentence: string, openBefore: boolean): QuoteState {
  let double = openBefore;
  let single = false;
  const first = /\S/.exec(sentence);
  const startsQuoted = openBefore || (first !== null && /["“«‘]/.test(first[0])) || /^\s*'\p{L}/u.test(sentence);
  for (let i = 0; i < sentence.length; i += 1) {
    const ch = sentence[i]!;
    if (ch === "“" || ch === "«") double = true;
    else if (ch === "”" || ch === "»") double = false;
    else if (ch === '"') double = !double;
    else if ((ch === "‘" || ch === "'") && /[\s"“(]|^$/.test(sentence[i - 1] ?? "") && /\p{L}/u.test(sentence[i + 1] ?? "")) single = true;
    else if ((ch === "’" || ch === "'") && single && !/\p{L}/u.test(sentence[i + 1] ?? "")) single = false;
  }
  return { startsQuoted, endsOpen: double || single };
}

function shifted(a: Attribution, by: number): Attribution {
  const move = (x: { start: number; end: number }) => ({ start: x.start + by, end: x.end + by });
  return { ...a, speaker: a.speaker && { ...a.speaker, ...move(a.speaker) }, content: move(a.content) };
}

function quoteAttribution(sentence: string, sp: { start: number; end: number; text: string }, verb: string, q: RegExpExecArray): Attribution {
  // The quote regexes match from the sentence start: the opening mark is their first non-space.
  const open = q.index + q[0].search(/\S/);
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
