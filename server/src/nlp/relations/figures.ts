/*
 * What the words around a figure say: what is counted ("2,000 civilians"), what happened to it
 * ("went missing"), over which period, whether it is a part, a change or a share of something. Two
 * figures are comparable only when these agree; the numeric rule asks them.
 */

import type { Claim, Quantity } from "../../../../graph-schema";
import { EVENT_MEASURES, isMeasureWord, measureGroupOf, wordBeforeFigure } from "../claims/quantities";
import { prefixStem, STOPWORDS } from "../resources/lexicon";
import { memo } from "./memo";
import type { RelClaim } from "./rule";
import { claimWords } from "./words";

const PREDICATES = new WeakMap<Quantity, Set<string>>();
const COUNTED = new WeakMap<Quantity, string | null>();
const PARTIALS = new WeakMap<Quantity, boolean>();
const PERIODS = new WeakMap<Quantity, string | null>();
const PERCENT_WINDOWS = new WeakMap<Quantity, Set<string>>();

/** Generic nouns that any more specific count can be read as. */
const GENERIC_COUNTED = new Set(["people", "person", "peopl", "total", "figure", "number"]);

/** Words around a share that do not say what it is a share of. */
const PERCENT_GENERIC = new Set(["percent", "cent", "figure", "official", "about", "around", "nearly", "almost", "more", "less", "than", "least", "just", "only", "some", "roughly", "reached", "stood", "put", "said", "says"]);

/** Killed and wounded are both casualties, but a count of one does not contradict a count of the other. */
const DEAD = /\b(?:dead|deaths?|killed|died|fatalities|lives|bodies)\b/i;
const HURT = /\b(?:injured|wounded|hurt)\b/i;

/**
 * The period a figure covers, when its own clause names one: "killed 13,000 in the years since
 * 2009", "2,000 killed this year", "$15 a month".
 */
const PERIOD = /\b(?:[Ss]ince\s+(?:\d{4}|\p{Lu}\p{Ll}+|the\s+\p{L}+)|(?:this|last|next)\s+(?:year|month|week|decade|spring|summer|autumn|fall|winter)|in\s+the\s+(?:past|last)\s+(?:\p{L}+\s+)?(?:years?|months?|weeks?|days?|decades?)|(?:a|per)\s+(?:year|month|week|day))\b/gu;

/**
 * The words around a figure that say what happened to the thing counted ("went missing",
 * "were seized", "deployed"), as crude stems. Two counts of students are comparable only when
 * they share one: 43 who went missing and 30 taken away in cars are different propositions.
 */
function predicateStems(c: Claim, q: Quantity): Set<string> {
  return memo(PREDICATES, q, () => {
    const rel = (x: number) => x - c.start;
    const before = c.text.slice(Math.max(0, rel(q.start) - 60), rel(q.start)).split(/[^\p{L}]+/u).filter(Boolean).slice(-4);
    const after = c.text.slice(rel(q.end), rel(q.end) + 80).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 6);
    const out = new Set<string>();
    for (const w of [...before, ...after]) {
      const lw = w.toLowerCase();
      if (lw.length < 3 || STOPWORDS.has(lw) || isMeasureWord(lw) || /^\p{Lu}/u.test(w)) continue;
      out.add(prefixStem(lw));
    }
    return out;
  });
}

/**
 * The noun counted by a figure: "2,000 civilians" → "civilian"; "107 Boko Haram militants" →
 * "militant" (a name modifying a noun); "40,000 Yazidis who fled" → "yazidi" (the name is the noun).
 */
function countedNoun(c: Claim, q: Quantity): string | null {
  return memo(COUNTED, q, () => {
    const words = c.text.slice(q.end - c.start, q.end - c.start + 60).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 5);
    let i = 0;
    while (i < words.length && /^(more|other|additional|new|suspected|alleged|armed|unarmed|innocent)$/i.test(words[i]!)) i += 1;
    const capStart = i;
    while (i < words.length && /^\p{Lu}/u.test(words[i]!)) i += 1;
    const next = words[i]?.toLowerCase();
    const singular = (w: string) => w.toLowerCase().replace(/s$/, "");
    if (next && !STOPWORDS.has(next) && !(i > capStart && measureGroupOf(next) !== null && EVENT_MEASURES.has(measureGroupOf(next)!))) return singular(next);
    return i > capStart ? singular(words[i - 1]!) : null;
  });
}

function harmKind(c: Claim, q: Quantity): "dead" | "hurt" | "either" {
  // The first harm word after the figure decides: "12,282 people killed and 23,126 wounded".
  const near = c.text.slice(q.end - c.start, q.end - c.start + 30);
  const dead = DEAD.exec(near)?.index ?? Infinity;
  const hurt = HURT.exec(near)?.index ?? Infinity;
  if (/^\s*dead\s+(?:and|or)\s+(?:injured|wounded)/i.test(near)) return "either";
  if (dead !== hurt) return dead < hurt ? "dead" : "hurt";
  // No harm word after the figure: the verb before it ("has killed around 100,000 people").
  const verb = wordBeforeFigure(c.text.slice(0, q.start - c.start)) ?? "";
  return DEAD.test(verb) ? "dead" : HURT.test(verb) ? "hurt" : "either";
}

/** The two figures count one kind of thing (a generic noun matches any) and, for casualties, one kind of harm. */
export function sameCounted(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  const na = countedNoun(a.claim, p);
  const nb = countedNoun(b.claim, q);
  const generic = (n: string) => GENERIC_COUNTED.has(n) || [n, `${n}s`].some((w) => EVENT_MEASURES.has(measureGroupOf(w) ?? ""));
  if (na && nb && na !== nb && !generic(na) && !generic(nb)) return false;
  if (p.measure === "casualties") {
    const ka = harmKind(a.claim, p);
    const kb = harmKind(b.claim, q);
    if (ka !== "either" && kb !== "either" && ka !== kb) return false;
  }
  return true;
}

/** Counts that name their event need no more; others need two shared words of what happened. */
export function samePredicate(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  if (p.measure !== null && EVENT_MEASURES.has(p.measure)) return true;
  const own = new Set([countedNoun(a.claim, p), countedNoun(b.claim, q)].filter((n): n is string => n !== null).map(prefixStem));
  const sp = predicateStems(a.claim, p);
  let shared = 0;
  for (const w of predicateStems(b.claim, q)) if (sp.has(w) && !own.has(w)) shared += 1;
  return shared >= 2;
}

/** The words a share stands among: five before it, four after ("won 54 percent of the vote"). */
function percentWindow(c: Claim, q: Quantity): Set<string> {
  return memo(PERCENT_WINDOWS, q, () => {
    const rel = (x: number) => x - c.start;
    const before = c.text.slice(Math.max(0, rel(q.start) - 60), rel(q.start)).split(/[^\p{L}]+/u).filter(Boolean).slice(-5);
    const after = c.text.slice(rel(q.end), rel(q.end) + 50).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 4);
    return new Set([...before, ...after].map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !PERCENT_GENERIC.has(w)));
  });
}

/** How many words of what they measure ("turnout", "national unity") stand by both shares. */
export function sharePercentOf(a: Claim, p: Quantity, b: Claim, q: Quantity): number {
  const wb = percentWindow(b, q);
  let n = 0;
  for (const w of percentWindow(a, p)) if (wb.has(w)) n += 1;
  return n;
}

/** A change, not a level: "rose 5 percent", "up by 3%", "a 10 percent drop", "AMZN -1.98%". */
export function isChange(c: Claim, q: Quantity): boolean {
  const before = c.text.slice(Math.max(0, q.start - c.start - 30), q.start - c.start);
  const after = c.text.slice(q.end - c.start, q.end - c.start + 25);
  return (
    /[-+−]\s*$/.test(before) ||
    /\b(?:by|up|down|rose|rise|rises|fell|falls|increased|decreased|grew|dropped|gained|lost|jumped|slipped|climbed|cut|raised|lowered|plunged|soared)\s+$/i.test(before) ||
    /^\s*(?:percent|per cent|%)?\s*(?:increase|rise|drop|decline|growth|fall|cut|jump|gain|loss|hike|reduction)\b/i.test(after)
  );
}

/**
 * A figure that is part of another or added to it: "30 people, including 22 police", "14 more
 * officers were arrested", "among them two journalists". Not a total that another total can contradict.
 */
export function isPartial(c: Claim, q: Quantity): boolean {
  return memo(PARTIALS, q, () => {
    const before = c.text.slice(Math.max(0, q.start - c.start - 25), q.start - c.start);
    const after = c.text.slice(q.end - c.start, q.end - c.start + 25);
    return /\b(?:including|among|among\s+them|among\s+whom|of\s+whom|of\s+them|another|a\s+further|an\s+additional|adding\s+to(?:\s+the)?|on\s+top\s+of(?:\s+the)?|in\s+addition\s+to(?:\s+the)?)\s+$/i.test(before) || /^\s+(?:more|additional|further|other|new)\b/i.test(after) || /^\s+of\s+(?:them|whom|those)\b/i.test(after);
  });
}

/** The period closest to the figure wins: after it first ("2,000 killed this year"), then before it. */
function periodOf(c: Claim, q: Quantity): string | null {
  return memo(PERIODS, q, () => {
    const from = Math.max(0, q.start - c.start - 40);
    const window = c.text.slice(from, q.end - c.start + 60);
    const at = q.start - c.start - from;
    const end = q.end - c.start - from;
    let best: { text: string; d: number } | null = null;
    for (const m of window.matchAll(PERIOD)) {
      const d = m.index! >= end ? m.index! - end : 1000 + at - (m.index! + m[0].length);
      if (!best || d < best.d) best = { text: m[0].toLowerCase().replace(/\s+/g, " ").replace(/^a /, "per ").replace(/^since the .*/, "since"), d };
    }
    return best?.text ?? null;
  });
}

/** Both figures name the period they cover, and the periods differ: two measurements. */
export function periodsDiffer(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  const x = periodOf(a.claim, p);
  const y = periodOf(b.claim, q);
  return x !== null && y !== null && x !== y;
}

/** Content words two claims share beyond figures, measure and event words: what a weak (topic-only) comparison rests on. */
export function sharesProposition(a: RelClaim, b: RelClaim): boolean {
  const wb = claimWords(b);
  for (const w of claimWords(a)) if (wb.has(w) && !/^\d/.test(w) && !GENERIC_COUNTED.has(w) && ![w, `${w}s`, `${w}ed`, `${w}d`].some(isMeasureWord)) return true;
  return false;
}
