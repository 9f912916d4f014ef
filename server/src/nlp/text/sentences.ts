/*
 * Sentence boundaries with exact offsets. Paragraph breaks always end a sentence; inside a paragraph
 * a terminator ends one when an upper-case letter, digit or quote follows, unless the word before it
 * is an abbreviation or an initial. Pasted text often loses the space after a full stop
 * ("says.The"), so a lower-case letter, full stop, upper-case letter also ends one.
 */

export interface Span {
  start: number;
  end: number;
}

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
    splitParagraph(text, para.index, para.index + para[0].length, spans);
  }
  return spans;
}

// Headings glued to the next sentence when markup was stripped ("SignificanceFrom the"): a word
// whose tail is a capitalised function word.
const GLUED = /(?<=\p{Ll}{3})(?=(?:From|Now|The|In|On|At|With|As|After|For|But|While|When|This|That|It|With|Since|Despite|According|Meanwhile|However)\b)/gu;

function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  const segment = text.slice(from, to);
  GLUED.lastIndex = 0;
  const cut = GLUED.exec(segment);
  if (cut) {
    splitParagraph(text, from, from + cut.index, out);
    splitParagraph(text, from + cut.index, to, out);
    return;
  }
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
  // A single capital letter is an initial ("David J. Betz").
  return /^\p{Lu}$/u.test(m[1]!);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i += 1;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  if (end > start) out.push({ start, end });
}
