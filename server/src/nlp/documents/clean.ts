/*
 * Boilerplate out, article in: removes lines that are page furniture (comment forms, emoticon rows,
 * visitor counters, "Text Size", share prompts, bare counters) and normalises whitespace so that
 * every later offset points into this cleaned text. Decisions are per line and never split a line.
 */

// Widget and prompt lines found across news sites; matched on the whole trimmed line.
const FURNITURE_LINES: RegExp[] = [
  /^\d[\d\s,.]*\s+(visitors?|users?|readers?)\s+(online|now)\b.*$/i,
  /^(text|font)\s+size:?$/i,
  /^(add|leave|post|write)\s+(a\s+)?(comment|reply)s?\.?$/i,
  /^(comments?|\d+\s+comments?|show comments|load more comments)$/i,
  /^enter the (correct )?(answer|code|captcha).*$/i,
  /^(share|share this|share on \w+|print|email|tweet|subscribe|sign up|log ?in|read more|read also|see also|advertisement|ad)\s*:?$/i,
  /^[-–•*]\s*(news|home|main)$/i,
  /^(photo|фото|image|illustration|video)\b[^.!?]{0,40}$/i,
  /^[\d\s]+$/,
];

// Emoticon tokens as comment widgets print them: ":D", ":lol:", ":-)", "8)".
const EMOTICON = /^(:[a-z?]+:|[:;8][-']?[()dpo*|x?]|:[a-z]+|[:;]-?[a-z])$/i;

export interface CleanResult {
  text: string;
  removed: string[];
}

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (FURNITURE_LINES.some((re) => re.test(t))) return true;
  if (looksLikeCode(t)) return true;
  const tokens = t.split(/\s+/);
  const emoticons = tokens.filter((tok) => EMOTICON.test(tok)).length;
  return tokens.length >= 3 && emoticons / tokens.length >= 0.6;
}

/**
 * Script text pasted into article bodies ("BF_STATIC.timequeue.push(function () {…});"): braces,
 * semicolons and call syntax far denser than prose ever has.
 */
export function looksLikeCode(line: string): boolean {
  // Script syntax only; markup in running text ("<b>") is left for the reader to see as text.
  const syntax = (line.match(/[{};]|\(\)|=>|\w\.\w+\(/g) ?? []).length;
  return line.length >= 20 && syntax >= 4 && syntax / line.split(/\s+/).length > 0.3;
}

export function cleanText(raw: string): CleanResult {
  const removed: string[] = [];
  const kept: string[] = [];
  const lines = raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split("\n");
  for (const line of lines) {
    if (isFurnitureLine(line)) {
      removed.push(line.trim());
      continue;
    }
    kept.push(line.replace(/[ \t\f\v]+/g, " ").trim());
  }
  const text = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text, removed };
}
