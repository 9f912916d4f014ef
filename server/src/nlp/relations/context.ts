/*
 * Whether two claims share a context: the same outlet, the same specific entities or document
 * topics, one time. Rules use these as gates before they compare what the claims say.
 */

import { weekdayTime } from "../claims/extract";
import { UNKNOWN_OUTLET } from "../documents/parse";
import { memo } from "./memo";
import type { RelClaim } from "./rule";

/** States hold at a time: claims published more than this many months apart are not compared. */
export const STATE_WINDOW_MONTHS = 1;

/** Whether two claims are known to come from one outlet (two unnamed outlets are not known to be one). */
export function sameOutlet(a: string, b: string): boolean {
  return a === b && a !== UNKNOWN_OUTLET;
}

const SPECIFIC = new WeakMap<RelClaim, readonly string[]>();
const SPECIFIC_SET = new WeakMap<RelClaim, ReadonlySet<string>>();

/** Entities a claim is about other than countries, which are too broad to tie two claims together. */
export function specificEntities(c: RelClaim): readonly string[] {
  return memo(SPECIFIC, c, () => c.about.filter((e) => !c.countries.has(e)));
}

function specificSet(c: RelClaim): ReadonlySet<string> {
  return memo(SPECIFIC_SET, c, () => new Set(specificEntities(c)));
}

/** Asked of every candidate pair by several families: each claim's set is built once. */
export function sharedSpecific(a: RelClaim, b: RelClaim): string[] {
  const bs = specificSet(b);
  return specificEntities(a).filter((e) => bs.has(e));
}

function someOutside(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) if (!ys.has(x)) return true;
  return false;
}

/** Both claims name the same specific entities and nothing else: a distance ties two places, not one. */
export function sameSpecificEntities(a: RelClaim, b: RelClaim): boolean {
  const sa = specificEntities(a);
  const sb = specificEntities(b);
  return sa.length > 0 && sa.length === sb.length && sa.every((e) => sb.includes(e));
}

const TOPICS = new WeakMap<RelClaim, ReadonlySet<string>>();

export function sharedTopic(a: RelClaim, b: RelClaim): boolean {
  const tb = memo(TOPICS, b, () => new Set(b.topics));
  return a.topics.some((t) => tb.has(t));
}

/**
 * Whether two claims are about the same thing: a shared specific entity, or, when at most one of
 * them names any, a shared document topic (weaker: lowers confidence).
 */
export function sameContext(a: RelClaim, b: RelClaim): "entity" | "topic" | null {
  if (sharedSpecific(a, b).length > 0) return "entity";
  const [sa, sb] = [specificEntities(a), specificEntities(b)];
  if (sa.length > 0 && sb.length > 0) return null;
  // The claim that names something must name what the other's article is about.
  if (!sa.every((e) => b.topics.includes(e)) || !sb.every((e) => a.topics.includes(e))) return null;
  return sharedTopic(a, b) ? "topic" : null;
}

/** Each claim names something specific the other does not: two events, not one ("9 killed in X" vs "2,753 died in Y"). */
export function distinctEvents(a: RelClaim, b: RelClaim): boolean {
  const [sa, sb] = [specificSet(a), specificSet(b)];
  return someOutside(sa, sb) && someOutside(sb, sa);
}

/** Months between two ISO dates (a year alone counts as its middle); 0 when either is unknown. */
export function monthsBetween(x: string | null, y: string | null): number {
  if (!x || !y) return 0;
  const mx = Number(x.slice(0, 4)) * 12 + (x.length >= 7 ? Number(x.slice(5, 7)) : 6);
  const my = Number(y.slice(0, 4)) * 12 + (y.length >= 7 ? Number(y.slice(5, 7)) : 6);
  return Math.abs(my - mx);
}

/** Both claims date what they say, and the dates are a month or more apart (or name different years). */
export function differentTimes(a: RelClaim, b: RelClaim): boolean {
  const ta = a.claim.time?.date ?? null;
  const tb = b.claim.time?.date ?? null;
  if (ta !== null && tb !== null && monthsBetween(ta, tb) >= 1) return true;
  const [ya, yb] = [yearsIn(a), yearsIn(b)];
  return ya.size > 0 && yb.size > 0 && !someShared(ya, yb);
}

const YEARS = new WeakMap<RelClaim, ReadonlySet<string>>();

/** The years a claim's text names ("in 2011"), read once per claim. */
function yearsIn(c: RelClaim): ReadonlySet<string> {
  return memo(YEARS, c, () => new Set(c.claim.text.match(/\b(?:19|20)\d{2}\b/g) ?? []));
}

function someShared(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) if (ys.has(x)) return true;
  return false;
}

/** A speaker as a reason names them: "the ministry (Daily Ledger)", or the outlet alone. */
export function who(c: RelClaim): string {
  return c.claim.speakerText ? `${c.claim.speakerText} (${c.outlet})` : c.outlet;
}

/**
 * Stories up to this many documents are one event told by a few outlets, compared claim by claim
 * across their documents; larger ones are sagas.
 */
export const SMALL_STORY_DOCS = 12;

/**
 * Whether two claims may be set against each other as one event: in a small story, yes; in a saga
 * (a long war, an archive's chain of wires) only when they name one thing and neither names an
 * event the other does not ("Ebola in Mosul" is not "Ebola in Dallas").
 */
export function oneEvent(a: RelClaim, b: RelClaim, countries = false): boolean {
  if (a.story === b.story && a.storySize <= SMALL_STORY_DOCS) return true;
  // For a denial a country may be the thing both name ("denied that Kuwait was over-producing").
  const named = countries ? a.about.some((e) => b.about.includes(e)) : sharedSpecific(a, b).length > 0;
  return named && !distinctEvents(a, b);
}

/**
 * Whether weekdays in two passages (content offsets [from, to) of each claim), resolved against
 * each claim's publication date, name two different days: "reopened on Wednesday" and "closed on
 * Thursday" are two moments. False when either passage names no weekday.
 */
export function weekdaysApart(a: RelClaim, [fromA, toA]: [number, number], b: RelClaim, [fromB, toB]: [number, number]): boolean {
  const day = (c: RelClaim, from: number, to: number) => weekdayTime(c.claim.content.slice(Math.max(0, from), to), c.published)?.date ?? null;
  const [da, db] = [day(a, fromA, toA), day(b, fromB, toB)];
  return da !== null && db !== null && da !== db;
}
