/*
 * Claims from one document: each attributed sentence, and each unattributed sentence that reports a
 * figure or a change of state, becomes a claim with its speaker words, reporting verb, content,
 * polarity, hedges, quantities and the time it is about. Speaker words are resolved to entities
 * later, across documents; pronouns and "the expert" go to the last named speaker here.
 */

import type { Document, Quantity } from "../../../../graph-schema";
import { monthIndex } from "../documents/metadata";
import { countryByDemonym, countryByName } from "../resources/countries";
import { HEDGES, MONTHS, NEGATIONS, ORG_HEADS, ROLE_NOUNS } from "../resources/lexicon";
import { isTitleCase, type MentionCandidate } from "../text/mentions";
import type { Span } from "../text/sentences";
import { findAttribution } from "./attribution";
import { looksLikeCode } from "../documents/clean";
import { EVENT_MEASURES, findQuantities, measureGroupOf } from "./quantities";
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
}

const REFERRING = /^(?:the\s+)?(?:expert|observer|analyst|political scientist|scientist|professor|official|spokesman|spokeswoman|author|head of state|president|minister|general|commander|he|she)$/i;
const MIN_WORDS = 6;
/**
 * A wire dateline at the start of a story's first sentence: a place in capitals, optionally a
 * region or date, optionally the agency in brackets, then a dash ("LONDON (Reuters) - ",
 * "KYIV, Ukraine (AP) — ", "PORT SELIN, March 15 (Coastline Wire) - ").
 */
const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}?[\p{L}.]*)?(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,40}\))?\s*[-–—]{1,2}\s+/u;

export function extractClaims(doc: Document, sentences: Span[], mentions: MentionCandidate[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  let lastPerson: MentionCandidate | null = null;
  const text = doc.text;
  const titleEnd = doc.title && text.startsWith(doc.title) ? doc.title.length : -1;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const words = sentence.split(/\s+/).filter(Boolean).length;
    if (s.end <= titleEnd || /^https?:\/\//.test(sentence) || words < MIN_WORDS || /\?\s*["”]?$/.test(sentence) || looksLikeCode(sentence) || isTitleCase(sentence)) {
      const person = inside.filter((m) => m.type === "PERSON").pop();
      if (person) lastPerson = person;
      continue;
    }
    // A wire dateline ("KYIV, March 15 (Reuters) - ") says where the story was filed, not what happened.
    const lead = DATELINE.exec(sentence)?.[0].length ?? 0;
    const attr = findAttribution(sentence.slice(lead));
    let speakerText: string | null = null;
    let speakerMention: MentionCandidate | null = null;
    let contentStart = s.start + lead;
    let contentEnd = s.end;
    if (attr) {
      contentStart = s.start + lead + attr.content.start;
      contentEnd = s.start + lead + attr.content.end;
      if (attr.speaker) {
        speakerText = attr.speaker.text;
        const abs = { start: s.start + lead + attr.speaker.start, end: s.start + lead + attr.speaker.end };
        speakerMention = speakerEntity(text, abs, inside, lastPerson);
      }
    }
    const content = text.slice(contentStart, contentEnd);
    const quantities = findQuantities(text, contentStart, contentEnd, { ownerOf });
    if (attr?.denial) {
      const zero = deniedCount(text, contentStart, contentEnd, attr.verb);
      if (zero) quantities.push(zero);
    }
    const states = stateFeatures(content);
    if (!attr && quantities.length === 0 && states.length === 0) {
      const person = inside.filter((m) => m.type === "PERSON").pop();
      if (person) lastPerson = person;
      continue;
    }
    const lowerWords = content.toLowerCase().split(/[^\p{L}']+/u);
    const hedges = [...new Set(lowerWords.filter((w) => HEDGES.has(w)))].sort();
    const negated = lowerWords.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
    out.push({
      documentId: doc.id,
      start: s.start,
      end: s.end,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      contentStart,
      contentEnd,
      content,
      speakerText,
      speakerMention,
      verb: attr?.verb ?? null,
      denial: attr?.denial ?? false,
      counter: attr?.counter ?? false,
      polarity: (attr?.denial ?? false) !== negated ? "negative" : "positive",
      hedges,
      quantities,
      states,
      time: claimTime(sentence, doc.published),
      mentions: inside,
    });
    const person = speakerMention?.type === "PERSON" ? speakerMention : inside.filter((m) => m.type === "PERSON").pop();
    if (person) lastPerson = person;
  }
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
 * the last person named before.
 */
function speakerEntity(
  text: string,
  span: { start: number; end: number },
  inside: MentionCandidate[],
  lastPerson: MentionCandidate | null,
): MentionCandidate | null {
  const words = text.slice(span.start, span.end);
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
