/*
 * A denial or a dismissal against the claim that asserts what it rejects, within one story:
 * "Valmora denied any such depot existed" against "the jets struck a large depot", "reports on the
 * use of the weapons are totally false" against "the army used the weapons". The denied words are
 * matched through their stems and, when the judge's WordNet is at hand, through synonyms and kinds
 * ("bombing" is a kind of "attack"). Stricter than denial-proposition on agreement (two thirds of
 * the denied words and two at least) and bound to one story and one month instead of one entity.
 */

import { ASSERTION_NEGATION, FORECAST, GENERIC_SUBJECTS, IRREGULAR_PAST, MONTH_WORDS, propositionStem, REPORTING_VERBS, ROLE_NOUNS, STOPWORDS, WEEKDAYS } from "../../resources/lexicon";
import type { PairJudge, RelClaim, RuleFamily } from "../rule";
import { monthsBetween, oneEvent, STATE_WINDOW_MONTHS, who } from "../context";
import { hasRefuteWord } from "../../judge/features";
import { claimPropositionWords } from "../words";
import { memo } from "../memo";

/** "… are totally false", "… was baseless": a dismissal of what the subject says. */
export const DISMISSAL = /\s+(?:is|are|was|were|as)\s+(?:(?:totally|completely|entirely|absolutely|simply|all)\s+)?["“‘']?(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|fiction|nonsense|hogwash|lies|a\s+lie|propaganda|rubbish|absurd|(?:a\s+)?fabrication|(?:a\s+)?provocation|disinformation|slander|(?:a\s+)?smear)\b/i;
/**
 * A speaker's statement that an act did not happen ("the army said its soldiers did not fire on
 * the crowd", "the weapons were never used"): it denies the act as a denial verb would.
 */
const NEGATED_ACT = /\b(?:(?:did|does|do)\s*(?:not|n['’]t)\s+(?:ever\s+)?|never\s+)(\p{L}{3,})\b|\b(?:had|has|have|was|were|is|are)\s*(?:not|n['’]t)\s+(?:been\s+)?(\p{L}{3,}ed)\b/iu;
/** Base forms whose past IRREGULAR_PAST knows: their stem already meets the past's. */
const IRREGULAR_BASES = new Set(Object.values(IRREGULAR_PAST));
/**
 * Verbs of telling, knowing and wanting, besides the reporting verbs: what was not said, given,
 * known or planned denies no act ("police did not say how many were held", "the ministry has not
 * released figures").
 */
const UNTOLD = new Set(
  ["say", "tell", "give", "comment", "specify", "disclose", "reveal", "provide", "release", "publish", "announce", "confirm", "respond", "answer", "reply", "know", "expect", "plan", "want", "need", "intend", "elaborate", "explain", "identify", "name", "mention", "return"].map((w) => propositionStem(pastForm(w))),
);
/**
 * Where a negation denies nothing of the world: a condition or a question ("if they do not…"), a
 * relative clause about others ("dozens more that did not get caught"), or a state not reached
 * yet ("has not been charged yet").
 */
const NOT_A_DENIAL = /(?:if|unless|whether)\b|\b(?:that|which|who)\s+(?:\p{L}+\s+)?$/iu;
/**
 * "X called reports that P fabricated", "branded the claims that P a lie": a dismissal whose verb
 * stands before the wrapped proposition and whose verdict follows it with no copula.
 */
const CALLED = /^.*?\b(?:called|branded|termed|labell?ed)\s+(?=(?:the\s+|these\s+|such\s+)?(?:\p{L}+\s+)?(?:charges?|claims?|reports?|allegations?|accusations?|rumou?rs?)\s+(?:that|of|on|about)\s)/iu;
const CALLED_FALSE = /\s+(?:as\s+)?(?:(?:totally|completely|entirely|absolutely|simply|all)\s+)?["“‘']?(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|fiction|nonsense|lies|a\s+lie|propaganda|rubbish|absurd|(?:a\s+)?fabrication|(?:a\s+)?provocation|disinformation|slander|(?:a\s+)?smear)\b/iu;

/** The wrapped proposition a "called … fabricated" dismissal rejects, or null. */
export function calledFalse(content: string): string | null {
  const called = CALLED.exec(content);
  if (!called) return null;
  const rest = content.slice(called[0].length);
  const verdict = CALLED_FALSE.exec(rest);
  return verdict ? rest.slice(0, verdict.index) : null;
}
/** The wrapper of a dismissed proposition: "the charge that", "reports on", "claims of". */
const WRAPPER = /^(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’]+\s+)?(?:charges?|claims?|reports?|allegations?|accusations?|suggestions?|assertions?|statements?|rumou?rs?)\s+(?:that|of|on|about|regarding)\s+/iu;
/** When the denial was made, before what it denies: "rejected on Tuesday the claim that …". */
const WHEN_FIRST = /^(?:on|late|early|earlier|last)\s+(?:\p{L}+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|week|month)\s+/iu;
/** Words that date a denial or a report, not what is denied: "earlier in the day", "on Tuesday". */
const WHEN_WORDS = new Set([...WEEKDAYS, ...MONTH_WORDS, "earlier", "later", "tonight", "morning", "evening", "night"]);
/** A verb that makes the denied words a proposition. */
const CLAUSE = new RegExp(String.raw`\b(?:is|are|was|were|had|has|have|been|did|does|used|\p{L}{3,}ed|\p{L}{3,}ing|${Object.keys(IRREGULAR_PAST).join("|")})\b`, "iu");
/** Nouns of talk, not of the world: a denial of "reports" denies what they report. */
const TALK = new Set(["report", "claim", "allegation", "accusation", "charge", "statement", "rumour", "rumor", "suggestion", "assertion", "regarding", "such", "any", "exist", "existed"].map(propositionStem));

/** Share of the denied words the asserting claim must state (its act and subject are checked apart), and the least number. */
const MIN_SHARE = 1 / 2;
const MIN_WORDS = 2;
/** ...of which this many common words: names alone ("Valmora", "Port Selin") say who, not what. */
const MIN_COMMON = 2;

const DENIED = new WeakMap<RelClaim, DeniedWord[] | null>();

interface DeniedWord {
  word: string;
  /** A common word (not a name, not a generic noun): what was done, not who or where. */
  common: boolean;
  /** A verb by its form ("raised", "selling"): the act denied, which the other claim must state. */
  predicate: boolean;
}

/** Nouns of place, time and people that any two reports of one story share. */
const GENERIC = new Set([
  "city", "town", "village", "region", "area", "country", "capital", "year", "month", "week", "day", "time", "today", "yesterday",
  "people", "official", "officials", "government", "last", "recent", "said",
  // Figure words: two reports of one deal share its sums, not what is denied of it.
  "billion", "million", "mln", "bln", "thousand", "dlrs", "dlr", "dollars", "pct", "percent", "share", "shares",
]);

/**
 * Whether denied words are a proposition ("reports that 33 were killed", "attacking X", "any camp
 * existed") rather than a thing rejected ("the 100 dollar offer", "currency speculation").
 */
export function deniesProposition(text: string, verb: string | null = null, speaker: string | null = null): boolean {
  // A court or an office that "denied an application" refused a request; it said nothing untrue.
  if (REQUEST.test(text)) return false;
  // "any attempt … to deny the Muslims of living in safety": to withhold, not to say it is untrue.
  if (speaker && /\bto$/i.test(speaker.trim())) return false;
  // "Rejected" and "dismissed" take things as often as claims ("rejected the offer"): only claims,
  // reports, speculation and figures (a toll, a count) are propositions; "denied" takes a
  // proposition or an act.
  if (verb && /\b(?:reject|dismiss)/i.test(verb)) return /\bthat$/i.test(verb.trim()) || REJECTED_CLAIM.test(`${verb} ${text}`);
  return WRAPPER.test(text) || CLAUSE.test(text);
}

const REQUEST = /^(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:application|request|motion|appeal|petition|permission|access|entry|visa|bail|licen[cs]e|bid|offer|proposal)s?\b/iu;
const REJECTED_CLAIM = /\b(?:charges?|claims?|reports?|allegations?|accusations?|suggestions?|assertions?|statements?|rumou?rs?|speculation)\s+(?:that|of|on|about|regarding)\b|\b(?:toll|figures?|count|numbers|estimates?|findings|results|data|tally)\b/i;

/** The words a claim denies: its content if it is a denial, the dismissed subject if it dismisses one. */
export function deniedOf(c: RelClaim): DeniedWord[] | null {
  return memo(DENIED, c, () => {
    let text: string | null = null;
    const content = c.claim.content;
    if (c.denial) text = content.split(/,\s*(?:calling|saying|insisting|adding|which|as|while)\b|;|\s[-–—]\s|\s+and\s+(?:said|says|added|insisted|accused|called|stressed|claimed|argued)\b/i)[0]!;
    else {
      const d = DISMISSAL.exec(content);
      if (d) text = content.slice(0, d.index);
      // The whole sentence: its verb may have been read as the attribution ("The army called | reports").
      else text = calledFalse(c.claim.text) ?? negatedActOf(c)?.text ?? null;
    }
    if (text === null) return null;
    text = text.replace(WHEN_FIRST, "");
    // What is denied ends a few words past its act: "numbers were manipulated and inflated by at
    // least 1 million" is the proposition, "for this week's controversial election to choose…" its setting.
    const act = /\b\p{L}{3,}(?:ed|ing)\b/u.exec(text.replace(WRAPPER, ""));
    if (act) {
      const body = text.replace(WRAPPER, "");
      const tail = body.slice(act.index).split(/\s+/).slice(0, 8).join(" ");
      text = body.slice(0, act.index) + tail;
    }
    // A denial of a proposition ("reports that P", "attacking X", "any camp existed"), not the
    // rejection of a thing ("rejects the offer", "dismisses currency speculation").
    if (!deniesProposition(text)) return null;
    text = text.replace(WRAPPER, "");
    const words = new Map<string, boolean>();
    for (const raw of text.split(/[^\p{L}]+/u)) {
      const lower = raw.toLowerCase();
      if (lower.length < 3 || STOPWORDS.has(lower) || WHEN_WORDS.has(lower) || TALK.has(propositionStem(lower))) continue;
      // A name says who or where; what is denied is said in common words.
      words.set(lower, (words.get(lower) ?? false) || (/^\p{Ll}/u.test(raw) && !GENERIC.has(lower)));
    }
    return [...words].map(([word, common]) => ({ word, common, predicate: common && isPredicate(word) }));
  });
}

const NEGATED = new WeakMap<RelClaim, { text: string; act: string } | null>();

/**
 * The act a speaker says did not happen, and the claim's words without the negation ("soldiers
 * did not fire on the crowd" → "fired"). Only an attributed claim (someone's word against
 * another's); never one with a figure, whose negation denies the figure ("3,000 did not die" is no
 * denial that people died; numeric-frame compares it), nor a verb of telling or knowing (UNTOLD).
 */
export function negatedActOf(c: RelClaim): { text: string; act: string } | null {
  return memo(NEGATED, c, () => {
    if (c.denial || c.claim.speakerText === null || c.claim.quantities.length > 0) return null;
    const content = c.claim.content;
    const m = NEGATED_ACT.exec(content);
    const verb = (m?.[1] ?? m?.[2])?.toLowerCase();
    // A subject must stand before the negation: "don't use it" is a plea, not a denial.
    if (!m || !verb || m.index === 0 || NOT_A_DENIAL.test(content.slice(0, m.index)) || /^\s*yet\b/i.test(content.slice(m.index + m[0].length))) return null;
    const act = m[1] ? pastForm(verb) : verb;
    const base = IRREGULAR_PAST[act] ?? verb;
    // "had not carried out any strikes on the hospital", "did not launch an attack": the deed is the noun.
    const deed = isLight(base) ? DEED_NOUN.exec(content.slice(m.index + m[0].length)) : null;
    if (deed) return { text: `${content.slice(0, m.index)} did ${deed[1]}${content.slice(m.index + m[0].length + deed[0].length)}`, act: deed[1]!.toLowerCase() };
    if (UNTOLD.has(propositionStem(act)) || REPORTING_VERBS.has(verb) || STOPWORDS.has(verb) || isLight(base)) return null;
    // "did" keeps the words a clause; it is a stopword, so only the act and its words are matched.
    return { text: `${content.slice(0, m.index)} did ${act}${content.slice(m.index + m[0].length)}`, act };
  });
}

/**
 * A base form as its past, so that its stem meets the asserted verb's ("fire" → "fired", "carry" →
 * "carried"); an irregular verb's base already meets its past through IRREGULAR_PAST.
 */
function pastForm(base: string): string {
  if (IRREGULAR_BASES.has(base) || /ed$/.test(base)) return base;
  if (/e$/.test(base)) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function subjectWordsOf(head: string): string[] {
  return head.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** A verb by its form: a past or a present participle ("raised", "selling", "over-producing"). */
export function isPredicate(word: string): boolean {
  return word.length >= 4 && /(?:ed|ing)$/.test(word) && !/eed$/.test(word) && !/^(?:need|bed|red|shed|thing|king|ring|sing|spring|string|wing|ceiling|morning|evening|building|meeting|during|nothing|anything|something|everything)$/.test(word);
}

/**
 * Whether a denied word is stated in the other claim: the same stem, or a WordNet synonym. Kinds
 * ("bombing" under "attack") are not enough: WordNet's hierarchy relates "ended" to half the verbs
 * of a war report.
 */
function stated(word: string, other: Set<string>, otherRaw: string[], judge?: PairJudge): "stem" | "synonym" | "kind" | null {
  if (other.has(propositionStem(word))) return "stem";
  if (!judge?.relate) return null;
  return otherRaw.some((x) => judge.relate!(word, x) === "same") ? "synonym" : null;
}

/** The acts a denial names, by verb form, stopwords included ("had been used"). */
export function actsOf(c: RelClaim): string[] {
  // A negated act ("did not fire") is the act denied, whatever other verbs the claim holds.
  const negated = negatedActOf(c);
  if (negated) return [negated.act];
  // A "called … fabricated" dismissal names its acts inside the proposition, after its own verb.
  const content = c.denial ? c.claim.content : (calledFalse(c.claim.text) ?? c.claim.content);
  const text = content.split(/,\s*(?:calling|saying|insisting|adding|which|as|while)\b|;|\s+and\s+(?:said|says|added|insisted|claimed|argued)\b/i)[0]!.replace(WHEN_FIRST, "").replace(WRAPPER, "");
  // Whole words only: "U.S.-backed" modifies a noun, it names no act.
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => !/[-‐]/.test(t))
    .map((t) => t.replace(/[^\p{L}]+/gu, ""))
    .filter((w) => (isPredicate(w) || IRREGULAR_PAST[w] !== undefined || PAST_EXTRA.has(w)) && !TALK.has(propositionStem(w)) && !/^(?:been|being|having|according)$/.test(w));
}

/** Irregular pasts that name acts denied in news and are not in the shared list ("sought air cover"). */
const PAST_EXTRA = new Set(["sought", "fought", "dealt", "meant", "sent", "shut", "hit", "put", "set", "cut", "let", "spread", "laid", "said", "told", "saw", "seen", "went", "gone", "came", "done", "did", "got"]);

/** An act is stated by its stem, a synonym, or a kind of it or of which it is one ("bombing" and "attack"). */
export function actStated(act: string, other: Set<string>, otherRaw: string[], judge?: PairJudge): boolean {
  if (other.has(propositionStem(act))) return true;
  if (!judge?.relate) return false;
  // Kinds only between nouns of acts ("bombing", "attack"): between verbs WordNet's hierarchy is too wide.
  const noun = (w: string) => !/(?:ed|ing)$/.test(w);
  return otherRaw.some((x) => {
    const r = judge.relate!(act, x);
    return r === "same" || ((r === "general" || r === "specific") && /ing$/.test(act) && noun(x));
  });
}

/**
 * Verbs too light to name an act by themselves: WordNet files half of all verbs under "make",
 * "get" or "use", so a kind of one of them says nothing about what was denied.
 */
/** A light verb in any form: "carried" is "carry", whose stems differ. */
function isLight(word: string): boolean {
  return LIGHT_ACTS.has(propositionStem(word)) || (/ied$/.test(word) && LIGHT_ACTS.has(propositionStem(`${word.slice(0, -3)}y`)));
}

/** The deed a light verb carries out: "carried out any strikes", "launched an attack". */
const DEED_NOUN = /^\s+(?:out\s+)?(?:any|an?|the|such)?\s*((?:air\s*)?strikes?|attacks?|raids?|bombings?|shelling|assaults?|airstrikes?)\b/iu;
const LIGHT_ACTS = new Set(
  ["do", "make", "take", "get", "have", "be", "go", "come", "give", "put", "set", "use", "let", "keep", "hold", "bring", "move", "change", "cause", "happen", "act", "start", "begin", "end", "stop", "say", "tell", "see", "show", "find", "turn", "run", "leave", "work", "try", "seek", "deal", "mean", "send", "carry", "play", "lead", "reach", "follow", "release", "launch", "report"].map(propositionStem),
);

/**
 * Whether the other claim states a kind of the denied act, as a verb, done to the same kind of
 * patient: "denied it killed militants" is answered by "commanders were eliminated" (eliminating is
 * a way of killing, and both are people), not by "destroyed the depot" (a thing, though "destroy"
 * is also a way of killing animals). Only that way round: a kind asserts its act, a broader act does
 * not assert the kind; never for a light verb.
 */
export function actKindStated(act: string, denier: RelClaim, other: RelClaim, judge?: PairJudge): boolean {
  if (!judge?.relate || isLight(IRREGULAR_PAST[act] ?? act)) return false;
  const relate = judge.relate.bind(judge);
  const denied = patientsOf(denier.claim.content, act);
  if (denied.length === 0) return false;
  const words = other.claim.content.split(/\s+/);
  return words.some((raw, i) => {
    const x = raw.toLowerCase().replace(/[^\p{L}]+/gu, "");
    if (!(isPredicate(x) || IRREGULAR_PAST[x] !== undefined) || relate(act, x) !== "general") return false;
    return patientsAt(words, i).some((m) => denied.some((n) => samePatient(n, m, relate)));
  });
}

/** Determiners, quantifiers and adverbs between a verb and its object: "killed many of the …". */
const BEFORE_OBJECT = /^(?:the|a|an|its|their|his|her|our|some|many|several|few|dozens|scores|hundreds|of|any|all|most|top|senior|very|large|number|completely|entirely|totally)$/;
const PASSIVE_AUX = /^(?:was|were|is|are|been|be|being)$/;
const PERFECT_AUX = /^(?:had|has|have|reportedly|allegedly|also|all)$/;
const SUBJECT_PREPOSITIONS = /^(?:in|from|at|of|near|across)$/;
const CLAUSE_OPENERS = /^(?:that|which|who|whom|said|says|and|but|or|while|when|after|before|because)$/;

/** The patient of the verb at `i`: the subject of a passive ("commanders were eliminated"), else its object. */
function patientsAt(words: string[], i: number): string[] {
  const clean = (w: string | undefined) => (w ?? "").toLowerCase().replace(/[^\p{L}]+/gu, "");
  let j = i - 1;
  if (/ly$/.test(clean(words[j]))) j -= 1;
  if (PASSIVE_AUX.test(clean(words[j]))) {
    // "had been destroyed", "have been burned": the perfect's auxiliary stands before the subject.
    j -= 1;
    while (j >= 0 && PERFECT_AUX.test(clean(words[j]))) j -= 1;
    const subject = clean(words[j]);
    if (!subject || STOPWORDS.has(subject)) return [];
    // "ballots from 300 stations in the province were burned": the head stands before the first
    // phrase that places it, back to where the clause opens.
    let head = subject;
    for (let k = j - 1; k >= Math.max(1, j - 9); k -= 1) {
      if (/[,;:]$/.test(words[k]!) || CLAUSE_OPENERS.test(clean(words[k]))) break;
      if (!SUBJECT_PREPOSITIONS.test(clean(words[k]))) continue;
      const before = clean(words[k - 1]);
      if (before && !STOPWORDS.has(before) && !isPredicate(before)) head = before;
    }
    return [head];
  }
  // The object's head: the last word of its noun phrase ("the rebel depot" is a depot).
  let head: string | null = null;
  for (let k = i + 1; k < Math.min(words.length, i + 7); k += 1) {
    const w = clean(words[k]);
    if (head === null && (!w || BEFORE_OBJECT.test(w))) continue;
    if (!w || STOPWORDS.has(w) || isPredicate(w)) break;
    head = w;
    if (/[,;:.!?"”’)]$/.test(words[k]!)) break;
  }
  return head ? [head] : [];
}

function patientsOf(content: string, act: string): string[] {
  const words = content.split(/\s+/);
  const i = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}]+/gu, "") === act);
  return i < 0 ? [] : patientsAt(words, i);
}

/** One kind of patient: one stem, words WordNet relates, or two kinds of person. */
function samePatient(n: string, m: string, relate: (a: string, b: string) => string | null): boolean {
  if (propositionStem(n) === propositionStem(m)) return true;
  const r = relate(n, m);
  if (r !== null && r !== "antonym") return true;
  return relate("person", n) === "general" && relate("person", m) === "general";
}

/**
 * What else a denial fixes: the subject it names ("denied that Kuwait was over-producing" is not
 * answered by Ecuador's output) and a cause it rejects ("denied it was because of the dispute" is
 * answered only by a claim that gives that cause).
 */
export function statesAsserted(a: RelClaim, b: RelClaim): boolean {
  const content = a.claim.content.replace(WRAPPER, "").replace(/^that\s+/i, "");
  // The subject of what is denied, up to its verb ("his wife had had a role", "a woman detained in
  // Lebanon is …"): one of its words must be in the other claim, unless it is a pronoun.
  const head = /^(.*?)\s+(?:is|are|was|were|had|has|have|did|does|would|will|could|can)\b/i.exec(content)?.[1] ?? "";
  const subjectWords = subjectWordsOf(head);
  // A pronoun or a role ("officials", "the army") is named in other words by other outlets.
  const pronoun = /^(?:it|he|she|they|we|anyone|anybody|someone|somebody|this|that|there)$/i.test(head.trim()) || (subjectWordsOf(head).length > 0 && subjectWordsOf(head).every((w) => ROLE_NOUNS.has(w) || GENERIC_SUBJECTS.has(w)));
  if (!pronoun && subjectWords.length > 0 && subjectWords.length <= 6) {
    const wb = claimPropositionWords(b);
    if (!subjectWords.some((w) => wb.has(propositionStem(w)))) return false;
  }
  const subject = /^(?:that\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:was|were|is|are|had|has|have|did|would|will)\b/u.exec(content);
  // "We did not shell the hospital": the speaker denies its own act, named otherwise in the other
  // claim; "It was not rated" names nothing the other claim can be held to.
  const self = subject !== null && /^(?:we|i)$/i.test(subject[1]!);
  if (subject && !self && !b.claim.text.includes(subject[1]!.replace(/['’]s$/, ""))) return false;
  if (CAUSAL.test(content) && !CAUSAL.test(b.claim.content)) return false;
  return true;
}

const CAUSAL = /\b(?:because|due to|caused|causes|result of|resulted|reason|owing to|thanks to|blamed)\b/i;

/** "denied any such camp existed": the thing said not to exist, by its noun. */
const EXISTENCE = /^(?:that\s+)?(?:(?:any|a|an|the)\s+)?(?:such\s+)?(?:\p{L}+\s+)?(\p{L}{3,})\s+(?:had\s+)?(?:existed|exists|exist|was there|were there|ever existed)\b/iu;
/** "the opposition claims were nonsense": whose claims are dismissed. */
const WHOSE_CLAIMS = /^(?:the\s+)?((?:\p{L}+\s+){0,3}?)(?:claims?|allegations?|accusations?|reports?|figures?|statements?)$/iu;

/**
 * Two denials that need no proposition: of a thing's existence ("denied any such depot existed"
 * against "struck a large depot"), and of a speaker's claims ("the opposition claims were nonsense"
 * against what the opposition claimed).
 */
const RAW = new WeakMap<RelClaim, string[]>();

function rawWords(c: RelClaim): string[] {
  return memo(RAW, c, () => c.claim.content.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !STOPWORDS.has(w)));
}

const OUTRIGHT = new WeakMap<RelClaim, { noun: string | null; owner: string | null }>();

/** What a claim denies outright, read once per claim: a thing's existence, or a speaker's claims. */
function outrightOf(a: RelClaim): { noun: string | null; owner: string | null } {
  return memo(OUTRIGHT, a, () => {
    const content = a.claim.content.trim();
    const exists = a.denial ? EXISTENCE.exec(content) : null;
    if (exists) return { noun: exists[1]!.toLowerCase(), owner: null };
    const d = DISMISSAL.exec(content);
    const whose = d ? WHOSE_CLAIMS.exec(content.slice(0, d.index).trim()) : null;
    return { noun: null, owner: whose?.[1]?.trim().toLowerCase().replace(/['’]s$/, "") || null };
  });
}

function deniedOutright(a: RelClaim, b: RelClaim): string | null {
  const { noun, owner } = outrightOf(a);
  if (noun) return claimPropositionWords(b).has(propositionStem(noun)) ? `the ${noun} exists` : null;
  if (!owner) return null;
  const words = owner.split(/\s+/).filter((w) => w.length > 3);
  if (b.claim.speakerText) {
    const speaker = b.claim.speakerText.toLowerCase();
    return words.some((w) => speaker.includes(w)) && /\bclaim/i.test(b.claim.verb ?? "") ? `${owner}'s claims` : null;
  }
  // An attribution the reader could not split ("the opposition – which … – claimed that P").
  const text = b.claim.text.toLowerCase();
  return words.some((w) => new RegExp(`\\b${w}\\b[^.;]{0,120}\\bclaim(?:ed|s)\\b`).test(text)) ? `${owner}'s claims` : null;
}

export const denialStory: RuleFamily<"denial"> = {
  id: "denial-story",
  stage: "pairs",
  // Asked both ways: either claim of a pair may be the denial.
  symmetric: false,
  confidences: { denial: 0.65 },
  detect(a, b, { confidences: c, judge }) {
    if (a.story !== b.story || b.denial || deniedOf(b) !== null) return null;
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (a.claim.documentId === b.claim.documentId && a.claim.speakerText === b.claim.speakerText) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    const outright = deniedOutright(a, b);
    if (outright && !ASSERTION_NEGATION.test(b.claim.content)) {
      return { type: "CONTRADICTS", kind: "denial", confidence: c.denial, reason: `${who(a)} denies ${outright}, which ${who(b)} asserts: “${a.claim.content}” against “${b.claim.content}”.`, detector: "denial-story", evidence: null };
    }
    const denied = deniedOf(a);
    if (!denied || denied.length < MIN_WORDS || !oneEvent(a, b, true) || hasRefuteWord(b.claim.content)) return null;
    const wb = claimPropositionWords(b);
    const rawB = rawWords(b);
    // Cheap tests first: the stems must already carry a good part of the denied words, and the
    // act must be stated, before WordNet is asked about the rest.
    const byStem = denied.filter((w) => wb.has(propositionStem(w.word))).length;
    if (byStem < 1 || byStem + (judge?.relate ? denied.length - byStem : 0) < MIN_SHARE * denied.length) return null;
    const acts = actsOf(a);
    // A negated act ("soldiers did not fire") is met only by the act itself, asserted as a fact:
    // not by WordNet's kinds or synonyms, nor by a forecast or a hedge ("will be charged").
    if (!a.denial && negatedActOf(a) && (!wb.has(propositionStem(acts[0]!)) || FORECAST.test(b.claim.content) || b.claim.hedged)) return null;
    // The main act, the first verb of what is denied ("Manila was playing down the restructuring").
    const kind = acts.length > 0 && !actStated(acts[0]!, wb, rawB, judge) && actKindStated(acts[0]!, a, b, judge);
    if (acts.length > 0 && !actStated(acts[0]!, wb, rawB, judge) && !kind) return null;
    const how = denied.map((w) => stated(w.word, wb, rawB, judge) ?? (kind && w.word === acts[0] ? "kind" : null));
    const matched = denied.filter((_, i) => how[i] !== null);
    if (matched.length < MIN_WORDS || matched.length < MIN_SHARE * denied.length) return null;
    // What was done must be stated, not only who and where: two common words, or a short denial
    // ("denied attacking Port Selin") stated word for word.
    const short = denied.length <= MIN_WORDS && how.every((h) => h === "stem");
    // Every denied word stated, the act among them, is as good as two common words.
    const whole = matched.length === denied.length && acts.length > 0;
    if (matched.filter((w) => w.common).length < MIN_COMMON && !short && !whole) return null;
    // The act denied must be stated: "denied it raised its offer" is not answered by "its offer";
    // a denial that names no act ("denied the action had any connection") needs more words stated.
    if (acts.length === 0 && matched.filter((w) => w.common).length < MIN_COMMON + 1) return null;
    if (!statesAsserted(a, b)) return null;
    // The other claim must assert what is denied, not deny, negate or ask it ("whether…").
    if (ASSERTION_NEGATION.test(b.claim.content) || b.claim.polarity === "negative" || /\b(?:whether|if)\b/i.test(b.claim.content)) return null;
    return {
      type: "CONTRADICTS",
      kind: "denial",
      confidence: c.denial,
      reason: `${who(a)} rejects what ${who(b)} asserts (${matched.map((w) => w.word).join(", ")}): “${a.claim.content}” against “${b.claim.content}”.`,
      detector: "denial-story",
      evidence: null,
    };
  },
};
