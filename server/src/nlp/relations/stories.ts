/*
 * Stories: documents about the same event, grouped so that claims are compared within one story
 * and not across an archive. Two documents are linked when they were published close together and
 * name the same specific things (people, organisations, places — not countries or outlets), or, within
 * a few days, one names in its headline or lead what the other names anywhere, or both name the same
 * country and tell of the same happening in their headlines and leads (a relief agency's report and
 * a wire story on one attack, with no name in common but the country);
 * a story is a connected group of linked documents. The link is a function of the two documents alone, so
 * the grouping does not depend on the order or batching of the input, only on the set.
 */

import crypto from "node:crypto";

export interface StoryDoc {
  id: string;
  published: string | null;
  /** Specific entity ids the document names (countries and outlets left out). */
  entities: ReadonlySet<string>;
  /** Entity ids named in the headline or lead: what the document is about. */
  lead: ReadonlySet<string>;
  /** Which of `entities` are places: where a story happens, not what it is about. */
  places: ReadonlySet<string>;
  /** Country entity ids the document names: they link only with shared headline and lead words. */
  countries: ReadonlySet<string>;
  /** Content words of the headline and lead, lower-cased and crudely stemmed: what happened. */
  words: ReadonlySet<string>;
}

export interface StoryOptions {
  /** Documents further apart than this many days are not linked (an unknown date links to any). */
  windowDays: number;
  /** Shared specific entities that link two documents. */
  minShared: number;
  /**
   * An entity named by more documents than this is background ("the Treasury" in a year of wire
   * copy), not a link: one hub would chain every story into one.
   */
  maxPosting: number;
  /** Dated documents linked by one lead's name or by a shared country are at most this many days apart... */
  topicDays: number;
  /** ...and, by a country, their headlines and leads share this many content words (what happened, not who). */
  minTopicWords: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { windowDays: 120, minShared: 2, maxPosting: 40, topicDays: 7, minTopicWords: 3 };

export interface StoryGroup {
  id: string;
  documentIds: string[];
}

/**
 * Groups documents into stories. A document that links to none is a story of its own. Cost grows
 * with the entity postings (capped), not with the square of the corpus. `postingOf` gives how many
 * documents of the whole corpus name an entity, when `docs` are only part of it (an ingest that
 * regroups the stories it touches); by default, the count among `docs`.
 */
export function groupStories(docs: StoryDoc[], options: StoryOptions = DEFAULT_STORY_OPTIONS, postingOf?: (entityId: string) => number): StoryGroup[] {
  const index = new Map<string, number>();
  docs.forEach((d, i) => index.set(d.id, i));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const e of d.entities) (postings.get(e) ?? postings.set(e, []).get(e)!).push(i);
    for (const e of d.countries) (postings.get(e) ?? postings.set(e, []).get(e)!).push(i);
  });
  const posting = postingOf ?? ((e: string) => postings.get(e)?.length ?? 0);
  const tried = new Set<number>();
  for (const [entity, list] of postings) {
    if (list.length < 2 || posting(entity) > options.maxPosting) continue;
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const [i, j] = [list[x]!, list[y]!];
        const key = i * docs.length + j;
        if (tried.has(key)) continue;
        tried.add(key);
        if (find(i) !== find(j) && linked(docs[i]!, docs[j]!, options, posting)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(d.id));
  return [...groups.values()]
    .map((ids) => {
      const sorted = ids.sort();
      return { id: storyId(sorted), documentIds: sorted };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A story is named by its earliest-sorting document, so it keeps its id as documents join it. */
export function storyId(sortedDocumentIds: string[]): string {
  return `sty-${crypto.createHash("sha256").update(sortedDocumentIds[0] ?? "").digest("hex").slice(0, 16)}`;
}

/**
 * Two documents tell one story when they are in one time window and share enough specific
 * entities: one that both name in their headline or lead (what both are about), or `minShared`
 * named anywhere with an actor among them. Failing that, two documents a few days apart of which
 * one names in its headline or lead what the other names anywhere, or that name one country (not a
 * background one) and share `minTopicWords` headline and lead words.
 */
export function linked(a: StoryDoc, b: StoryDoc, options: StoryOptions, posting: (entityId: string) => number): boolean {
  const days = daysBetween(a.published, b.published);
  if (days > options.windowDays) return false;
  // What both headlines or leads name (a flooded valley, a minister) links them. Otherwise places
  // say where, not what: two wire stories from New York and London share two places and nothing
  // else, so a link on entities named further down needs an actor (person, organisation) among them.
  let shared = 0;
  let actors = 0;
  let lead = false;
  let oneLead = false;
  for (const e of a.entities) {
    if (!b.entities.has(e) || posting(e) > options.maxPosting) continue;
    shared += 1;
    if (a.lead.has(e) && b.lead.has(e)) lead = true;
    if (a.lead.has(e) || b.lead.has(e)) oneLead = true;
    if (!a.places.has(e)) actors += 1;
  }
  if (lead || (actors > 0 && shared >= options.minShared)) return true;
  // While the news is fresh, what one headline or lead is about and the other names further down
  // ("Mercenaries fighting near Dovra" and a denial that "there are no foreign fighters near Dovra").
  // Only between dated documents: an unknown date is no distance for the window, but no evidence of freshness.
  const fresh = a.published !== null && b.published !== null && days <= options.topicDays;
  if (oneLead && fresh) return true;
  // A country says where, so alone it links nothing; with the same happening told in both leads
  // ("suspected chemical weapons attack") it does, while the news is fresh.
  if (!fresh || ![...a.countries].some((e) => b.countries.has(e) && posting(e) <= options.maxPosting)) return false;
  let words = 0;
  for (const w of a.words) if (b.words.has(w) && ++words >= options.minTopicWords) return true;
  return false;
}

/** Days between two partial dates (YYYY, YYYY-MM, YYYY-MM-DD); a missing one is no distance. */
export function daysBetween(x: string | null, y: string | null): number {
  if (!x || !y) return 0;
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), s.length >= 7 ? Number(s.slice(5, 7)) - 1 : 6, s.length >= 10 ? Number(s.slice(8, 10)) : 15);
  return Math.abs(t(x) - t(y)) / 86_400_000;
}
