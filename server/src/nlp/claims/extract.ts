/*
 * Claims from one document: the headline, each attributed sentence, each direct quote (its speaker
 * taken from the attribution beside it when the quote's own sentence has none) and each checkable
 * unattributed statement of fact, negated events included, becomes a claim with its speaker words,
 * reporting verb, content, polarity, hedges, quantities and the time it is about. Questions, page
 * furniture and commentary with nothing to check do not. Speaker words are resolved to entities
 * later, across documents; pronouns and "the expert" go to the last named speaker here.
 */

import type { Document, Quantity } from "../../../../graph-schema";
import { monthIndex } from "../documents/metadata";
import { countryByDemonym, countryByName } from "../resources/countries";
import { DENIAL_PATTERN, HEDGES, MONTHS, NEGATIONS, ORG_HEADS, REPORTING_VERBS, ROLE_NOUNS, STOPWORDS } from "../resources/lexicon";
import { isTitleCase, lowercaseTokens, type MentionCandidate } from "../text/mentions";
import type { Span } from "../text/sentences";
import { type Attribution, bareAttribution, findAttribution, headlineAttribution, quoteState, type QuoteState } from "./attribution";
import { looksLikeCode } from "../documents/clean";
import { EVENT_MEASURES, findQuantities, MAX_FIGURES_PER_SPAN, measureGroupOf } from "./quantities";
import { stateFeatures, type StateFeature } from "./states";

export interface ClaimDraft {
  documentId: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  contentStart: number;
  contentEnd: number;
  content: string;
  /** Speaker words as they stand, and a mention to resolve them (null for an anonymous source). */
  speakerText: string | null;
  speakerMention: MentionCandidate | null;
  verb: string | null;
  denial: boolean;
  counter: boolean;
  polarity: "positive" | "negative";
  hedges: string[];
  quantities: Quantity[];
  states: StateFeature[];
  time: { text: string; date: string } | null;
  /** Mentions that fall inside the claim's sentence. */
  mentions: MentionCandidate[];
  /** Set when the speaker stands in the sentence before or after the quote, not in the claim's own. */
  speakerSentence?: Span;
  /**
   * Set on a claim split from a sentence (clauseParts): where its figures' frames may look back
   * to, the sentence's content, so that a place or a source set before the split still holds.
   */
  frameStart?: number;
}

export interface ExtractResult {
  drafts: ClaimDraft[];
  /** Set when a sentence reached MAX_FIGURES_PER_SPAN or the document MAX_DOCUMENT_FIGURES: figures were left out. */
  figuresCapped: boolean;
}

/**
 * Figures kept per document. A long report holds a few hundred; past this the text is a table or a
 * generated list, and relation detection compares figures pairwise across documents.
 */
export const MAX_DOCUMENT_FIGURES = 1000;

// ---------------------------------------------------------------------------------------------
// Internal: what a sentence is
// ---------------------------------------------------------------------------------------------

const REFERRING = /^(?:the\s+)?(?:expert|observer|analyst|political scientist|scientist|professor|official|spokesman|spokeswoman|author|head of state|president|minister|general|commander|he|she)$/i;
/** Words an unattributed statement needs: shorter ones ("He added.", "It happened.") say nothing checkable. */
const MIN_FACT_WORDS = 4;
/** A headline or negated event can be this short: "Nobody was detained.", "Ceasefire holds overnight". */
const MIN_WORDS = 3;
/** How far a direct quote runs over sentences in search of its speaker. */
const QUOTE_RUN = 8;
/**
 * A wire dateline at the start of a story's first sentence: a place in capitals, optionally a
 * region or date, optionally the agency in brackets, then a dash or bullet ("LONDON (Reuters) - ",
 * "KYIV, Ukraine (AP) — ", "PORT SELIN, March 15 (Coastline Wire) - ", "LONDON • ").
 */
const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}?[\p{L}.]*)?(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]{1,2}|•)\s+/u;

/**
 * Page furniture that survives cleaning because it shares a line with prose: subscription and
 * social prompts, copyright and photo credits, wire sign-offs, "Read more" links. Web conventions,
 * the same on every site; none of them is something an outlet asserts about the world.
 */
const BOILERPLATE: RegExp[] = [
  /^(?:please\s+)?(?:subscribe|sign\s+up|register|log\s*in|click|tap|read\s+more|read\s+also|also\s+read|see\s+also|related|recommended|watch|listen|download)\b/i,
  /\b(?:follow|like|join)\s+us\s+(?:on|at)\b/i,
  /\bsubscribe\s+(?:to|now|for|today)\b|\bsign\s+up\s+(?:for|to)\b.*\bnewsletter\b|\bnewsletter\b.*\b(?:sign\s+up|subscribe|inbox)\b/i,
  /(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©|\d{4}|\p{Lu}))|\ball\s+rights\s+reserved\b/iu,
  /^(?:file\s+)?(?:photo|picture|image|video|graphic|illustration)s?\s*(?:credit)?\s*(?:[:/|–—]|by\b)|\((?:file\s+)?(?:photo|picture|image)s?\s*(?::|by\b|credit\b)[^)]*\)\s*\.?$/i,
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b/i,
  /\bthis\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:updated|corrected|amended|published)\b/i,
  /^(?:updated|published|posted|last\s+(?:updated|modified))\s*(?::|\d|on\b|at\b)/i,
  // A caption's link to its media: "… is on fire – Video", "(Photos)".
  /\s[-–—|]\s*(?:video|photos?|gallery|pictures|watch|listen)\s*$|\((?:video|photos?|gallery)\)\s*\.?$/i,
  /\b(?:enable|accept)\s+(?:javascript|cookies)\b|\byour\s+browser\b/i,
  /\b(?:click|tap)\s+(?:here|the\s+link|below)\b|\bshare\s+(?:this|on)\b/i,
];

/**
 * English irregular past tenses. Some are nouns as often ("a cut", "on the left", "the cost of"):
 * the words before a verb (MODIFIER_BEFORE, a preposition) tell which.
 */
const IRREGULAR_PAST = new Set(
  `arose awoke beat became began bent bit bled blew broke brought built burned burnt burst bought caught chose clung came cost crept cut dealt dug drew drove ate fell fed fought found fled flung flew forbade forgot forgave froze got gave went grew hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lit lost made meant met paid put quit rang rose sought sold sent set shook shone shot shrank shut sang sank sat slept slid spoke sped spent spread spun sprang stood stole stuck stung struck swore swept swam swung took taught tore threw understood woke wore won withdrew overran overtook upheld underwent`.split(
    /\s+/,
  ),
);
const PREPOSITIONS = new Set(["of", "in", "on", "at", "for", "to", "by", "with", "from", "into", "after", "before", "without", "about"]);
/** Words in -ed that are no past tense. */
const NOT_PAST = new Set(["indeed", "hundred", "sacred", "naked", "wicked", "wretched", "beloved", "speed", "need", "seed", "feed", "breed", "creed", "greed", "shed", "bed", "red", "aged", "kindred", "rugged", "ragged"]);
/** Before a participle these make it an adjective ("the injured", "a detained man"), not an event. */
const MODIFIER_BEFORE = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "many", "several", "any", "each", "every", "more", "most", "very", "so", "too", "of", "less"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const FIRST_PERSON_OPINION = /^(?:i|we)\s+(?:(?:really|strongly|firmly)\s+)?(?:think|believe|feel|hope|wish|must|should|need|cannot|can't|love|hate)\b|^(?:in\s+my\s+(?:view|opinion)|let\s+us|let's)\b/i;

function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
}

/**
 * A finite verb that reports something happening: a past tense (regular or irregular), a passive
 * or perfect participle after an auxiliary, a progressive ("are staying"), a future ("will
 * convene"). Reporting verbs do not count ("He added."), nor participles used as adjectives ("the
 * wounded"). Morphology, not a list of this story's verbs, so it holds for any event.
 */
function hasEventVerb(sentence: string, headline: boolean): boolean {
  const t = lowercaseTokens(sentence);
  for (let i = 0; i < t.length; i += 1) {
    const w = t[i]!;
    const prev = t[i - 1] ?? "";
    if (REPORTING_VERBS.has(w)) continue;
    const verbal = !MODIFIER_BEFORE.has(prev) && !PREPOSITIONS.has(prev) && t[i + 1] !== "of";
    if (IRREGULAR_PAST.has(w) && verbal) return true;
    if (/^\p{L}{3,}ed$/u.test(w) && !NOT_PAST.has(w) && verbal) return true;
    if (/^\p{L}{2,}ing$/u.test(w) && BE.has(prev)) return true;
    if (prev === "will" && /^\p{L}{3,}$/u.test(w) && !STOPWORDS.has(w)) return true;
    // Headlines speak in the present: "Stampede kills 717", "India launches airstrikes".
    if (headline && i > 0 && /^\p{L}{3,}[^s]s$/u.test(w) && !STOPWORDS.has(w) && !STOPWORDS.has(prev)) return true;
  }
  return false;
}

/**
 * A negated event or existence: "no one was hurt", "nobody was detained", "there were no
 * casualties", "no troops were in the town", "did not kill anyone", "No casualties or damage." A
 * denial of a fact is as checkable as the fact.
 */
const NEGATED_EVENT = [
  /\b(?:no\s*-?\s*one|nobody|none|nothing|no\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+(?:not\s+)?(?:been\s+)?)?[\p{L}-]+/iu,
  /\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+no\b/i,
  /\b(?:did|does|do|has|have|had|was|were|is|are|could|would|will)\s*(?:not|n[’']t)\s+(?:yet\s+|been\s+)?\p{L}{3,}/iu,
  /\bnever\s+\p{L}{3,}/iu,
  /^\s*(?:no|zero)\s+\p{L}{3,}/iu,
];

function negatedEvent(content: string): boolean {
  return NEGATED_EVENT.some((re) => re.test(content));
}

/**
 * Commentary a fact-checker cannot check: no figure, no state, no named entity, no event and no
 * negated event ("It is a sad day.", "This is a tragedy for everyone."), or a first-person opinion
 * with no figure ("We believe the decision was wrong."). What remains names something one can look
 * up or tells something that happened.
 */
function checkable(content: string, figures: number, states: number, named: number, headline: boolean): boolean {
  const n = words(content).length;
  if (figures > 0 || states > 0) return n >= MIN_WORDS || headline;
  if (FIRST_PERSON_OPINION.test(content)) return false;
  if (negatedEvent(content)) return n >= MIN_WORDS;
  if (n < MIN_FACT_WORDS && !headline) return false;
  if (n < MIN_WORDS) return false;
  return hasEventVerb(content, headline) || (named > 0 && n >= MIN_FACT_WORDS + 1 && /\b(?:is|are|was|were|has|have|had)\b/i.test(content));
}

/** Sentences that are never claims, whatever they contain. */
function notAClaim(sentence: string): boolean {
  return /^https?:\/\//.test(sentence) || looksLikeCode(sentence) || BOILERPLATE.some((re) => re.test(sentence));
}

/** A question, asked or quoted ("\"Who gave the order?\" the lawyer asked."): it asserts nothing. */
function isQuestion(text: string): boolean {
  return /\?\s*["”’'»)]*\s*$/.test(text) || /^\s*["“«'‘][^"“”«»]*\?\s*["”»'’]/.test(text);
}

/** Mentions inside [start, end), from a list sorted by start: a binary search, not a scan per sentence. */
function mentionsWithin(mentions: MentionCandidate[], start: number, end: number): MentionCandidate[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionCandidate[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i += 1) if (mentions[i]!.end <= end) out.push(mentions[i]!);
  return out;
}

interface SentenceView {
  span: Span;
  text: string;
  /** Dateline length at the start. */
  lead: number;
  attr: Attribution | null;
  quote: QuoteState;
  paragraphStart: boolean;
}

/** A speaker found in another sentence: its attribution, the sentence it stands in, and what it says there (relative). */
interface Carried {
  index: number;
  speaker: { start: number; end: number; text: string };
  verb: string;
  said: { start: number; end: number };
}

/**
 * The speaker of a direct quote whose own sentence names none. A quote runs on over sentences until
 * its mark closes (across paragraphs, as news prints a long quote, when the next paragraph opens
 * with a mark again); its speaker is in the sentence that closes it ("…," Smith said.), in a bare
 * attribution right after it ("Smith said.", "That was how the spokesman put it."), or in one
 * before it that introduces it ("The minister told reporters:").
 */
function carriedSpeaker(views: SentenceView[], i: number, bare: (j: number) => ReturnType<typeof bareAttribution>): Carried | null {
  if (!views[i]!.quote.startsQuoted) return null;
  for (let j = i; j < views.length && j < i + QUOTE_RUN; j += 1) {
    const v = views[j]!;
    if (j > i && !v.quote.startsQuoted) break;
    const a = v.attr;
    // "…," Smith said: an attribution standing after the quoted words, in the sentence that closes them.
    if (j > i && a?.speaker && a.content.start < a.speaker.start) return { index: j, speaker: shift(a.speaker, v.lead), verb: a.verb, said: shift(a.content, v.lead) };
    const next = views[j + 1];
    const closes = !v.quote.endsOpen || (next !== undefined && next.paragraphStart && !next.quote.startsQuoted);
    if (closes || next === undefined) {
      const b = next ? bare(j + 1) : null;
      if (b && !b.introduces) return { index: j + 1, speaker: b.speaker, verb: b.verb, said: NOTHING };
      break;
    }
  }
  // Back to where the quote opened ('Sana said "P. Q."' gives Q to Sana), then the sentence before
  // it: one that introduces it ("The minister told reporters:"), or one whose own quote has a
  // speaker, as news goes on quoting one speaker ('"P," Smith said. "Q."').
  let r = i;
  while (r > 0 && r > i - QUOTE_RUN && views[r - 1]!.quote.endsOpen && views[r]!.quote.startsQuoted) {
    r -= 1;
    const a = views[r]!.attr;
    if (a?.speaker) return { index: r, speaker: shift(a.speaker, views[r]!.lead), verb: a.verb, said: shift(a.content, views[r]!.lead) };
  }
  if (r === 0) return null;
  const before = bare(r - 1);
  if (before?.introduces) return { index: r - 1, speaker: before.speaker, verb: before.verb, said: NOTHING };
  const prev = views[r - 1]!;
  if (prev.attr?.speaker && /["“”«»]/.test(prev.text)) return { index: r - 1, speaker: shift(prev.attr.speaker, prev.lead), verb: prev.attr.verb, said: shift(prev.attr.content, prev.lead) };
  return null;
}

const NOTHING = { start: 0, end: 0 };

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/**
 * One claim's share of a sentence: its span, its content, and whose it is — the sentence's speaker,
 * the clause's own attribution, or nobody's (an unattributed statement).
 */
interface ClausePart {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  speaker: "sentence" | Attribution | null;
  /** A second statement of the sentence's speaker that denies ("… and denied that P"): its verb. */
  denial?: string;
}

/** "…, adding that P": a second statement of the same speaker in the sentence's tail. */
const ADDING = /,\s+adding\s+(?:that\s+)?(?=\S)/iu;
/** "X said P and denied that Q", "…, but rejected claims that Q": the same speaker's denial after a statement. */
const AND_DENIED = /,?\s+(?:and|but)\s+(?:also\s+|flatly\s+|strongly\s+)?(?=(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses|disputed|disputes)\b)/iu;
/** "P, while Q", "P, whereas Q": a contrast of two statements. */
const CONTRAST = /,\s+(?:while|whereas)\s+(?=\S)/iu;
/** "While X said P, Q": the contrast fronted; the first comma past P closes it. */
const FRONTED_CONTRAST = /^\s*(?:(?:and|but)\s+)?(?:while|whereas)\s+/iu;
const TAIL_PUNCTUATION = /[\s.!?;:"“”'’»]+$/u;

/**
 * The claims one sentence holds. A contrast sets two statements side by side, each with a figure
 * of its own ("800,000 took part according to the union, while 119,000 were counted by the
 * police"; "while officials said 769 died, a count of national tallies shows at least 999"): each is
 * a claim, the second with its own attribution or none, so that each figure meets the reports that
 * agree with it and those that dispute it. A tail ", adding that P" is a second claim of the same
 * speaker, told outside the first's content (after "he said"), or inside it. Anything else, and a
 * split that would leave a side without a statement, stays one claim. Absolute offsets.
 */
function clauseParts(text: string, s: Span, lead: number, whole: ClausePart, speaker: { start: number; end: number } | null, named: number): ClausePart[] {
  const { contentStart, contentEnd } = whole;
  const hasFigure = (from: number, to: number) => to > from && findQuantities(text, from, to, { ownerOf }).length > 0;
  const enough = (from: number, to: number) => words(text.slice(from, to)).length >= MIN_WORDS;
  // `cut` ends the first side, `from` opens the second's span (its connective, "while …"), `next` its statement.
  const contrast = (cut: number, from: number, next: number): ClausePart[] | null => {
    // The speaker must stand before the cut: "P, while Q, X said" gives both sides to X.
    if ((speaker !== null && speaker.end > cut) || !enough(contentStart, cut) || !enough(next, contentEnd) || !hasFigure(contentStart, cut) || !hasFigure(next, contentEnd)) return null;
    const own = findAttribution(text.slice(next, s.end));
    return [
      { start: s.start, end: cut, contentStart, contentEnd: cut, speaker: "sentence" },
      own?.speaker
        ? { start: from, end: s.end, contentStart: next + own.content.start, contentEnd: next + own.content.end, speaker: own }
        : { start: from, end: s.end, contentStart: next, contentEnd, speaker: null },
    ];
  };
  const body = text.slice(contentStart, contentEnd);
  if (FRONTED_CONTRAST.test(text.slice(s.start + lead, s.end))) {
    for (const m of body.matchAll(/,\s+/g)) {
      const next = contentStart + m.index! + m[0].length;
      const split = contrast(contentStart + m.index!, next, next);
      if (split) return split;
    }
  }
  const medial = CONTRAST.exec(body);
  if (medial) {
    const cut = contentStart + medial.index;
    const split = contrast(cut, cut + medial[0].search(/\p{L}/u), cut + medial[0].length);
    if (split) return split;
  }
  const andDenied = speaker !== null ? AND_DENIED.exec(body) : null;
  if (andDenied) {
    const at = contentStart + andDenied.index;
    const verbAt = at + andDenied[0].length;
    const denial = DENIAL_PATTERN.exec(text.slice(verbAt, contentEnd));
    if (denial && denial.index === 0) {
      const next = verbAt + denial[0].length;
      const end = next + text.slice(next, contentEnd).replace(TAIL_PUNCTUATION, "").length;
      if (enough(contentStart, at) && enough(next, end)) {
        return [
          { ...whole, end: at, contentEnd: at },
          { start: verbAt, end: s.end, contentStart: next, contentEnd: end, speaker: "sentence", denial: denial[0].trim() },
        ];
      }
    }
  }
  const adding = ADDING.exec(text.slice(contentStart, s.end));
  if (adding && speaker !== null) {
    const at = contentStart + adding.index;
    const next = at + adding[0].length;
    const end = next + text.slice(next, at < contentEnd ? contentEnd : s.end).replace(TAIL_PUNCTUATION, "").length;
    const said = text.slice(next, end);
    const first = at < contentEnd ? { ...whole, end: at, contentEnd: at } : { ...whole, end: at };
    const figures = findQuantities(text, next, end, { ownerOf }).length;
    if (enough(first.contentStart, first.contentEnd) && enough(next, end) && checkable(said, figures, stateFeatures(said).length, named, false)) {
      return [first, { start: at + adding[0].search(/\p{L}/u), end: s.end, contentStart: next, contentEnd: end, speaker: "sentence" }];
    }
  }
  return [whole];
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export function extractClaims(doc: Document, sentences: Span[], mentions: MentionCandidate[]): ExtractResult {
  const out: ClaimDraft[] = [];
  const text = doc.text;
  const titleEnd = doc.title && text.startsWith(doc.title) ? doc.title.length : -1;

  let open = false;
  const views: SentenceView[] = sentences.map((span, i) => {
    const sentence = text.slice(span.start, span.end);
    const paragraphStart = i === 0 || text.slice(sentences[i - 1]!.end, span.start).includes("\n");
    // A quote left open at a paragraph's end carries on only if the next paragraph reopens it.
    if (paragraphStart && open && !/^\s*["“«'‘]/.test(sentence)) open = false;
    const quote = quoteState(sentence, open && !(paragraphStart && /^\s*["“«'‘]/.test(sentence)));
    open = quote.endsOpen;
    // A wire dateline ("KYIV, March 15 (Reuters) - ") says where the story was filed, not what happened.
    const lead = DATELINE.exec(sentence)?.[0].length ?? 0;
    return { span, text: sentence, lead, attr: span.cut ? null : findAttribution(sentence.slice(lead)), quote, paragraphStart };
  });
  const bareCache = new Map<number, ReturnType<typeof bareAttribution>>();
  const bare = (j: number) => {
    if (!bareCache.has(j)) bareCache.set(j, views[j]!.span.cut ? null : bareAttribution(views[j]!.text));
    return bareCache.get(j)!;
  };

  const firstProse = views.findIndex((v) => !/^https?:\/\//.test(v.text));
  let lastPerson: MentionCandidate | null = null;
  let figures = 0;
  let figuresCapped = false;
  for (let i = 0; i < views.length; i += 1) {
    const { span: s, text: sentence, lead } = views[i]!;
    const inside = mentionsWithin(mentions, s.start, s.end);
    const remember = () => {
      const person = inside.filter((m) => m.type === "PERSON").pop();
      if (person) lastPerson = person;
    };
    // The title, or when the title came from elsewhere (a URL, a file name), a first paragraph of
    // one unpunctuated line, which is how a stored page keeps its headline.
    const headline = s.end <= titleEnd || (i === firstProse && views[i + 1]?.paragraphStart !== false && !/[.!?]["”’']?$/.test(sentence));
    // A title-case line inside the body is a section label or a byline; the document's own title
    // is a headline, whatever its capitals.
    // A bare attribution ("Smith said.") gives its speaker to the quote beside it and says nothing itself.
    if (notAClaim(sentence) || (!headline && isTitleCase(sentence)) || bare(i)) {
      remember();
      continue;
    }
    let attr = views[i]!.attr;
    // "Relief agency: 14 died in …": a headline's source before its colon, unless that is a place ("Valley: …").
    const sourced = !attr && headline && !views[i]!.span.cut ? headlineAttribution(sentence.slice(lead)) : null;
    if (sourced?.speaker && !inside.some((m) => m.type === "PLACE" && m.start <= s.start + lead + sourced.speaker!.start && m.end >= s.start + lead + sourced.speaker!.end)) attr = sourced;
    let speakerSpan: { start: number; end: number; text: string } | null = attr?.speaker ? shift(attr.speaker, s.start + lead) : null;
    let speakerSentence: Span | undefined;
    let speakerInside = inside;
    let said: { start: number; end: number } | null = null;
    if (!attr) {
      const carried = carriedSpeaker(views, i, bare);
      if (carried) {
        const cv = views[carried.index]!;
        const quoted = quotedSpan(sentence);
        attr = { speaker: null, verb: carried.verb, verbLemma: REPORTING_VERBS.get(carried.verb.toLowerCase()) ?? carried.verb.toLowerCase(), content: quoted, denial: false, counter: false };
        speakerSpan = shift(carried.speaker, cv.span.start);
        speakerSentence = { start: cv.span.start, end: cv.span.end };
        speakerInside = mentionsWithin(mentions, cv.span.start, cv.span.end);
        said = shift(carried.said, cv.span.start);
      }
    }
    const base = attr && !speakerSentence ? s.start + lead : s.start;
    const contentStart = attr ? base + attr.content.start : s.start + lead;
    const contentEnd = attr ? base + attr.content.end : s.end;
    const content = text.slice(contentStart, contentEnd);
    if (isQuestion(sentence) || isQuestion(content) || contentEnd <= contentStart) {
      remember();
      continue;
    }
    const quantities = contentFigures(text, contentStart, contentEnd, attr?.denial ? attr.verb : null);
    const states = stateFeatures(content);
    const named = inside.filter((m) => m.start >= contentStart && m.end <= contentEnd).length;
    // Attributed content is a claim by its speaker; on its own a sentence must be checkable. The
    // writer's own "I think", "we believe" outside quotes is an opinion however it is phrased.
    const ownOpinion = !speakerSentence && !views[i]!.quote.startsQuoted && FIRST_PERSON_OPINION.test(sentence.slice(lead));
    const keep = ownOpinion
      ? quantities.length > 0
      : speakerSpan && attr !== sourced
        ? words(content).length >= MIN_WORDS - 1
        : checkable(content, quantities.length, states.length, named, headline);
    if (!keep) {
      remember();
      continue;
    }
    const speakerMention: MentionCandidate | null = speakerSpan ? speakerEntity(text, speakerSpan, speakerInside, lastPerson, said ?? { start: contentStart, end: contentEnd }) : null;
    const whole: ClausePart = { start: s.start, end: s.end, contentStart, contentEnd, speaker: "sentence" };
    const parts = speakerSentence ? [whole] : clauseParts(text, s, lead, whole, speakerSpan, named);
    for (const part of parts) {
      const split = parts.length > 1;
      const own = part.speaker === "sentence";
      const partAttr = typeof part.speaker === "object" ? part.speaker : null;
      const partContent = split ? text.slice(part.contentStart, part.contentEnd) : content;
      let partFigures = split ? contentFigures(text, part.contentStart, part.contentEnd, part.denial ?? (part === parts[0] && attr?.denial ? attr.verb : null)) : quantities;
      if (partFigures.length >= MAX_FIGURES_PER_SPAN) figuresCapped = true;
      if (figures + partFigures.length > MAX_DOCUMENT_FIGURES) {
        figuresCapped = true;
        partFigures = partFigures.slice(0, Math.max(0, MAX_DOCUMENT_FIGURES - figures));
      }
      figures += partFigures.length;
      const partSpeaker = own ? speakerSpan : partAttr?.speaker ? shift(partAttr.speaker, part.start) : null;
      const partMention = own ? speakerMention : partSpeaker ? speakerEntity(text, partSpeaker, inside, lastPerson, { start: part.contentStart, end: part.contentEnd }) : null;
      // The clause after "adding that" is the speaker's own statement, not what a denial verb denies.
      const partDenial = part.denial !== undefined || (part === parts[0] ? (attr?.denial ?? false) : (partAttr?.denial ?? false));
      const lowerWords = partContent.toLowerCase().split(/[^\p{L}']+/u);
      const hedges = [...new Set(lowerWords.filter((w) => HEDGES.has(w)))].sort();
      const negated = lowerWords.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
      out.push({
        documentId: doc.id,
        start: part.start,
        end: part.end,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        contentStart: part.contentStart,
        contentEnd: part.contentEnd,
        content: partContent,
        speakerText: partSpeaker?.text ?? null,
        speakerMention: partMention,
        verb: part.denial ?? (own ? (attr?.verb ?? null) : (partAttr?.verb ?? null)),
        denial: partDenial,
        counter: part === parts[0] ? (attr?.counter ?? false) : (partAttr?.counter ?? false),
        polarity: partDenial !== negated ? "negative" : "positive",
        hedges,
        quantities: partFigures,
        states: split ? stateFeatures(partContent) : states,
        time: claimTime(sentence, doc.published),
        mentions: inside,
        ...(speakerSentence ? { speakerSentence } : {}),
        ...(split ? { frameStart: Math.min(contentStart, part.contentStart) } : {}),
      });
    }
    // "he said" goes to the last one quoted before others named in passing: a named speaker
    // counts whatever its type guess, unless it is an organisation or a place.
    const namedSpeaker: MentionCandidate | null = speakerMention && speakerMention.type !== "ORG" && speakerMention.type !== "PLACE" ? speakerMention : null;
    const person: MentionCandidate | undefined = namedSpeaker ?? inside.filter((m) => m.type === "PERSON").pop();
    if (person) lastPerson = person;
  }
  return { drafts: out, figuresCapped };
}

/** The quoted words of a sentence that is (part of) a direct quote, without the marks; relative offsets. */
function quotedSpan(sentence: string): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  while (start < end && /[\s"“”«»'‘]/.test(sentence[start]!)) start += 1;
  const close = sentence.slice(start).search(/["”»]|['’](?!\p{L})/u);
  if (close > 0) end = start + close;
  while (end > start && /[\s,.;:!"“”«»'’]/.test(sentence[end - 1]!)) end -= 1;
  return { start, end };
}

/** The figures of a content span, with the zero a denial states ("denied that anyone was hurt") when `denialVerb` is given. */
function contentFigures(text: string, from: number, to: number, denialVerb: string | null): Quantity[] {
  const out = findQuantities(text, from, to, { ownerOf });
  const zero = denialVerb ? deniedCount(text, from, to, denialVerb) : null;
  if (zero) out.push(zero);
  return out;
}

/**
 * "X denied that anyone had been detained": the denier says the count is zero. The figure's text
 * runs from the denial verb, so a reader sees who said zero and how.
 */
function deniedCount(text: string, contentStart: number, contentEnd: number, verb: string): Quantity | null {
  const m = /^(?:anyone|anybody|any\s+\p{L}+)\s+(?:was|were|had been|has been|have been|got)\s+(\p{L}+)/iu.exec(text.slice(contentStart, contentEnd));
  const measure = m ? measureGroupOf(m[1]!) : null;
  if (!m || !measure || !EVENT_MEASURES.has(measure)) return null;
  const at = text.lastIndexOf(verb, contentStart);
  const start = at >= 0 && contentStart - at <= verb.length + 2 ? at : contentStart;
  const end = contentStart + m[0].length;
  return { text: text.slice(start, end), start, end, low: 0, high: 0, qualifier: "exact", measure, owner: null, unit: null };
}

export function ownerOf(word: string): string | null {
  const c = countryByDemonym(word) ?? countryByName(word);
  return c ? c.name : null;
}

/**
 * The entity behind the speaker words: a named person or organisation inside them, an organisation
 * phrase ("Russia's defense ministry", "Ukraine's general staff"), or, for "he" and "the expert",
 * a person named before. `inside` are the mentions of the sentence the speaker stands in and
 * `said` the span of what that sentence quotes (absolute offsets).
 */
function speakerEntity(
  text: string,
  span: { start: number; end: number },
  inside: MentionCandidate[],
  lastPerson: MentionCandidate | null,
  said: { start: number; end: number },
): MentionCandidate | null {
  const words = text.slice(span.start, span.end);
  // "But Osei has kept boasting, as he warned…": for a pronoun, a name earlier in the same sentence,
  // outside what is said (a name inside a quote is someone spoken of), comes first. "The expert"
  // points back to one introduced before, not to whoever the sentence names.
  if (/^(?:he|she)$/i.test(words.trim())) {
    const before = inside.filter((m) => m.end <= span.start && (m.end <= said.start || m.start >= said.end) && (m.type === "PERSON" || m.type === "OTHER") && !m.country);
    return before.pop() ?? lastPerson;
  }
  if (REFERRING.test(words.trim())) return lastPerson;
  const within = inside.filter((m) => m.start >= span.start && m.end <= span.end);
  const headWord = /([\p{L}-]+)\s*$/u.exec(words)?.[1]?.toLowerCase() ?? "";
  const lowerHead = /^\p{Ll}/u.test(/([\p{L}-]+)\s*$/u.exec(words)?.[1] ?? "");
  // "Russia's defense ministry": a name that modifies a lower-case organisation head.
  if (lowerHead && (ORG_HEADS.has(headWord) || ROLE_NOUNS.has(headWord)) && within.length > 0) {
    const first = within[0]!;
    const phrase = text.slice(first.start, span.end);
    if (/['’]s\s|^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(phrase) || first.country) {
      if (["analysts", "experts", "observers", "officials", "sources", "residents", "critics", "witnesses"].includes(headWord)) return null;
      return { start: first.start, end: span.end, text: phrase, type: "ORG", typeConfidence: 0.8, country: null, title: null };
    }
  }
  const named = within.filter((m) => m.type === "PERSON" || m.type === "ORG");
  if (named.length > 0) return named[named.length - 1]!;
  if (within.length > 0) return within[within.length - 1]!;
  return null;
}

const MONTH_PHRASE = new RegExp(
  `\\b(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Aa]s of|[Ee]arly|[Ll]ate|[Mm]id)\\s+)*(${[...MONTHS].map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|")})(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`,
);

/** The time a claim is about: an explicit month or day in it, resolved against the publication date. */
export function claimTime(sentence: string, published: string | null): { text: string; date: string } | null {
  // Month names are capitalised in English prose: "joined the march" names no month.
  const m = MONTH_PHRASE.exec(sentence);
  if (!m) return null;
  const month = monthIndex(m[1]!);
  if (m[1]!.toLowerCase() === "may" && !m[2] && !m[3]) return null;
  let year = m[3] ? Number(m[3]) : null;
  if (year === null && published) {
    const py = Number(published.slice(0, 4));
    const pm = published.length >= 7 ? Number(published.slice(5, 7)) : 12;
    year = month > pm ? py - 1 : py;
  }
  if (year === null) return null;
  const date = m[2] ? `${year}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}` : `${year}-${String(month).padStart(2, "0")}`;
  return { text: m[0].trim(), date };
}

const WEEKDAY = /\b(?:on|last|late\s+on|early\s+on|since)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * "on Thursday" in a story published on a known day: the latest Thursday on or before it (a news
 * story tells what happened in the days before it went out). Null without a full publication date.
 * Not a claim's time: a weekday dates the report as often as the event ("Trump on Thursday
 * rejected the toll"), so only a rule that finds it beside its cue reads it.
 */
export function weekdayTime(sentence: string, published: string | null): { text: string; date: string } | null {
  const m = WEEKDAY.exec(sentence);
  if (!m || !published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const day = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  const back = (day.getUTCDay() - WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) + 7) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return { text: m[0], date: day.toISOString().slice(0, 10) };
}
