/*
 * Quantities as intervals with their qualifier and the thing counted: "over 4,500 dead and injured"
 * is [4500, ∞) of casualties, "300-400 troops" is [300, 400] of troops, "roughly 2,000"
 * is 2000 ± 10%. Years, dates, times and ordinals are not quantities.
 */

import type { Quantity } from "../../../../graph-schema";
import { MONTH_WORDS, STOPWORDS, WEEKDAYS } from "../resources/lexicon";

// The measured thing, grouped so that "killed and wounded" meets "casualties". General news usage.
const MEASURE_GROUPS: Record<string, string[]> = {
  casualties: ["casualties", "casualty", "dead", "deaths", "killed", "injured", "wounded", "losses", "loss", "fatalities", "lives", "toll", "died"],
  displaced: ["evacuated", "evacuees", "fled", "displaced", "refugees", "evacuation", "homeless"],
  troops: ["troops", "soldiers", "servicemen", "personnel", "fighters", "forces", "service members", "men", "reinforcements"],
  prisoners: ["captured", "prisoners", "pows", "detained", "captives", "arrested", "arrests", "detentions", "detainees", "jailed"],
  // Crowds: who took part in a march or rally, and the verbs that say so right after a count.
  participants: ["protesters", "protestors", "demonstrators", "participants", "marchers", "attendees", "turnout", "attended", "marched", "rallied", "protested", "demonstrated", "gathered"],
  area: ["square kilometers", "square kilometres", "sq km", "km2", "square miles", "hectares", "acres"],
  distance: ["km", "kilometers", "kilometres", "miles", "meters", "metres"],
  settlements: ["settlements", "villages", "towns", "localities"],
  tanks: ["tanks", "tank"],
  vehicles: ["vehicles", "armored vehicles", "armoured vehicles"],
  aircraft: ["aircraft", "planes", "jets", "helicopters"],
  drones: ["drones", "uavs"],
  missiles: ["missiles", "rockets"],
  people: ["people", "residents", "civilians", "persons", "inhabitants", "citizens"],
  money: ["dollars", "euros", "rubles", "roubles", "hryvnias", "pounds", "$", "€", "usd", "eur"],
  percent: ["percent", "per cent", "%", "pct"],
  years: ["years"],
  months: ["months"],
  days: ["days"],
  hours: ["hours"],
  appeals: ["appeals", "complaints", "petitions"],
};
const MEASURE_OF = new Map<string, string>();
for (const [group, words] of Object.entries(MEASURE_GROUPS)) for (const w of words) MEASURE_OF.set(w, group);

// Event words that refine a generic count: "120,000 people were evacuated" counts the displaced.
// These measures name the event as well as the thing counted.
export const EVENT_MEASURES: ReadonlySet<string> = new Set(["casualties", "displaced", "prisoners", "participants"]);
/** Counts of people that an event word can refine: "people", "troops", a crowd, or a noun no group names ("students"). */
const PERSON_GROUPS = new Set(["people", "troops", "participants"]);
/** Words after a count of people that make it a crowd: "people had joined the march", "took part". */
const CROWD_WORDS = new Set(["march", "rally", "protest", "protests", "demonstration", "demonstrations", "vigil"]);
/** Phrases after a count that name the event: "took part" (a crowd), "were forced from their homes". */
const EVENT_PHRASES: Array<[string[], string]> = [
  ...["took part", "turned out", "take part", "taking part", "took to the streets"].map((p): [string[], string] => [p.split(" "), "participants"]),
  ...["forced from", "forced out", "lost their homes", "left their homes", "left homeless"].map((p): [string[], string] => [p.split(" "), "displaced"]),
];

/** The event a word after a count names, if any: a measure group that says what happened. */
function eventAt(words: string[], i: number): string | undefined {
  const w = words[i]!;
  if (CROWD_WORDS.has(w)) return "participants";
  const phrase = EVENT_PHRASES.find(([p]) => p.every((x, k) => words[i + k] === x));
  if (phrase) return phrase[1];
  const g = MEASURE_OF.get(w);
  return g && EVENT_MEASURES.has(g) ? g : undefined;
}

/** The word right before a figure, past a qualifier ("detained at least 60" → "detained"), lower-cased as given. */
export function wordBeforeFigure(textBefore: string): string | null {
  return /(\p{L}+)\s+(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as|an estimated|roughly)\s+)?$/u.exec(textBefore)?.[1] ?? null;
}

export function isMeasureWord(word: string): boolean {
  return MEASURE_OF.has(word.toLowerCase());
}

export function measureGroupOf(word: string): string | null {
  return MEASURE_OF.get(word.toLowerCase()) ?? null;
}

const QUALIFIERS: Array<[RegExp, Quantity["qualifier"]]> = [
  [/(?<!\b(?:no|not)\s+)\b(more than|over|above|exceed(?:ed|s|ing)?|in excess of|upwards of|surpass(?:ed|es)?|topp(?:ed)?|beyond)\s*$/i, "over"],
  [/\b(at least|no fewer than|no less than|a minimum of)\s*$/i, "at least"],
  [/\b(up to|as many as|as much as|a maximum of|at most|no more than|not more than)\s*$/i, "up to"],
  [/\b(less than|fewer than|under|below|nearly|almost|just under)\s*$/i, "under"],
  [/\b(about|around|roughly|approximately|approx\.?|some|an estimated|estimated|circa|nearly|close to|reportedly)\s*$/i, "about"],
];

const MULTIPLIERS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, mln: 1e6, bln: 1e9 };
const NUMBER = /(?<![\d.,\p{L}])(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(?:(?:\s*[-–—]\s*|\s+to\s+|(?<=\bbetween\s+[$€£¥₽₴]?[\d,.\u00a0 ]+)\s+and\s+)(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?))?(?:\s*(thousand|million|billion|trillion|bn|mln|bln|k)\b)?(\s*(?:%|pct\b))?/giu;

/** A change of a figure, "raised the toll from 12 to 140", as opposed to a range, "anywhere from 6 to 18". */
export const CHANGE_FROM = /\b(?:raised|raises|raising|increased|increases|rose|risen|rises|grew|grown|jumped|climbed|swelled|swollen|revised|lowered|cut|fell|fallen|dropped|reduced|boosted|changed|went|gone|upped|doubled)\b[^;!?]{0,90}\bfrom\s+[$€£¥₽₴]?\s*$/iu;

/** The qualifier a figure's preceding text ends with, and where it starts. */
function qualifierBefore(before: string): { qualifier: Quantity["qualifier"]; at: number } | null {
  for (const [re, qualifier] of QUALIFIERS) {
    const hit = re.exec(before);
    if (hit) return { qualifier, at: hit.index };
  }
  return null;
}

/** The interval a qualifier makes of a figure: "more than" opens it upwards, "about" widens it by 10%. */
function bounded(low: number, high: number, qualifier: Quantity["qualifier"], before: string): [number, number] {
  if (qualifier === "over" || qualifier === "at least") return [low, Number.POSITIVE_INFINITY];
  if (qualifier === "up to") return [0, high];
  if (qualifier === "under") return [/nearly|almost|just under/i.test(before) ? low * 0.9 : 0, low];
  if (qualifier === "about") return [low * 0.9, high * 1.1];
  return [low, high];
}

function toNumber(s: string): number {
  return Number(s.replace(/[,\u00a0 ]/g, ""));
}

export interface QuantityContext {
  /** Country or group resolver: "russian" → "Russia". */
  ownerOf: (word: string) => string | null;
}

/**
 * Figures kept per span. A sentence of news holds a handful; a span with more is a table or a list,
 * and every later comparison is per pair of figures, so the first ones stand for it.
 */
export const MAX_FIGURES_PER_SPAN = 40;

/** Finds quantities in text[start, end), at most MAX_FIGURES_PER_SPAN; offsets are absolute. */
export function findQuantities(text: string, start: number, end: number, ctx: QuantityContext): Quantity[] {
  const out = statedQuantities(text, start, end, ctx);
  for (const q of multiplesOfPrevious(text, start, end, ctx)) if (out.length < MAX_FIGURES_PER_SPAN && !out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
  return out;
}

/**
 * "less than half that number", "twice this figure", "three times that": a multiple of the figure
 * stated before it. Only a demonstrative that stands for a figure points back: "the official toll"
 * may be a figure the text never gives, and "double that estimated by outsiders" points ahead.
 */
const MULTIPLE_OF_PREVIOUS =
  /\b(?:(less than|fewer than|under|more than|over|nearly|almost|about|roughly|at least|up to)\s+)?(half|a third|one third|a quarter|one quarter|twice|double|triple|three times|four times|(\d+(?:\.\d+)?) times)\s+(?:that|this)(?:\s+(?:number|figure|total|count|amount|level|tally|estimate)\b|(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|or)\b))/giu;
/** Whether a figure's text is a multiple of the figure before it ("less than half that number"). */
export function isMultipleOfPrevious(figure: string): boolean {
  return new RegExp(`^${MULTIPLE_OF_PREVIOUS.source}$`, "iu").test(figure);
}
const MULTIPLE: Record<string, number> = { half: 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25, twice: 2, double: 2, triple: 3, "three times": 3, "four times": 4 };
/** How far back, within its paragraph, a multiple looks for the figure it multiplies: a sentence or two. */
const PREVIOUS_FIGURE_CHARS = 300;

function multiplesOfPrevious(text: string, start: number, end: number, ctx: QuantityContext): Quantity[] {
  const out: Quantity[] = [];
  const slice = text.slice(start, end);
  MULTIPLE_OF_PREVIOUS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MULTIPLE_OF_PREVIOUS.exec(slice)) !== null) {
    const at = start + m.index;
    const from = Math.max(0, at - PREVIOUS_FIGURE_CHARS, text.lastIndexOf("\n\n", at) + 1);
    const previous = statedQuantities(text, from, at, ctx).filter((q) => q.unit !== "%" && q.low !== null && q.low > 0 && !(q.low === 0 && q.high === 0)).pop();
    if (!previous) continue;
    const factor = m[3] ? Number(m[3]) : MULTIPLE[m[2]!.toLowerCase()]!;
    // The figure the earlier one stands for: a floor or a ceiling as stated, an estimate at its middle.
    const base = previous.qualifier === "under" || previous.qualifier === "up to" ? previous.high! : previous.high === null ? previous.low! : (previous.low! + previous.high) / 2;
    const qualifier: Quantity["qualifier"] = m[1] ? qualifierBefore(`${m[1]} `)?.qualifier ?? "about" : "about";
    const [low, high] = bounded(base * factor, base * factor, qualifier, m[1] ?? "");
    out.push({
      text: m[0],
      start: at,
      end: at + m[0].length,
      low: round(low),
      high: Number.isFinite(high) ? round(high) : null,
      qualifier,
      measure: previous.measure,
      owner: previous.owner,
      unit: previous.unit,
    });
  }
  return out;
}

function statedQuantities(text: string, start: number, end: number, ctx: QuantityContext): Quantity[] {
  const slice = text.slice(start, end);
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_FIGURES_PER_SPAN && (m = NUMBER.exec(slice)) !== null) {
    const [matched, a, range, multRaw, pctRaw] = m;
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    // "raised the toll from 12 to 140": two figures, the old and the new, not a range.
    const fromTo = range !== undefined && CHANGE_FROM.test(slice.slice(Math.max(0, m.index - 80), m.index)) && /^\S+\s+to\s/u.test(matched);
    if (fromTo) NUMBER.lastIndex = m.index + a!.length;
    const [whole, b, mult, pct] = fromTo ? [a!, undefined, undefined, undefined] : [matched, range, multRaw, pctRaw];
    // "JF-17", "Su-25", "Boeing 747": a model designation, not a count.
    if (/\p{L}[-‐]$/u.test(before)) continue;
    if (range === undefined && pctRaw === undefined && /^\d{1,4}$/.test(a!) && /(?:^|[^.!?]\s)\p{Lu}[\p{Ll}]+\s$/u.test(before) && !MONTH_WORDS.has(/(\p{L}+)\s$/u.exec(before)![1]!.toLowerCase()) && !WEEKDAYS.has(/(\p{L}+)\s$/u.exec(before)![1]!.toLowerCase()) && !/^\s*(?:%|pct|percent|per cent|[,.]\d)/.test(slice.slice(m.index + matched.length))) {
      const word = /(\p{L}+)\s$/u.exec(before)![1]!;
      // ...unless the word is a qualifier or a function word that opens the sentence ("Roughly 2,000").
      if (!STOPWORDS.has(word.toLowerCase()) && !qualifierBefore(before)) continue;
    }
    const after = slice.slice(m.index + whole.length, m.index + whole.length + 80);
    if (isDateOrYear(a!, b, before, after, mult)) continue;
    // Glued to letters ("9to5Mac", "4G") or a compound modifier ("26-year-old", "12-inch"): a
    // property of one thing, not a count anyone could dispute.
    if (/^[\p{L}]/u.test(after) && !mult && pct === undefined) continue;
    if (/^[-‐][\p{L}]/u.test(after)) continue;
    // "Jane Doe, 26, said": an age in apposition to a name.
    if (!b && /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) && /^\s*,/.test(after)) continue;
    if (/^(st|nd|rd|th)\b/i.test(after)) continue;
    const factor = mult ? MULTIPLIERS[mult.toLowerCase()]! : 1;
    let low = toNumber(a!) * factor;
    let high = b ? toNumber(b) * factor : low;
    // "350 votes to 73", "a 65 to 15 vote", "on April 8 to 3.5 billion": a tally or two figures, not a range.
    if (high < low) continue;
    let qualifier: Quantity["qualifier"] = b ? "range" : "exact";
    // "more than $2,000": the qualifier stands before the currency sign.
    qualifier = qualifierBefore(before.replace(/[$€£¥₽₴]\s*$/u, ""))?.qualifier ?? qualifier;
    let qStart = m.index;
    const qm = /\b(no more than|not more than|no fewer than|no less than|more than|over|above|at least|up to|as many as|less than|fewer than|under|below|nearly|almost|about|around|roughly|approximately|some|an estimated)\s*[$€£¥₽₴]?\s*$/iu.exec(before);
    if (qm) qStart = m.index - (before.length - qm.index);
    [low, high] = bounded(low, high, qualifier, before);
    const { measure, owner, unit } = measureOf(slice, m.index, m.index + whole.length, pct !== undefined, ctx);
    out.push({
      text: text.slice(start + qStart, start + m.index + whole.length),
      start: start + qStart,
      end: start + m.index + whole.length,
      low: Number.isFinite(low) ? round(low) : null,
      high: Number.isFinite(high) ? round(high) : null,
      qualifier,
      measure,
      owner,
      unit,
    });
  }
  out.push(...zeroCounts(start, slice));
  for (const q of oneDowned(start, slice)) if (!out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
  for (const q of wordCounts(start, slice, ctx)) if (!out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
  return out.slice(0, MAX_FIGURES_PER_SPAN);
}

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SMALL = [...UNITS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** "tens of thousands": an order of magnitude, read as the interval its words allow. */
const VAGUE: Array<[string, number, number]> = [
  ["hundreds of thousands", 200_000, 999_999],
  // "a large number of militants were killed": some, a good many, of no stated size.
  ["a very large number", 10, 10_000_000],
  ["a large number", 10, 10_000_000],
  ["scores", 40, 999],
  ["tens of thousands", 20_000, 99_999],
  ["thousands", 2_000, 9_999],
  ["hundreds", 200, 999],
  ["dozens", 24, 99],
  ["millions", 2_000_000, 9_999_999],
];
const WORD_COUNT = new RegExp(
  String.raw`\b(?:(${VAGUE.map(([w]) => w).join("|")})(?:\s+of)?|(?:(a|${[...SMALL, ...TENS].join("|")})(?:[- ](${UNITS.join("|")}))?)(\s+and\s+a\s+half)?(?:\s+(hundred|thousand|million))?)\b`,
  "giu",
);

function wordValue(first: string, unit: string | undefined, half: string | undefined, mult: string | undefined): number | null {
  const f = first.toLowerCase();
  let n = f === "a" ? 1 : SMALL.includes(f) ? SMALL.indexOf(f) + 1 : TENS.includes(f) ? (TENS.indexOf(f) + 2) * 10 : NaN;
  if (unit) n += UNITS.indexOf(unit.toLowerCase()) + 1;
  // "one and a half million": a half of the multiplier; without one, "one and a half" is no count.
  if (half) {
    if (!mult) return null;
    n += 0.5;
  }
  if (mult) n *= MULTIPLIERS[mult.toLowerCase()]!;
  else if (f === "a") return null;
  return Number.isFinite(n) ? n : null;
}

/** A tally right before a count: "the death toll at", "the number of dead rose to", "a toll of". */
const TALLY_BEFORE = /\b(?:toll|tally|number\s+of\s+[\p{L}-]+)\s+(?:(?:has|had|have|was|is)\s+)?(?:(?:risen|rose|climbed|reached|stood|stands|jumped|increased|grown|grew)\s+)?(?:at|to|of)\s+$/iu;

/** A harm verb right before a count, past an opening quote: "killed", "killing “", "wounding". */
const HARM_BEFORE = /\b(?:killed|killing|wounded|wounding|injured|injuring)\s+["“‘']?\s*$/i;

/**
 * Counts in words: "eleven people were killed", "two million residents", "tens of thousands
 * rallied". Only where the words after them say what was counted in a measure group the engine
 * compares (people, casualties, troops, ...): "two sides" or "one of them" counts nothing.
 */
function wordCounts(start: number, slice: string, ctx: QuantityContext): Quantity[] {
  const out: Quantity[] = [];
  WORD_COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_COUNT.exec(slice)) !== null) {
    const [whole, vague, first, unit, half, mult] = m;
    // "no one knows how many", "not one of them": "one" after a negation counts nobody.
    if (!vague && /\b(?:no|not)\s+$/i.test(slice.slice(Math.max(0, m.index - 4), m.index))) continue;
    let low: number;
    let high: number;
    let qualifier: Quantity["qualifier"];
    if (vague) {
      [, low, high] = VAGUE.find(([w]) => w === vague.toLowerCase().replace(/\s+/g, " "))!;
      qualifier = "range";
    } else {
      const n = wordValue(first!, unit, half, mult);
      if (n === null) continue;
      low = high = n;
      qualifier = "exact";
    }
    // "thousands of troops": the figure is "thousands"; "of" leads to what was counted.
    const end = m.index + (vague ? vague.length : whole.length);
    // "five-inch shells", "three-day ceasefire": a compound modifier, not a count.
    if (/^[-‐]\p{L}/u.test(slice.slice(end))) continue;
    const read = measureOf(slice, m.index, end, false, ctx);
    const { owner, unit: u } = read;
    let { measure } = read;
    // "killing \"a very large number of … fighters\"": a vague count of whoever a harm verb took is
    // a count of casualties, whatever noun no group names follows it.
    if (vague && (!measure || !MEASURE_GROUPS[measure]) && HARM_BEFORE.test(slice.slice(Math.max(0, m.index - 30), m.index))) measure = "casualties";
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    // "put the death toll at nine", "the number of dead rose to eleven": the tally named before the
    // figure says what it counts (its frame reads it), as it does for a figure in digits.
    const tallied = !measure && TALLY_BEFORE.test(before);
    // Small counts in words ("two people said") only for events: who died, fled, was held, marched.
    if (!tallied && (!measure || !MEASURE_GROUPS[measure] || (high < 10 && !EVENT_MEASURES.has(measure)))) continue;
    let qStart = m.index;
    const hit = vague ? null : qualifierBefore(before);
    if (hit) {
      qualifier = hit.qualifier;
      qStart = m.index - (before.length - hit.at);
      [low, high] = bounded(low, high, qualifier, before);
    }
    out.push({
      text: slice.slice(qStart, end),
      start: start + qStart,
      end: start + end,
      low: round(low),
      high: Number.isFinite(high) ? round(high) : null,
      qualifier,
      measure,
      owner,
      unit: u,
    });
  }
  return out;
}

/**
 * "No one was killed", "police detained nobody", "no casualties were reported": a count of zero
 * for an event, which a figure for the same event contradicts. Only with an event word in the
 * same phrase: "no one knows how many" counts nothing.
 */
const NONE_DOWNED = /\bnone\s+of\s+(?:the|its|their|our|his|her)\s+(?:\p{L}+\s+)?(\p{L}+s)\s+(?:were|was|had been|have been|has been)\s+(?:shot down|downed|intercepted|destroyed|lost)\b/giu;
const ZERO_PATTERNS: RegExp[] = [
  // "no one was killed", "nobody died", "not a single villager drowned", "not one soldier was hurt".
  /\b(?:no one|no-one|nobody|not a single(?:\s+\p{L}+)?|not one(?:\s+\p{L}+)?)\s+(?:(?:was|were|had been|has been|have been|got)\s+)?(?:\p{L}+ly\s+)?(\p{L}+)/giu,
  /\b(\p{L}+ed)\s+(?:no one|no-one|nobody)\b/giu,
  // "no casualties were reported"; "no protesters were killed" (the event after the people decides).
  /\bno\s+(\p{L}+)\s+(?:were|was|had been|have been|has been)\b(?:\s+(?:\p{L}+ly\s+)?(\p{L}+))?/giu,
  /\bthere (?:were|was|are|is|have been|had been) no\s+(\p{L}+)/giu,
  // "no casualties, no damages": a bare count of none, unless a noun follows ("no casualty figures").
  /\bno\s+(\p{L}+)(?!\s+(?:figures?|reports?|details?|numbers?|toll|counts?|estimates?|data)\b)(?=\s*(?:[,.;:"”)]|$)|\s+(?:or|and|in|on|at|from|during|among)\b)/giu,
  // "none of its drones had been shot down": none of them met the fate (what they are decides the measure).
  NONE_DOWNED,
  // "the strike did not kill anyone": a harm verb denied of anyone.
  /\b(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(kill|injure|wound|hurt|harm)\s+(?:anyone|anybody|a single (?:person|one))\b/giu,
];
const ZERO_HURT = new Set(["hurt", "harmed", "harm", "kill", "injure", "wound"]);
/** Every zero pattern holds a word starting "no" or a "not"/"n't": a span without one is passed over. */
const ZERO_CUE = /\bno|not|n't|\bnone\b/i;

function zeroCounts(start: number, slice: string): Quantity[] {
  const out: Quantity[] = [];
  if (!ZERO_CUE.test(slice)) return out;
  for (const re of ZERO_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const word = m[1]!.toLowerCase();
      const event = m[2]?.toLowerCase();
      const eventMeasure = event === undefined ? undefined : ZERO_HURT.has(event) ? "casualties" : MEASURE_OF.get(event);
      const measure = eventMeasure && EVENT_MEASURES.has(eventMeasure) ? eventMeasure : ZERO_HURT.has(word) ? "casualties" : MEASURE_OF.get(word);
      // Craft and projectiles count only where the zero says what became of them ("none … shot down").
      const craft = re === NONE_DOWNED && measure !== undefined && DOWNABLE.has(measure);
      if (!measure || !(EVENT_MEASURES.has(measure) || craft) || out.some((q) => q.start === start + m!.index)) continue;
      out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length, low: 0, high: 0, qualifier: "exact", measure, owner: null, unit: null });
    }
  }
  return out;
}

/** Groups of things that are shot down. */
const DOWNABLE = new Set(["drones", "missiles", "aircraft"]);
/** "shot down an enemy drone", "intercepted a missile": one, downed. */
/** Craft and projectiles that are shot down, one at a time (frames.ts reads them as a figure's scope). */
export const CRAFT_NOUNS = "drone|missile|rocket|plane|jet|helicopter|aircraft";
const ONE_DOWNED = new RegExp(String.raw`\b(?:shot down|downed|intercepted)\s+(an?\s+(?:[\p{L}-]+\s+){0,3}?(${CRAFT_NOUNS}))\b`, "giu");

/** Single craft or projectiles said to be downed, as counts of one. */
function oneDowned(start: number, slice: string): Quantity[] {
  const out: Quantity[] = [];
  if (!/\b(?:shot down|downed|intercepted)\b/i.test(slice)) return out;
  ONE_DOWNED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONE_DOWNED.exec(slice)) !== null) {
    const measure = MEASURE_OF.get(`${m[2]!.toLowerCase()}s`) ?? MEASURE_OF.get(m[2]!.toLowerCase());
    if (!measure || !DOWNABLE.has(measure)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ text: m[1]!, start: start + at, end: start + at + m[1]!.length, low: 1, high: 1, qualifier: "exact", measure, owner: null, unit: null });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function isDateOrYear(a: string, b: string | undefined, before: string, after: string, mult: string | undefined): boolean {
  const n = toNumber(a);
  if (mult) return false;
  if (/^\d{4}$/.test(a) && n >= 1800 && n <= 2100 && !/^\s*(people|troops|soldiers|km|square|tanks|residents)/i.test(after)) return true;
  if (b === undefined && /^\d{1,2}$/.test(a)) {
    const prev = /(\p{L}+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    const next = /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? "";
    if (MONTH_WORDS.has(prev) || MONTH_WORDS.has(next)) return true;
  }
  if (/^:\d{2}/.test(after) || /\d:$/.test(before)) return true;
  // "at 1600 est", "0815 GMT", "1700 hrs local time": a clock time.
  if (/^\d{4}$/.test(a) && (/^\s*(?:\p{Lu}\p{L}+\s+)?(?:est|edt|cet|gmt|utc|hrs|hours|time|local\s+time)\b/iu.test(after) || /\b(?:at|by|until|from)\s+(?:about\s+|around\s+)?$/i.test(before))) return true;
  return false;
}

function measureOf(
  slice: string,
  numStart: number,
  numEnd: number,
  percent: boolean,
  ctx: QuantityContext,
): { measure: string | null; owner: string | null; unit: string | null } {
  if (percent) return { measure: "percent", owner: null, unit: "%" };
  const rawAfter = slice.slice(numEnd, numEnd + 90);
  const after = rawAfter.toLowerCase();
  const before = slice.slice(Math.max(0, numStart - 70), numStart).toLowerCase();
  const currency = /([$€£¥₽₴])\s*$/u.exec(before);
  if (currency) return { measure: "money", owner: null, unit: currency[1]! };
  let measure: string | null = null;
  let unit: string | null = null;
  // Units and nouns right after the number: "300 square kilometers", "4,500 dead and injured".
  // Up to the next figure: "177 million is 50 percent Muslim" counts no percent.
  const words = after.replace(/^[\s-]+/, "").split(/\d/)[0]!.split(/[^\p{L}$€%]+/u).filter(Boolean).slice(0, 8);
  const phrase2 = words.slice(0, 2).join(" ");
  if (words.length >= 2 && MEASURE_OF.has(phrase2)) {
    measure = MEASURE_OF.get(phrase2)!;
    unit = phrase2;
  } else {
    for (let i = 0; i < Math.min(words.length, 4); i += 1) {
      const w = words[i]!;
      // "2,000 Freedonian troops": skip modifiers and demonyms to reach the counted noun.
      if (w === "of" || w === "other" || w === "more" || w === "additional" || w === "new" || ctx.ownerOf(w)) continue;
      // "40,000 rally": a verb, the event, not the thing counted; the event pass below reads it.
      // ("3 protests" counts protests.)
      if (CROWD_WORDS.has(w) && !w.endsWith("s")) break;
      if (MEASURE_OF.has(w)) {
        measure = MEASURE_OF.get(w)!;
        if (["area", "distance", "money"].includes(measure)) unit = w;
        if (measure === "percent") unit = "%";
        break;
      }
      // The counted noun itself ("43 students"); a capitalised word is a name ("50 million Apple
      // Watch"), which says whose, not what.
      if ((i === 0 || words[i - 1] === "of") && !capitalised(rawAfter, w)) {
        measure = measure ?? stemNoun(w);
      }
    }
  }
  // A generic count refined by the event: "people were evacuated", "residents have fled",
  // "people took part in the march". The first event word decides.
  for (let i = 0; i < Math.min(words.length, 8); i += 1) {
    const g = eventAt(words, i);
    if (g && g !== measure && (measure === null || measure === "people" || (g !== "participants" && PERSON_GROUPS.has(measure)))) {
      measure = g;
      break;
    }
  }
  // The event verb before the figure: "police detained at least 60 protesters", "the storm killed 12".
  const verbBefore = wordBeforeFigure(before);
  const preEvent = verbBefore ? MEASURE_OF.get(verbBefore) : undefined;
  if (preEvent && EVENT_MEASURES.has(preEvent) && preEvent !== "participants" && /ed$/.test(verbBefore!) && (measure === null || PERSON_GROUPS.has(measure))) measure = preEvent;
  // The measure before the number: "losses exceeded 9,000", "the death toll reached 35".
  const pre = /(\p{L}+)\s+(?:exceeded|exceed|exceeds|reached|reach|topped|totaled|totalled|stood at|stand at|rose to|fell to|climbed to|amounted to|is|are|were|was|of)\s+(?:more than |over |about |around |roughly |nearly |almost |some |at least |up to |as many as |an estimated )?$/u.exec(before);
  if (pre && (measure === null || !MEASURE_OF.has(measure))) {
    const g = MEASURE_OF.get(pre[1]!);
    if (g) measure = g;
  }
  // Whose: a demonym or country next to the measure or before the number.
  let owner: string | null = null;
  const near = `${before.slice(-50)} ${words.slice(0, 3).join(" ")}`;
  const ownerWords = near.split(/[^\p{L}'’]+/u).filter(Boolean);
  for (let i = ownerWords.length - 1; i >= 0; i -= 1) {
    const o = ctx.ownerOf(ownerWords[i]!.replace(/['’]s$/, ""));
    if (o) {
      owner = o;
      break;
    }
  }
  return { measure, owner, unit };
}

function capitalised(raw: string, lowerWord: string): boolean {
  const at = raw.toLowerCase().indexOf(lowerWord);
  return at >= 0 && /^\p{Lu}/u.test(raw.slice(at, at + 1));
}

function stemNoun(w: string): string | null {
  if (w.length < 3 || /^(and|the|a|an|in|on|at|to|for|by|with|from|as|that|which|who|was|were|is|are|had|has|have|according|while|including)$/.test(w)) return null;
  return w;
}
