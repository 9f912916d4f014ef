/*
 * Sentence boundaries with exact offsets. Paragraph breaks always end a sentence; inside a paragraph
 * a terminator ends one when an upper-case letter, digit or quote follows, unless the word before it
 * is an abbreviation or an initial. Pasted text often loses the space after a full stop
 * ("says.The"), so a lower-case letter, full stop, upper-case letter also ends one. A run longer
 * than MAX_SENTENCE_CHARS (a table or transcript with no full stops) is cut into pieces so that
 * every later stage works on bounded input; the pieces are marked.
 */

export interface Span {
  start: number;
  end: number;
  /** Set on the pieces of a run that was longer than MAX_SENTENCE_CHARS. */
  cut?: boolean;
}

/**
 * Real news sentences stay far below this (a 120-word sentence is about 800 characters); the
 * claim and attribution stages scan a sentence more than once, so a limit keeps their cost linear.
 */
export const MAX_SENTENCE_CHARS = 2000;

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st",
  "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "approx", "dept", "est", "fig", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "pres",
]);

const CLOSERS = "\"'”’)»]";

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const paragraphs = /[^\n]+/g;
  let para: RegExpExecArray | null;
  while ((para = paragraphs.exec(text)) !== null) {
    // One pass over the paragraph for glued headings, then each piece on its own: a paragraph
    // with thousands of glued words costs no more than one with none.
    let from = para.index;
    for (const cut of para[0].matchAll(GLUED)) {
      splitParagraph(text, from, para.index + cut.index, spans);
      from = para.index + cut.index;
    }
    splitParagraph(text, from, para.index + para[0].length, spans);
  }
  return spans;
}

// Headings glued to the next sentence when markup was stripped ("SignificanceFrom the"): a word
// whose tail is a capitalised function word.
const GLUED = /(?<=\p{Ll}{3})(?=(?:From|Now|The|In|On|At|With|As|After|For|But|While|When|This|That|It|With|Since|Despite|According|Meanwhile|However)\b)/gu;

function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  let start = skipSpace(text, from, to);
  for (let i = from; i < to; i += 1) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < to && (text[end] === "." || text[end] === "!" || text[end] === "?")) end += 1;
    while (end < to && CLOSERS.includes(text[end]!)) end += 1;
    const next = text[end];
    if (next === undefined || end >= to) break;
    const spaced = /\s/.test(next);
    const after = spaced ? skipSpace(text, end, to) : end;
    const follower = text[after];
    if (follower === undefined) break;
    const startsSentence = /[\p{Lu}\d"'“‘«(]/u.test(follower);
    if (!startsSentence) continue;
    if (!spaced) {
      // Glued sentences: "says.The" splits, "U.S.", "3.5" and "sputnikglobe.com" do not.
      if (!(ch === "." && /\p{Ll}{2}$/u.test(text.slice(Math.max(from, i - 2), i)) && /\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2)))) continue;
    }
    if (ch === "." && isAbbreviation(text, from, i)) continue;
    pushTrimmed(text, start, end, out);
    start = after;
    i = after - 1;
  }
  pushTrimmed(text, start, to, out);
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, dot - 12), dot));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("David J. Betz"), and so is a run of them ("the
  // Harvard T.H. Chan School", "J.R.R. Tolkien").
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(m[1]!);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i += 1;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  if (end - start > MAX_SENTENCE_CHARS) {
    pushPieces(text, start, end, out);
    return;
  }
  if (end > start) out.push({ start, end });
}

/**
 * Cuts an overlong run at the last clause break (";", ",", a dash) before the limit, else at the
 * last space, else hard at the limit: a piece then reads as a clause wherever the text allows.
 */
function pushPieces(text: string, start: number, end: number, out: Span[]): void {
  let at = start;
  while (at < end) {
    while (at < end && /\s/.test(text[at]!)) at += 1;
    if (at >= end) break;
    let stop = Math.min(end, at + MAX_SENTENCE_CHARS);
    if (stop < end) {
      const window = text.slice(at + (MAX_SENTENCE_CHARS >> 1), stop);
      const clause = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "), window.lastIndexOf(" – "), window.lastIndexOf(" — "));
      const space = window.lastIndexOf(" ");
      const cut = clause >= 0 ? clause + 1 : space;
      if (cut >= 0) stop = at + (MAX_SENTENCE_CHARS >> 1) + cut;
    }
    let e = stop;
    while (e > at && /\s/.test(text[e - 1]!)) e -= 1;
    if (e > at) out.push({ start: at, end: e, cut: true });
    at = stop;
  }
}
