/*
 * A claim's short label for the graph: who says it and its key figure or verb ("Port authority:
 * 3 cranes", "Union: denies strike ended"), from the fields the server sends with each claim node
 * (speaker, verb, content, first figure). The full text stays in `fullLabel` for hover and the
 * detail panel.
 */

import { shorten } from "./style";

export interface ClaimLabelFields {
  text: string;
  speaker?: unknown;
  verb?: unknown;
  content?: unknown;
  /** The first figure as written ("over 4,500") and its unit or measure ("km", "casualties"). */
  figure?: unknown;
  figureUnit?: unknown;
}

/** Labels longer than this are cut with an ellipsis: a label is read at a glance, beside others. */
export const SHORT_LABEL_MAX = 56;
/** A claim without speaker, verb or figure shows its first words, cut here as claim labels always were. */
const TEXT_MAX = 50;
/** A speaker phrase longer than this keeps its trailing name ("political analyst Ann Roe" → "Ann Roe"). */
const SPEAKER_MAX = 26;
/** Content words kept after the verb. */
const KEY_WORDS = 3;

/** Speakers that name no one on their own: the label says what, not "he". */
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"]);
/** Words that carry no meaning in three words of summary; negations are kept on purpose. */
const STOPWORDS = new Set(
  "a an the and or but of in on at to for from by with as that this these those is are was were be been being has have had will would could should may might its their his her our your it he she they we there here also then than so such which who whom what when where while about into over after before".split(" "),
);
/** Reporting verbs that deny: the label says "denies" rather than the verb's own words. */
const DENIALS = /^(den(y|ies|ied)|reject(s|ed)?|refut(e|es|ed)|dismiss(es|ed)?|disput(e|es|ed))\b/i;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The speaker as a label shows it: no leading "the", a long descriptive phrase cut to its name. */
export function shortSpeaker(raw: unknown): string | null {
  const s = str(raw)?.replace(/^the\s+/i, "");
  if (!s || PRONOUNS.has(s.toLowerCase())) return null;
  if (s.length <= SPEAKER_MAX) return capitalise(s);
  // A name comes last in "political scientist Ann Roe": keep the trailing capitalised words.
  const words = s.split(/\s+/);
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) i -= 1;
  const name = words.slice(i).join(" ");
  return capitalise(name && name.length <= SPEAKER_MAX ? name : shorten(s, SPEAKER_MAX));
}

/** The first content words that carry meaning, lower-cased except names. */
export function keyWords(content: string, n = KEY_WORDS): string[] {
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w.toLowerCase())).slice(0, n);
}

/** What the claim states, in a few words: its figure, else its verb and key words, else its first words. */
function gist(c: ClaimLabelFields): string {
  const figure = str(c.figure);
  if (figure) {
    const unit = str(c.figureUnit);
    return unit ? `${figure} ${unit}` : figure;
  }
  const content = str(c.content) ?? c.text;
  const verb = str(c.verb);
  if (verb) {
    const head = DENIALS.test(verb) ? "denies" : verb.split(/\s+/)[0]!;
    return [head, ...keyWords(content)].join(" ");
  }
  return keyWords(content, KEY_WORDS + 2).join(" ") || content;
}

export function shortLabel(c: ClaimLabelFields): string {
  const speaker = shortSpeaker(c.speaker);
  const hasFields = speaker !== null || str(c.figure) !== null || str(c.verb) !== null;
  if (!hasFields) return shorten(str(c.content) ?? c.text, TEXT_MAX);
  const what = gist(c);
  return shorten(speaker ? `${speaker}: ${what}` : capitalise(what), SHORT_LABEL_MAX);
}
