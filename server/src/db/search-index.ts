/*
 * The lifecycle of the in-memory search index. A query through the full-text indexes costs a few
 * milliseconds of both processes' CPU, and a burst of new terms from many clients queues behind
 * that; so the claims' and entities' words are held in a prefix index (server/src/search) built from
 * the graph as it is at a version, rebuilt when the version changes, and used once built. Until
 * then, and for graphs past `max` items, the caller asks the full-text indexes. No Cypher here: the
 * items come from a source the read store passes in.
 */

import type { SearchResult } from "../../../graph-schema";
import { PrefixIndex } from "../search/prefix-index";

export const SEARCH_INDEX_MAX = 2_000_000;
/** After a failed build, the full-text indexes answer for this long before a build is tried again. */
export const SEARCH_RETRY_MS = 30_000;

export type ClaimItem = Omit<SearchResult["claims"][number], "score">;
/** `aliasText` is searched along with the name but not sent. */
export type EntityItem = Omit<SearchResult["entities"][number], "score"> & { aliasText: string };

export interface SearchSource {
  /** Claims plus entities in the graph now: a build is skipped past `max`. */
  size(): Promise<number>;
  items(): Promise<{ claims: ClaimItem[]; entities: EntityItem[] }>;
}

export interface SearchIndexOptions {
  graphVersion: () => Promise<string>;
  source: SearchSource;
  max?: number;
  retryMs?: number;
  now?: () => number;
}

export interface SearchIndex {
  /** The answer from memory when the index of the current graph is built, else null. */
  search(text: string, limit: number): Promise<SearchResult | null>;
  /** Resolves once the current graph's index is built (or found too large, or failed). */
  warm(): Promise<void>;
  /** Forget the index; the next search or warm() starts a build for the graph as it is then. */
  reset(): void;
}

interface Indexes {
  claims: PrefixIndex<ClaimItem>;
  entities: PrefixIndex<EntityItem>;
}

interface State {
  version: string;
  ready: Indexes | null;
  /** When the build failed; +Infinity for a graph past the cap (it waits for a new version). */
  failedAt: number | null;
  built: Promise<void>;
}

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const { graphVersion, source } = options;
  const max = options.max ?? SEARCH_INDEX_MAX;
  const retryMs = options.retryMs ?? SEARCH_RETRY_MS;
  const now = options.now ?? (() => performance.now());
  let state: State | null = null;
  let inFlight: Promise<void> | null = null;

  const build = async (): Promise<Indexes | null> => {
    if ((await source.size()) > max) return null;
    const { claims, entities } = await source.items();
    // Built a slice at a time, so requests keep being answered meanwhile.
    return {
      claims: await PrefixIndex.build(claims, (c) => c.text),
      entities: await PrefixIndex.build(entities, (e) => `${e.name} ${e.aliasText}`),
    };
  };

  /** The state for the current graph, starting a build when there is none (or the last failed a while ago). */
  const current = async (): Promise<State> => {
    const version = await graphVersion();
    if (state?.version === version && (state.failedAt === null || now() - state.failedAt < retryMs)) return state;
    if (inFlight) {
      // One build at a time (each holds every claim's text while it runs): a graph that changed
      // during a build gets its own once that one ends; the full-text indexes answer meanwhile.
      return { version, ready: null, failedAt: null, built: inFlight.then(() => current()).then((next) => next.built) };
    }
    const mine: State = { version, ready: null, failedAt: null, built: Promise.resolve() };
    mine.built = build()
      .then(
        (ready) => {
          mine.ready = ready;
          if (!ready) mine.failedAt = Number.POSITIVE_INFINITY;
        },
        () => {
          mine.failedAt = now();
        },
      )
      .finally(() => {
        inFlight = null;
      });
    inFlight = mine.built;
    state = mine;
    return mine;
  };

  return {
    async search(text, limit) {
      const index = (await current()).ready;
      if (!index) return null;
      return {
        claims: index.claims.search(text, limit).map(({ item, score }) => ({ ...item, score })),
        entities: index.entities.search(text, limit).map(({ item, score }) => ({ id: item.id, name: item.name, type: item.type, score })),
      };
    },
    warm: async () => (await current()).built,
    reset: () => {
      state = null;
    },
  };
}
