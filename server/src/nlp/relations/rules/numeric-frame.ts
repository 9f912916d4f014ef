/*
 * Figures compared through their frames (claims/frames.ts): two figures of one measure, for one
 * scope, place and period, in one story and one time window. Incompatible intervals contradict;
 * compatible ones of one size support. A count of zero ("no one was killed", "there were no
 * casualties") contradicts any figure of the harm it covers, and a negated figure ("3,000 people
 * did not die") contradicts a figure of about that size. Parts, changes, forecasts and a later
 * figure from the same speaker (an update) are never conflicts.
 */

import type { Quantity, QuantityFrame } from "../../../../../graph-schema";
import type { Finding, RelClaim, RuleFamily } from "../rule";
import { NATIONWIDE } from "../../claims/frames";
import { slug } from "../../entities/resolve";
import { daysBetween } from "../stories";
import { differentTimes, distinctEvents, sharedSpecific, sharedTopic, SMALL_STORY_DOCS, specificEntities, who } from "../context";
import { inWords, interval, isMagnitude, overlaps } from "../intervals";
import { countryByDemonym } from "../../resources/countries";
import MEASURES from "../../resources/measures.json";

type NumericFinding = Finding & { evidence: Quantity[] };

const CONFIDENCES = {
  /** Bounds or a range against a figure outside it: "more than 100" against 24. */
  bounds: 0.8,
  /** Two exact figures that differ, published the same day or by different speakers. */
  exact: 0.7,
  /** None at all against some. */
  zero: 0.75,
  /** "500 did not die" against about 500 who died. */
  negated: 0.7,
  /** Compatible figures of one size. */
  support: 0.6,
  /** The same exact figure. */
  sameFigure: 0.7,
};

/** The measures of the WordNet vocabulary: counts of what happened to people or was fired. */
const EVENT_MEASURES = new Set(Object.keys(MEASURES.measures));
/** Figures further apart in publication than this are two measurements (a protest day, a monthly rate). */
const WINDOW_DAYS = 31;
/** Harms that accumulate: a later, larger figure from the same story is usually an update. */
const CUMULATIVE = new Set(["deaths", "injuries", "casualties", "missing", "detained", "displaced"]);
/**
 * An order of magnitude in words ("thousands", "hundreds") is loose at its lower edge ("thousands"
 * may be 1,500): only a figure below this share of its least reading is set against it.
 */
const MAGNITUDE_GAP = 0.5;
/** How far inside its upper edge a rounded figure's interval stops, as a share of its rounding step. */
const ROUNDING_EDGE = 1e-6;
/** Shares closer than this ratio of their nearer ends are not set against each other. */
const SHARE_GAP = 0.8;
/** Above this ratio of the nearer ends, two figures of an accumulating toll are not set against each other. */
const CLOSE_TOLL = 0.8;
/** A share of voters who stayed away, and the turnout it is the rest of ("turnout" reads as a crowd). */
const ABSTAINED = "percent:votes+not";
const TURNOUT_SHARE = "percent:participants";
/** Words that make a share of the vote, or of a workforce, one of turnout. */
const TURNOUT = /\b(?:turnouts?|abstain(?:ed|s|ing)?|abstention|on\s+strike|striking|strikers?|walkout|walked\s+out)\b/i;
/** The place a count "in the capital" names, as the frame reader writes it. */
const CAPITAL = "capital";
/**
 * Shares that are rates of change of one economy ("inflation was 25 percent", "prices rose 10.9
 * percent"): compared as levels, and, like a turnout, of one subject in a small story.
 */
const RATES = new Set(["percent:inflation"]);
/** What a zero of one measure rules out: no casualties means no dead and no wounded. */
const ZERO_COVERS: Record<string, string[]> = { casualties: ["casualties", "deaths", "injuries"] };

export const numericFrame: RuleFamily<keyof typeof CONFIDENCES> = {
  id: "numeric-frame",
  stage: "pairs",
  // The comparison is the same either way round.
  symmetric: true,
  confidences: CONFIDENCES,
  detect: (a, b, { confidences }) => compareFigures(a, b, confidences),
};

function compareFigures(a: RelClaim, b: RelClaim, confidences: Readonly<Record<keyof typeof CONFIDENCES, number>>): NumericFinding | null {
  if (a.story !== b.story || a.claim.documentId === b.claim.documentId) return null;
  // A large story (a long war, an archive's chain of related wires) holds many events: there the
  // two claims must also name one thing, or come from articles about one thing (headline and lead).
  const entity = sharedSpecific(a, b).length > 0;
  const context = entity || sharedTopic(a, b);
  if (a.storySize > SMALL_STORY_DOCS && !context) return null;
  if (differentClaimTimes(a, b)) return null;
  // A figure restated months later ("the official toll of 64") still supports; only figures of one
  // time are set against each other.
  // In a saga, only figures of one named thing, of no two distinct events, at known dates close
  // together may be set against each other: "68 killed at the mall" and "2,753 killed in 2001"
  // share an actor and nothing else.
  const sagaConflict = a.storySize <= SMALL_STORY_DOCS || (entity && !distinctEvents(a, b) && !differentTimes(a, b) && a.published !== null && b.published !== null);
  const inWindow = (daysBetween(a.published, b.published) <= WINDOW_DAYS || sameClaimTime(a, b)) && sagaConflict;
  let support: NumericFinding | null = null;
  for (const stated of a.claim.quantities) {
    for (const other of b.claim.quantities) {
      const [p, q] = sameSide(stated, other);
      const fp = p.frame;
      const fq = q.frame;
      // "shot down all 14 drones" leaves none that hit: against "Fourteen drones struck the refinery".
      const all = allDowned(a, p) ? [p, q, a, b] : allDowned(b, q) ? [q, p, b, a] : null;
      if (all && fp && fq && inWindow) {
        const [down, hit, ca, cb] = all as [Quantity, Quantity, RelClaim, RelClaim];
        if (hit.frame?.measure === "projectiles hit" && !hit.frame.negated && (hit.low ?? 0) > 0 && (down.frame!.scope ?? "") === (hit.frame.scope ?? "") && samePlace(ca, down.frame!, cb, hit.frame)) {
          return contradiction(a, b, p, q, confidences.zero, `projectiles that hit: ${who(ca)} says all ${interval(down)} were downed, ${who(cb)} says ${interval(hit)} hit.`);
        }
      }
      if (!fp || !fq || !comparable(fp, fq, isZero(p) || isZero(q)) || !samePlace(a, fp, b, fq)) continue;
      // Counts of an event (deaths, arrests, votes) name what happened; other measures (an area, a
      // sum of money, a yield, a share of a market) are said of many things: they may support
      // each other, but only counts of an event, or shares of one, are set against each other.
      const event = isEventMeasure(fp.measure!) && isEventMeasure(fq.measure!);
      const zp = isZero(p);
      const zq = isZero(q);
      if ((zp || zq || fp.negated || fq.negated) && !event) continue;

      if (!inWindow && (zp || zq || fp.negated || fq.negated)) continue;
      if (zp || zq) {
        if (zp && zq) {
          if (fp.measure === fq.measure && !support) support = { type: "SUPPORTS", kind: "numeric", confidence: confidences.support, reason: `Both say none for ${label(fp)}: “${p.text}” (${who(a)}) and “${q.text}” (${who(b)}).`, detector: "numeric-frame", evidence: [p, q] };
          continue;
        }
        const [zero, some, fz, fs] = zp ? [p, q, fp, fq] : [q, p, fq, fp];
        if (!(ZERO_COVERS[fz.measure!] ?? [fz.measure]).includes(fs.measure!) || fs.negated || (some.low ?? 0) <= 0) continue;
        return contradiction(a, b, p, q, confidences.zero, `${label(fs)}: ${who(zp ? a : b)} says none (“${zero.text}”), ${who(zp ? b : a)} says ${interval(some)}.`);
      }
      if (fp.measure !== fq.measure) continue;
      // Other measures must also be said of one named thing ("Montana's 1.3 million acres" is not
      // the nation's 83 million; one bank's lending rate is not another's).
      if (!event && !entity) continue;
      // ...and not each of two things besides: two firms' share prices beside one underwriter are two figures.
      if (!event && ownNames(a, b)) continue;
      if (fp.negated || fq.negated) {
        if (fp.negated && fq.negated) continue;
        const [neg, pos] = fp.negated ? [p, q] : [q, p];
        if (loose(neg, pos) || loose(pos, neg) || !overlaps(widen(neg), pos)) continue;
        return contradiction(a, b, p, q, confidences.negated, `${label(fp)}: ${who(fp.negated ? a : b)} says not ${interval(neg)}, ${who(fp.negated ? b : a)} says ${interval(pos)}.`);
      }
      // Vague counts in words ("dozens", "two") support but never contradict a figure.
      const vague = loose(p, q) || loose(q, p);
      if (overlaps(rounded(p), rounded(q))) {
        if (vague && !(p.low === q.low && p.high === q.high)) continue;
        if (!sameSize(p, q) || support) continue;
        const same = p.qualifier === "exact" && q.qualifier === "exact" && p.low === q.low;
        support = {
          type: "SUPPORTS",
          kind: "numeric",
          confidence: same ? confidences.sameFigure : confidences.support,
          reason: `Compatible figures for ${label(fp)}: ${interval(p)} from ${who(a)} and ${interval(q)} from ${who(b)}.`,
          detector: "numeric-frame",
          evidence: [p, q],
        };
        continue;
      }
      // An order of magnitude in words contradicts only a ceiling ("tens of thousands" against "fewer
      // than 5,000") or a figure far below its least reading ("thousands died" against 64).
      if (vague && !(loose(p, q) ? ceiling(q) || farBelow(p, q) : ceiling(p) || farBelow(q, p))) continue;
      // Figures of other measures differ from one deal, field or quarter to the next far more
      // often than two sources dispute one.
      // Shares carry no subject in their frame ("34.5 pct" of whose votes?): in a saga they are not set against each other.
      // A turnout has one subject per election, the electorate: two turnouts of a small story need no
      // name in common; nor do two rates of one economy.
      const ofOne = entity || (turnout(a, stated) && turnout(b, other)) || (RATES.has(fp.measure!) && fp.measure === fq.measure);
      // Two economies' rates ("Peru's inflation", "prices in Chile") are two figures, not a dispute.
      if (RATES.has(fp.measure!) && p.owner && q.owner && p.owner.toLowerCase() !== q.owner.toLowerCase()) continue;
      if (!inWindow || !event || (fp.measure!.startsWith("percent:") && (!ofOne || a.storySize > SMALL_STORY_DOCS || breakdown(a, fp) || breakdown(b, fq)))) continue;
      // Two shares that differ are often two measurements (another hour, region or panel): a
      // dispute needs a quarter or more between them.
      if (fp.measure!.startsWith("percent:") && gapRatio(p, q) > SHARE_GAP) continue;
      // A count for one place is set against a count with no place only where the other claim
      // names it too ("23 died in South Waziristan" against "almost 150 were killed in the raids").
      // A named candidate's share of the vote is of one election in a small story, wherever it is placed.
      if (!placeShared(a, fp, b, fq) && !(fp.measure === "percent:votes" && entity && a.storySize <= SMALL_STORY_DOCS)) continue;
      const exact = p.qualifier === "exact" && q.qualifier === "exact";
      if (exact && isUpdate(a, p, b, q, fp)) continue;
      // Close figures of a toll that only grows ("28 wounded", "more than 30 wounded") are more
      // likely successive counts than a dispute; a dispute is a gap of a fifth or more.
      if (CUMULATIVE.has(fp.measure!) && gapRatio(p, q) >= CLOSE_TOLL) continue;
      return contradiction(a, b, p, q, exact ? confidences.exact : confidences.bounds, `${label(fp)}: ${who(a)} says ${interval(p)}, ${who(b)} says ${interval(q)}; the intervals do not overlap.`);
    }
  }
  return support;
}

/**
 * Two shares of one group told from opposite sides ("88 percent of the voters abstained", "turnout
 * was 41 percent"): the share that did not is read as the complement of the share that did.
 */
function sameSide(p: Quantity, q: Quantity): [Quantity, Quantity] {
  const [mp, mq] = [p.frame?.measure, q.frame?.measure];
  if (!mp?.startsWith("percent:") || !mq?.startsWith("percent:")) return [p, q];
  if (mp === `${mq}+not` || (mp === ABSTAINED && mq === TURNOUT_SHARE)) return [complement(p, mq), q];
  if (mq === `${mp}+not` || (mq === ABSTAINED && mp === TURNOUT_SHARE)) return [p, complement(q, mp)];
  return [p, q];
}

const OPPOSITE_QUALIFIER: Partial<Record<Quantity["qualifier"], Quantity["qualifier"]>> = { over: "under", under: "over", "at least": "up to", "up to": "at least" };

function complement(q: Quantity, measure: string): Quantity {
  return {
    ...q,
    text: `100 − ${q.text}`,
    low: q.high === null ? 0 : 100 - q.high,
    high: q.low === null ? null : 100 - q.low,
    qualifier: OPPOSITE_QUALIFIER[q.qualifier] ?? q.qualifier,
    frame: { ...q.frame!, measure },
  };
}

/** "shot down all 14 drones", "intercepted all the missiles": every one downed, so none hit. */
function allDowned(c: RelClaim, q: Quantity): boolean {
  if (q.frame?.measure !== "projectiles downed" || q.frame.negated) return false;
  const before = c.claim.text.slice(0, Math.max(0, q.start - c.claim.start));
  return /\ball\s+(?:(?:the|of\s+the)\s+)?$/i.test(before);
}

/** Each claim names a specific thing the other does not: they are about two things. */
function ownNames(a: RelClaim, b: RelClaim): boolean {
  const [sa, sb] = [specificEntities(a), specificEntities(b)];
  return sa.some((e) => !sb.includes(e)) && sb.some((e) => !sa.includes(e));
}

function contradiction(_a: RelClaim, _b: RelClaim, p: Quantity, q: Quantity, confidence: number, reason: string): NumericFinding {
  return { type: "CONTRADICTS", kind: "numeric", confidence, reason: `Incompatible figures for ${reason}`, detector: "numeric-frame", evidence: [p, q] };
}

/**
 * One measure for one group, place and period, stated as a level: parts, changes and forecasts
 * are not comparable with a total. A zero may meet the narrower harms it covers.
 */
function comparable(fp: QuantityFrame, fq: QuantityFrame, zero: boolean): boolean {
  if (!fp.measure || !fq.measure || fp.measure.endsWith(":?") || fq.measure.endsWith(":?")) return false;
  // A rate that is itself a change (inflation: how much prices rose) is a level among rates.
  const rates = RATES.has(fp.measure) && RATES.has(fq.measure);
  if (fp.partial || fq.partial || ((fp.change || fq.change) && !rates) || fp.forecast || fq.forecast) return false;
  const measures = fp.measure === fq.measure || ZERO_COVERS[fp.measure]?.includes(fq.measure) || ZERO_COVERS[fq.measure]?.includes(fp.measure);
  if (!measures) return false;
  // A count of none for everyone rules out some for any group ("no casualties" against "300 militants killed").
  // A count of people in general covers a narrower group ("420 people" and "390 miners"), except
  // a nationality, which is one country's share of a toll ("58 Freedonians"). A count of none for
  // everyone rules out some for any group ("no casualties" against "300 militants killed").
  if ((fp.scope ?? "") !== (fq.scope ?? "")) {
    const narrow = fp.scope ?? fq.scope!;
    const general = fp.scope === null || fq.scope === null;
    // A nationality is one country's share of a toll; of a crowd or a vote it is the whole ("3 million Freedonians marched").
    if (!general || narrow.startsWith("thing:") || (!zero && CUMULATIVE.has(fp.measure) && countryByDemonym(narrow) !== undefined)) return false;
  }
  if (fp.period !== fq.period && (bounded(fp.period) || bounded(fq.period) || (fp.period && fq.period && !runningTotals(fp.period, fq.period)))) return false;
  return true;
}

/** A later, larger toll from the same speaker, or from another day, reads as an update of an earlier one. */
function isUpdate(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity, f: QuantityFrame): boolean {
  const sameSpeaker = a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId;
  if (sameSpeaker && a.published !== b.published) return true;
  if (!CUMULATIVE.has(f.measure!) || !a.published || !b.published || a.published === b.published) return false;
  const [earlier, later] = a.published < b.published ? [p, q] : [q, p];
  return (later.low ?? 0) > (earlier.high ?? Number.POSITIVE_INFINITY);
}

/** A figure (not itself in loose words, with an upper end) below MAGNITUDE_GAP of an order of magnitude's least reading. */
function farBelow(magnitude: Quantity, x: Quantity): boolean {
  return isMagnitude(magnitude) && !loose(x, magnitude) && x.high !== null && x.high < (magnitude.low ?? 0) * MAGNITUDE_GAP;
}

/**
 * A period that bounds the count to a stretch of time ("in 24 hours", "by 5.30pm", "initially"):
 * such a figure is comparable only with one of the same period. "Since August" is a running total
 * and "on Sunday" the day of the event; both meet an undated figure.
 */
/** Two running totals ("since Tuesday", "since August 8") are one count unless they name different years. */
function runningTotals(x: string, y: string): boolean {
  if (!x.startsWith("since") || !y.startsWith("since")) return false;
  const [yx, yy] = [/\b(?:19|20)\d{2}\b/.exec(x)?.[0], /\b(?:19|20)\d{2}\b/.exec(y)?.[0]];
  return !(yx && yy && yx !== yy);
}

function bounded(period: string | null): boolean {
  return period !== null && /^(?:in|within|by|initially)\b/.test(period);
}

/**
 * The interval a round figure stands for: "8.1 million" is anything that rounds to it, so it
 * agrees with 8,089,320. Only for exact figures; a qualifier already says how loose a figure is.
 */
function rounded(q: Quantity): Quantity {
  if (q.qualifier !== "exact" || q.low === null || q.low === 0) return q;
  const digits = q.text.replace(/[^\d.]/g, "");
  const [whole = "", frac = ""] = digits.split(".");
  const mult = q.low / Number(digits || 1);
  // Only a figure read as written (times a thousand or a million) rounds as written; one derived
  // from it (a complement, a multiple) does not.
  if (!Number.isInteger(Math.log10(mult))) return q;
  const zeros = frac ? 0 : (/0+$/.exec(whole)?.[0].length ?? 0);
  const step = (frac ? 10 ** -frac.length : 10 ** zeros) * (Number.isFinite(mult) && mult > 0 ? mult : 1);
  if (step <= 1) return q;
  // Half-open, as rounding is: 3.55 million rounds to 3.6 million, so "3.5 million" and "3.6 million" do not meet.
  return { ...q, low: q.low - step / 2, high: (q.high ?? q.low) + step / 2 - step * ROUNDING_EDGE };
}

/** The nearer ends of two disjoint intervals, smaller over larger: 28 against "more than 30" is 0.93. */
function gapRatio(p: Quantity, q: Quantity): number {
  const [lo, hi] = (p.low ?? 0) <= (q.low ?? 0) ? [p, q] : [q, p];
  const top = lo.high ?? lo.low ?? 0;
  const bottom = hi.low ?? 0;
  return bottom > 0 ? top / bottom : 0;
}

function ceiling(q: Quantity): boolean {
  return (q.qualifier === "under" && !/\b(?:nearly|almost|just)\b/i.test(q.text)) || q.qualifier === "up to";
}

/**
 * Two named places are one when they are the same name, or when one is "the capital" and the
 * other a city the capital's article is about (headline and lead): "in the capital" of an article
 * headed "Chaos in Marrow" is Marrow.
 */
function samePlace(a: RelClaim, fp: QuantityFrame, b: RelClaim, fq: QuantityFrame): boolean {
  if (!fp.place || !fq.place || fp.place === fq.place) return true;
  if (fp.place === CAPITAL && fq.place !== NATIONWIDE) return a.topics.includes(`ent-${slug(fq.place)}`);
  if (fq.place === CAPITAL && fp.place !== NATIONWIDE) return b.topics.includes(`ent-${slug(fp.place)}`);
  return false;
}

/**
 * A count for one place and a count with no place are of one place when the other claim names it,
 * or its article is about it (headline and lead).
 */
function placeShared(a: RelClaim, fp: QuantityFrame, b: RelClaim, fq: QuantityFrame): boolean {
  const specific = (f: QuantityFrame) => f.place !== null && f.place !== NATIONWIDE;
  // A claim that gives the place a figure of its own ("1.1 million, including 119,000 in the
  // capital") gives its other figure for more than that place.
  const names = (c: RelClaim, place: string) =>
    (c.claim.text.toLowerCase().includes(place) || [...c.topics, ...c.about].includes(`ent-${slug(place)}`)) && !c.claim.quantities.some((q) => q.frame?.place === place);
  if (specific(fp) && !fq.place) return names(b, fp.place!);
  if (specific(fq) && !fp.place) return names(a, fq.place!);
  return true;
}

/** A share of the electorate that voted or stayed away ("turnout was 41 percent", "88 percent abstained"), unlike a share won. */
function turnout(c: RelClaim, q: Quantity): boolean {
  return /^percent:(?:votes(?:\+not)?|participants)$/.test(q.frame?.measure ?? "") && TURNOUT.test(c.claim.content);
}

/** Several shares in one claim ("38 pct for the Conservatives, 32 for Labour") may be shares of different subjects. */
function breakdown(c: RelClaim, f: QuantityFrame): boolean {
  if (!f.measure!.startsWith("percent:")) return false;
  // A share the claim gives as the earlier value ("down from 9.1 percent the year before") is no subject of a list.
  const shares = c.claim.quantities.filter((q) => q.frame?.period !== "initially").map((q) => q.frame?.measure).filter((m): m is string => m?.startsWith("percent:") === true);
  // Two shares of one thing, or a share of something the vocabulary does not know ("32 pct for
  // Labour"), next to another: a list of subjects. Turnout beside a vote share is not one.
  return shares.length > 1 && (new Set(shares).size < shares.length || shares.some((m) => !isEventMeasure(m)));
}

/** A count of an event, or a share of one ("41 percent of voters", "turnout"). */
function isEventMeasure(measure: string): boolean {
  // "projectiles hit", "projectiles downed": fired, hit and downed are three counts of one measure.
  return EVENT_MEASURES.has(measure.replace(/^percent:/, "").replace(/\+not$/, "").replace(/ (?:hit|downed)$/, ""));
}

function isZero(q: Quantity): boolean {
  return q.low === 0 && q.high === 0;
}

/**
 * A figure too loose to set against another: an order of magnitude ("thousands", "a large
 * number") or a small count in words ("eleven people", more often one incident's toll than a
 * total). "Eight million" is as exact as 8,000,000.
 */
function loose(q: Quantity, other: Quantity): boolean {
  if (!inWords(q)) return false;
  const n = q.high ?? q.low ?? 0;
  // "dozens", and "one" or "two" ("the two sides", "one of them"), are not counts to set against a figure.
  if (q.qualifier === "range" || n < SPELLED_EXACT_FROM || (n > SPELLED_EXACT_TO && n < SPELLED_LARGE)) return true;
  // "nine civilians" is as exact as "9 civilians" (style books spell counts under ten out), but
  // "eight soldiers were killed in an ambush" beside "more than 2,000 killed" is one incident of a
  // total. Larger counts spelled out ("Fifty-one people were reported killed") open a sentence or
  // round a first report, and stay loose; "eight million" is a figure like 8 million.
  return (other.low ?? 0) > SPELLED_SCALE * n;
}
/** The spelled-out counts read as exact: those style books spell out. */
const SPELLED_EXACT_FROM = 3;
const SPELLED_EXACT_TO = 9;
const SPELLED_LARGE = 1000;
/** How many times a spelled-out count another figure may be and still be set against it. */
const SPELLED_SCALE = 10;

/** A negated round figure denies about that many: "500 did not die" meets 488. */
function widen(q: Quantity): Quantity {
  return { ...q, low: (q.low ?? 0) * 0.9, high: q.high === null ? null : q.high * 1.1 };
}

function typical(q: Quantity): number {
  if (q.high === null) return q.low ?? 0;
  return ((q.low ?? 0) + q.high) / 2;
}

function sameSize(p: Quantity, q: Quantity): boolean {
  const [x, y] = [typical(p), typical(q)].sort((m, n) => m - n) as [number, number];
  return x === y || (x > 0 && y / x <= 1.5);
}

function sameClaimTime(a: RelClaim, b: RelClaim): boolean {
  const [x, y] = [a.claim.time?.date, b.claim.time?.date];
  return x !== undefined && y !== undefined && x.slice(0, 7) === y.slice(0, 7);
}

function differentClaimTimes(a: RelClaim, b: RelClaim): boolean {
  const [x, y] = [a.claim.time?.date, b.claim.time?.date];
  return x !== undefined && y !== undefined && daysBetween(x, y) >= 2;
}

function label(f: QuantityFrame): string {
  const m = f.measure!.replace(/^percent:/, "share of ");
  return f.scope ? `${m} (${f.scope.replace(/^thing:/, "")})` : m;
}
