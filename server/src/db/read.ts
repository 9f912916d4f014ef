/*
 * The read store behind the explorer: the queries (db/queries/), the cache of their answers while
 * the graph is unchanged (read-cache.ts) and the in-memory search index (search-index.ts), put
 * together over one driver. Services read the graph through this interface only.
 */

import type { Driver } from "neo4j-driver";
import type {
  ClaimDetail,
  ConflictList,
  ConflictsQuery,
  EntityDetail,
  FiguresQuery,
  GraphPayload,
  GraphQuery,
  Overview,
  ReaderDocument,
  SearchResult,
  Stats,
  StoriesQuery,
  StoryList,
} from "../../../graph-schema";
import { readClaim, readConflicts, readEntity } from "./queries/claims";
import { readFigureClaims, type FigureClaims } from "./queries/figures";
import { readDocument } from "./queries/document";
import { readGraph } from "./queries/graph";
import { readOverview, readStats } from "./queries/overview";
import { searchFullText, searchSource } from "./queries/search";
import { ping, readGraphVersion } from "./queries/status";
import { readStories } from "./queries/stories";
import { createReadCache, type ReadCacheOptions } from "./read-cache";
import { readQuery } from "./read-records";
import { createSearchIndex, SEARCH_INDEX_MAX } from "./search-index";

export interface ReadStore {
  ping(): Promise<void>;
  stats(): Promise<Stats>;
  graph(q: GraphQuery): Promise<GraphPayload>;
  conflicts(q: ConflictsQuery): Promise<ConflictList>;
  claim(id: string): Promise<ClaimDetail | null>;
  entity(id: string): Promise<EntityDetail | null>;
  document(id: string): Promise<ReaderDocument | null>;
  search(q: string, limit: number): Promise<SearchResult>;
  overview(): Promise<Overview>;
  /** Claims with figures of one story or of all, for the Disputed figures view. */
  figureClaims(f: Pick<FiguresQuery, "story" | "from" | "to">): Promise<FigureClaims>;
  stories(q: StoriesQuery): Promise<StoryList>;
  /** Forget cached answers at once (after a write through this process, such as an upload). */
  invalidate(): void;
  /** Build the in-memory search index for the graph as it is now (a no-op when one is current). */
  warmSearch(): Promise<void>;
}

export interface ReadStoreOptions {
  /** Graphs with more claims and entities than this search through the full-text indexes only. */
  searchIndexMax?: number;
  cache?: Partial<ReadCacheOptions>;
}

export function createReadStore(driver: Driver, database: string, options: ReadStoreOptions = {}): ReadStore {
  const q = readQuery(driver, database);
  const cache = createReadCache(() => readGraphVersion(q), options.cache);
  const searchIndex = createSearchIndex({ graphVersion: cache.graphVersion, source: searchSource(q), max: options.searchIndexMax ?? SEARCH_INDEX_MAX });
  // Claim, entity and document pages are single-record lookups: cheap enough to read fresh every time.
  return {
    ping: () => ping(driver, database),
    stats: () => cache.cached("stats", () => readStats(q)),
    overview: () => cache.cached("overview", () => readOverview(q)),
    graph: (f) => cache.cached(`graph:${JSON.stringify(f)}`, () => readGraph(q, f)),
    conflicts: (f) => cache.cached(`conflicts:${JSON.stringify(f)}`, () => readConflicts(q, f)),
    figureClaims: (f) => cache.cached(`figures:${f.story ?? ""}:${f.from ?? ""}:${f.to ?? ""}`, () => readFigureClaims(q, f)),
    stories: (f) => cache.cached(`stories:${JSON.stringify(f)}`, () => readStories(q, f)),
    claim: (id) => readClaim(q, id),
    entity: (id) => readEntity(q, id),
    document: (id) => readDocument(q, id),
    search: (text, limit) =>
      cache.cached(`search:${limit}:${text.toLowerCase()}`, async () => (await searchIndex.search(text, limit)) ?? searchFullText(q, text, limit)),
    invalidate() {
      cache.invalidate();
      searchIndex.reset();
      // Rebuild now rather than on the next search; searches meanwhile use the full-text indexes.
      searchIndex.warm().catch(() => {});
    },
    warmSearch: () => searchIndex.warm().catch(() => {}),
  };
}
