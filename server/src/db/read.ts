/*
 * Read queries behind the explorer API: stats, the capped subgraph (with the stories of its
 * documents), the conflict list, a claim with its evidence and relations, an entity, and full-text
 * search. Every query is parameterised, runs in a READ transaction with a timeout, and maps records
 * to graph-schema shapes here.
 */

import neo4j, { type Driver } from "neo4j-driver";
import type {
  ClaimDetail,
  ClaimSummary,
  ConflictList,
  ConflictsQuery,
  EntityDetail,
  GraphEdge,
  GraphNode,
  GraphPayload,
  GraphQuery,
  Overview,
  SearchResult,
  Stats,
  StorySummary,
} from "../../../graph-schema";
import { PrefixIndex } from "../search/prefix-index";

export const READ_TIMEOUT_MS = 10_000;

export interface ReadStore {
  ping(): Promise<void>;
  stats(): Promise<Stats>;
  graph(q: GraphQuery): Promise<GraphPayload>;
  conflicts(q: ConflictsQuery): Promise<ConflictList>;
  claim(id: string): Promise<ClaimDetail | null>;
  entity(id: string): Promise<EntityDetail | null>;
  search(q: string, limit: number): Promise<SearchResult>;
  overview(): Promise<Overview>;
  /** Forget cached answers at once (after a write through this process, such as an upload). */
  invalidate(): void;
  /** Build the in-memory search index for the graph as it is now (a no-op when one is current). */
  warmSearch(): Promise<void>;
}

type Row = Record<string, unknown>;

async function read(driver: Driver, database: string, cypher: string, params: Row = {}): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: READ_TIMEOUT_MS });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

// --- Internal: record → graph-schema mapping ------------------------------------------------

const SUMMARY = `{id: c.id, text: c.text, speaker: c.speakerText, speakerId: c.speakerId, outlet: c.outlet,
  published: c.published, documentId: c.documentId, via: d.via, documentTitle: d.title}`;

function summary(x: unknown): ClaimSummary {
  const o = x as Record<string, unknown>;
  const s = (k: string) => (o[k] === null || o[k] === undefined ? null : String(o[k]));
  return {
    id: String(o.id),
    text: String(o.text),
    speaker: s("speaker"),
    speakerId: s("speakerId"),
    outlet: s("outlet"),
    via: s("via"),
    published: s("published"),
    documentId: String(o.documentId),
    documentTitle: s("documentTitle"),
  };
}

function paragraphAround(text: string, start: number, end: number): { before: string; text: string; after: string } {
  const pStart = Math.max(0, text.lastIndexOf("\n\n", start) + 1);
  const nextBreak = text.indexOf("\n\n", end);
  const pEnd = nextBreak === -1 ? text.length : nextBreak;
  return { before: text.slice(pStart, start).trimStart(), text: text.slice(start, end), after: text.slice(end, pEnd).trimEnd() };
}

function documentNode(d: Row): GraphNode {
  return { id: String(d.id), kind: "Document", label: String(d.title ?? d.id), attributes: { outlet: (d.outlet as string) ?? null, published: (d.published as string) ?? null, via: (d.via as string) ?? null } };
}

function storySummary(row: Row): StorySummary {
  const st = row.s as Row;
  const documentIds = (row.documentIds as string[]).map(String).sort();
  return {
    id: String(st.id),
    title: String(st.title ?? st.id),
    documentIds,
    documentCount: Number(st.documentCount ?? documentIds.length),
    firstPublished: (st.firstPublished as string) ?? null,
    lastPublished: (st.lastPublished as string) ?? null,
  };
}

// --- Public API ----------------------------------------------------------------------------

/**
 * Answers of the heavier reads, kept while the graph has not changed: the key includes node and
 * relationship counts (count-store lookups, about a millisecond, asked at most once per
 * VERSION_TTL_MS however many requests arrive), and entries also expire after CACHE_TTL_MS so a
 * change that keeps every count still shows up soon.
 */
const CACHE_TTL_MS = 30_000;
const VERSION_TTL_MS = 1_000;
const CACHE_MAX = 500;

function createCache(q: (cypher: string) => Promise<Row[]>): {
  cached: <T>(key: string, compute: () => Promise<T>) => Promise<T>;
  invalidate: () => void;
  graphVersion: () => Promise<string>;
} {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  let version: { at: number; value: Promise<string> } | null = null;
  const graphVersion = (): Promise<string> => {
    if (version && performance.now() - version.at < VERSION_TTL_MS) return version.value;
    const value = q("MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r").then(([v]) => `${v?.n}/${v?.r}`);
    version = { at: performance.now(), value };
    value.catch(() => (version = null));
    return value;
  };
  async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const full = `${await graphVersion()}|${key}`;
    const hit = entries.get(full);
    if (hit && performance.now() - hit.at < CACHE_TTL_MS) return hit.value as Promise<T>;
    const value = compute();
    entries.set(full, { at: performance.now(), value });
    value.catch(() => entries.delete(full));
    if (entries.size > CACHE_MAX) entries.delete(entries.keys().next().value!);
    return value;
  }
  const invalidate = () => {
    version = null;
    entries.clear();
  };
  return { cached, invalidate, graphVersion };
}

/**
 * Search-as-you-type from memory. A query through the full-text indexes costs a few milliseconds of
 * both processes' CPU; a burst of new terms from many clients queues behind that. The claims' and
 * entities' words are therefore held in a prefix index (server/src/search) built from the graph as
 * it is at a version (the counts above), rebuilt when the version changes, and used once built;
 * until then, and for graphs past SEARCH_INDEX_MAX items, the full-text indexes answer.
 */
export const SEARCH_INDEX_MAX = 2_000_000;
const SEARCH_RETRY_MS = 30_000;

type ClaimHit = SearchResult["claims"][number];
type EntityHit = SearchResult["entities"][number];
interface SearchIndexes {
  claims: PrefixIndex<Omit<ClaimHit, "score">>;
  entities: PrefixIndex<Omit<EntityHit, "score"> & { aliasText: string }>;
}

function createSearchIndex(q: (cypher: string) => Promise<Row[]>, graphVersion: () => Promise<string>, max: number) {
  let state: { version: string; ready: SearchIndexes | null; failedAt: number | null; built: Promise<void> } | null = null;
  const build = async (): Promise<SearchIndexes | null> => {
    const [n] = await q("MATCH (c:Claim) WITH count(c) AS claims MATCH (e:Entity) RETURN claims, count(e) AS entities");
    if (Number(n?.claims ?? 0) + Number(n?.entities ?? 0) > max) return null;
    const [claims, entities] = await Promise.all([
      q("MATCH (c:Claim) RETURN c.id AS id, c.text AS text, c.outlet AS outlet"),
      q("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliasText, '') AS aliasText"),
    ]);
    // Built a slice at a time, so requests keep being answered meanwhile.
    return {
      claims: await PrefixIndex.build(
        claims.map((r) => ({ id: String(r.id), text: String(r.text ?? ""), outlet: (r.outlet as string) ?? null })),
        (c) => c.text,
      ),
      entities: await PrefixIndex.build(
        entities.map((r) => ({ id: String(r.id), name: String(r.name ?? ""), type: String(r.type ?? ""), aliasText: String(r.aliasText) })),
        (e) => `${e.name} ${e.aliasText}`,
      ),
    };
  };
  let inFlight: Promise<void> | null = null;
  /** The state for the current graph, starting a build when there is none (or the last failed a while ago). */
  const current = async (): Promise<NonNullable<typeof state>> => {
    const version = await graphVersion();
    if (state?.version === version && (state.failedAt === null || performance.now() - state.failedAt < SEARCH_RETRY_MS)) return state;
    if (inFlight) {
      // One build at a time (each holds every claim's text while it runs): a graph that changed
      // during a build gets its own once that one ends; the full-text indexes answer meanwhile.
      return { version, ready: null, failedAt: null, built: inFlight.then(() => current()).then((next) => next.built) };
    }
    const mine = { version, ready: null as SearchIndexes | null, failedAt: null as number | null, built: Promise.resolve() };
    mine.built = build()
      .then(
        (ready) => {
          mine.ready = ready;
          // A graph past the cap stays with the full-text indexes until its version changes.
          if (!ready) mine.failedAt = Number.POSITIVE_INFINITY;
        },
        () => {
          mine.failedAt = performance.now();
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
    /** The index for the current graph if it is built, else null (the caller uses the full-text indexes). */
    ready: async () => (await current()).ready,
    reset: () => (state = null),
    /** Resolves once the current graph's index is built (or found too large, or failed). */
    warm: async () => (await current()).built,
  };
}

export interface ReadStoreOptions {
  /** Graphs with more claims and entities than this search through the full-text indexes only. */
  searchIndexMax?: number;
}

export function createReadStore(driver: Driver, database: string, options: ReadStoreOptions = {}): ReadStore {
  const q = (cypher: string, params?: Row) => read(driver, database, cypher, params);
  const { cached, invalidate: forget, graphVersion } = createCache(q);
  const searchIndex = createSearchIndex(q, graphVersion, options.searchIndexMax ?? SEARCH_INDEX_MAX);
  const invalidate = () => {
    forget();
    searchIndex.reset();
    // Rebuild now rather than on the next search; searches meanwhile use the full-text indexes.
    searchIndex.warm().catch(() => {});
  };
  const store: Omit<ReadStore, "invalidate" | "warmSearch"> = {
    async ping() {
      // An auto-commit query: no retries, so a down server is reported at once, not after the
      // driver's retry window.
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run("RETURN 1", {}, { timeout: 3_000 });
      } finally {
        await session.close();
      }
    },

    async stats() {
      const [labels, rels, outlets] = await Promise.all([
        q("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"),
        q("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"),
        q(`MATCH (d:Document) WITH d.outlet AS outlet, collect(d) AS docs
           CALL (docs) { UNWIND docs AS d OPTIONAL MATCH (d)-[:CONTAINS]->(c:Claim) RETURN count(c) AS claims,
             sum(CASE WHEN c IS NULL THEN 0 ELSE count { (c)-[:CONTRADICTS]-() } END) AS contradictions }
           RETURN outlet, size(docs) AS documents, claims, contradictions ORDER BY outlet`),
      ]);
      return {
        labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.n)])),
        relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
        outlets: outlets.map((r) => ({ outlet: String(r.outlet), documents: Number(r.documents), claims: Number(r.claims), contradictions: Number(r.contradictions) })),
      };
    },

    async graph(f) {
      const params = {
        outlet: f.outlet ?? null,
        entity: f.entity ?? null,
        from: f.from ?? null,
        to: f.to ? `${f.to}~` : null,
        text: f.text?.toLowerCase() ?? null,
        relation: f.relation,
        minConfidence: f.minConfidence,
        linkedOnly: f.linkedOnly,
        limit: neo4j.int(f.limit),
      };
      // Claims most involved in conflicts first, so the cap keeps what the explorer is for.
      const [picked] = await q(
        `MATCH (c:Claim)
         WHERE ($outlet IS NULL OR c.outlet = $outlet)
           AND ($from IS NULL OR c.published >= $from) AND ($to IS NULL OR c.published <= $to)
           AND ($text IS NULL OR toLower(c.text) CONTAINS $text)
           AND ($entity IS NULL OR EXISTS { (c)-[:MENTIONS|ATTRIBUTED_TO]->(:Entity {id: $entity}) })
           AND (NOT $linkedOnly OR EXISTS { (c)-[r:CONTRADICTS|SUPPORTS]-() WHERE r.confidence >= $minConfidence AND ($relation = 'any' OR type(r) = $relation) })
         WITH c, COUNT { (c)-[:CONTRADICTS]-() } * 2 + COUNT { (c)-[:SUPPORTS]-() } AS weight
         ORDER BY weight DESC, c.id
         WITH collect(c.id) AS ids
         RETURN size(ids) AS total, ids[0..$limit] AS ids`,
        params,
      );
      const ids = (picked?.ids as string[]) ?? [];
      const total = Number(picked?.total ?? 0);
      const nodes = new Map<string, GraphNode>();
      const edges = new Map<string, GraphEdge>();
      const edge = (e: GraphEdge) => edges.set(e.id, e);
      const [claims, sources, entities, relations, stances] = await Promise.all([
        q(`MATCH (d:Document)-[:CONTAINS]->(c:Claim) WHERE c.id IN $ids
           RETURN c {.id, .text, .outlet, .published, .speakerText, .polarity} AS c, d {.id, .title, .outlet, .published, .via, .url} AS d`, { ids }),
        q(`MATCH (d:Document)-[:CONTAINS]->(c:Claim) WHERE c.id IN $ids WITH DISTINCT d
           MATCH (s:Source)-[r:PUBLISHED|CITES]-(d) RETURN s {.id, .name} AS s, type(r) AS type, d.id AS d`, { ids }),
        q(`MATCH (c:Claim)-[r:MENTIONS|ATTRIBUTED_TO]->(e:Entity) WHERE c.id IN $ids
           RETURN c.id AS c, type(r) AS type, e {.id, .name, .type} AS e`, { ids }),
        q(`MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim) WHERE a.id IN $ids AND b.id IN $ids
             AND r.confidence >= $minConfidence AND ($relation = 'any' OR type(r) = $relation)
           RETURN r {.id, .kind, .confidence, .reason, .method} AS r, type(r) AS type, a.id AS a, b.id AS b`,
          { ids, minConfidence: f.minConfidence, relation: f.relation }),
        // Other outlets' articles that dispute or echo the shown claims (relation filter "any" only).
        f.relation === "any"
          ? q(`MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim) WHERE c.id IN $ids AND s.confidence >= $minConfidence
               RETURN s {.id, .confidence, .reason, .method} AS s, type(s) AS type, d {.id, .title, .outlet, .published, .via} AS d, c.id AS c`,
              { ids, minConfidence: f.minConfidence })
          : Promise.resolve([] as Row[]),
      ]);
      for (const row of claims) {
        const c = row.c as Row;
        const d = row.d as Row;
        nodes.set(String(c.id), { id: String(c.id), kind: "Claim", label: String(c.text), attributes: { outlet: (c.outlet as string) ?? null, published: (c.published as string) ?? null, speaker: (c.speakerText as string) ?? null } });
        nodes.set(String(d.id), documentNode(d));
        edge({ id: `${d.id}>${c.id}`, type: "CONTAINS", source: String(d.id), target: String(c.id), attributes: {} });
      }
      for (const row of sources) {
        const s = row.s as Row;
        nodes.set(String(s.id), { id: String(s.id), kind: "Source", label: String(s.name), attributes: {} });
        const published = row.type === "PUBLISHED";
        edge({ id: `${row.type}:${s.id}:${row.d}`, type: published ? "PUBLISHED" : "CITES", source: published ? String(s.id) : String(row.d), target: published ? String(row.d) : String(s.id), attributes: {} });
      }
      for (const row of entities) {
        const e = row.e as Row;
        nodes.set(String(e.id), { id: String(e.id), kind: "Entity", label: String(e.name), attributes: { type: String(e.type) } });
        edge({ id: `${row.type}:${row.c}:${e.id}`, type: row.type === "MENTIONS" ? "MENTIONS" : "ATTRIBUTED_TO", source: String(row.c), target: String(e.id), attributes: {} });
      }
      for (const row of relations) {
        const r = row.r as Row;
        edge({
          id: String(r.id),
          type: row.type === "CONTRADICTS" ? "CONTRADICTS" : "SUPPORTS",
          source: String(row.a),
          target: String(row.b),
          attributes: { kind: String(r.kind), confidence: Number(r.confidence), reason: String(r.reason), method: String(r.method) },
        });
      }
      for (const row of stances) {
        const st = row.s as Row;
        const d = row.d as Row;
        if (!nodes.has(String(d.id))) {
          nodes.set(String(d.id), documentNode(d));
        }
        edge({
          id: String(st.id),
          type: row.type === "DISPUTES" ? "DISPUTES" : "ECHOES",
          source: String(d.id),
          target: String(row.c),
          attributes: { confidence: Number(st.confidence), reason: String(st.reason), method: String(st.method) },
        });
      }
      const docIds = [...nodes.values()].filter((n) => n.kind === "Document").map((n) => n.id);
      const stories =
        docIds.length === 0
          ? []
          : await q(
              `MATCH (d:Document)-[:IN_STORY]->(s:Story) WHERE d.id IN $docIds
               WITH s, collect(d.id) AS documentIds ORDER BY coalesce(s.firstPublished, '9999'), s.id
               RETURN s {.id, .title, .firstPublished, .lastPublished, .documentCount} AS s, documentIds`,
              { docIds },
            );
      return { nodes: [...nodes.values()], edges: [...edges.values()], stories: stories.map(storySummary), totalClaims: total, truncated: total > ids.length };
    },

    async conflicts(f) {
      const rows = await q(
        `MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[r]->(c2:Claim)<-[:CONTAINS]-(d2:Document)
         WHERE type(r) = $type AND r.confidence >= $minConfidence AND ($kind IS NULL OR r.kind = $kind)
           AND ($outlet IS NULL OR c.outlet = $outlet OR c2.outlet = $outlet)
           AND ($against IS NULL OR (c.outlet = $outlet AND c2.outlet = $against) OR (c.outlet = $against AND c2.outlet = $outlet))
         WITH r, c, d, c2, d2 ORDER BY ${f.sort === "date" ? "coalesce(c.published, '') DESC, r.confidence DESC" : "r.confidence DESC, coalesce(c.published, '') DESC"}, r.id
         LIMIT $limit
         RETURN r {.id, .kind, .confidence, .reason, .method} AS r, ${SUMMARY} AS a,
                ${SUMMARY.replace(/\bc\./g, "c2.").replace(/\bd\./g, "d2.")} AS b`,
        { type: f.type, minConfidence: f.minConfidence, kind: f.kind ?? null, outlet: f.outlet ?? null, against: f.outlet ? f.against ?? null : null, limit: neo4j.int(f.limit + 1) },
      );
      const items = rows.slice(0, f.limit).map((row) => {
        const r = row.r as Row;
        return { id: String(r.id), type: f.type, kind: String(r.kind), confidence: Number(r.confidence), reason: String(r.reason), method: String(r.method), a: summary(row.a), b: summary(row.b) };
      });
      return { items, truncated: rows.length > f.limit };
    },

    async claim(id) {
      const [row] = await q(
        `MATCH (d:Document)-[:CONTAINS]->(c:Claim {id: $id})
         OPTIONAL MATCH (c)-[:MENTIONS]->(e:Entity)
         WITH c, d, collect(DISTINCT e {.id, .name, .type}) AS mentions
         OPTIONAL MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(c2:Claim)<-[:CONTAINS]-(d2:Document)
         WITH c, d, mentions,
           collect(CASE WHEN r IS NULL THEN null ELSE {r: r {.id, .kind, .confidence, .reason, .method}, type: type(r),
             other: ${SUMMARY.replace(/\bc\./g, "c2.").replace(/\bd\./g, "d2.")}} END) AS related
         OPTIONAL MATCH (d3:Document)-[s:DISPUTES|ECHOES]->(c)
         RETURN c {.*} AS claim, d {.text, .title, .via} AS d, mentions, related,
           collect(CASE WHEN s IS NULL THEN null ELSE {s: s {.id, .confidence, .reason, .method, .quote}, type: type(s),
             documentId: d3.id, outlet: d3.outlet, title: d3.title} END) AS stances`,
        { id },
      );
      if (!row) return null;
      const c = row.claim as Row;
      const d = row.d as Row;
      const base = summary({ ...c, speaker: c.speakerText, via: d.via, documentTitle: d.title });
      const related = (row.related as Row[]).map((x) => {
        const r = x.r as Row;
        return { id: String(r.id), type: x.type === "CONTRADICTS" ? ("CONTRADICTS" as const) : ("SUPPORTS" as const), kind: String(r.kind), confidence: Number(r.confidence), reason: String(r.reason), method: String(r.method), other: summary(x.other) };
      });
      related.sort((a, b) => (a.type === b.type ? b.confidence - a.confidence : a.type === "CONTRADICTS" ? -1 : 1));
      return {
        claim: {
          ...base,
          content: (c.content as string) ?? null,
          verb: (c.verb as string) ?? null,
          polarity: String(c.polarity),
          hedged: Boolean(c.hedged),
          start: Number(c.start),
          end: Number(c.end),
          quantities: JSON.parse(String(c.quantities ?? "[]")),
          time: (c.timeDate as string) ?? null,
        },
        context: paragraphAround(String(d.text), Number(c.start), Number(c.end)),
        mentions: (row.mentions as Row[]).map((m) => ({ id: String(m.id), name: String(m.name), type: String(m.type) })),
        related,
        stances: (row.stances as Row[])
          .map((x) => {
            const st = x.s as Row;
            return {
              id: String(st.id),
              type: x.type === "DISPUTES" ? ("DISPUTES" as const) : ("ECHOES" as const),
              confidence: Number(st.confidence),
              reason: String(st.reason),
              method: String(st.method),
              documentId: String(x.documentId),
              outlet: (x.outlet as string) ?? null,
              title: (x.title as string) ?? null,
              quote: String(st.quote ?? ""),
            };
          })
          .sort((a, b) => (a.type === b.type ? b.confidence - a.confidence : a.type === "DISPUTES" ? -1 : 1)),
      };
    },

    async entity(id) {
      const [row] = await q(
        `MATCH (e:Entity {id: $id})
         OPTIONAL MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[:MENTIONS]->(e)
         WITH e, collect(CASE WHEN c IS NULL THEN null ELSE ${SUMMARY} END) AS about
         OPTIONAL MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[:ATTRIBUTED_TO]->(e)
         RETURN e {.id, .name, .type, .aliases} AS e, about, collect(CASE WHEN c IS NULL THEN null ELSE ${SUMMARY} END) AS said`,
        { id },
      );
      if (!row) return null;
      const e = row.e as Row;
      const byOutlet = new Map<string, ClaimSummary[]>();
      for (const c of (row.about as unknown[]).map(summary)) byOutlet.set(c.outlet ?? "unknown", [...(byOutlet.get(c.outlet ?? "unknown") ?? []), c]);
      return {
        entity: { id: String(e.id), name: String(e.name), type: e.type as EntityDetail["entity"]["type"], aliases: (e.aliases as string[]) ?? [] },
        byOutlet: [...byOutlet.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([outlet, claims]) => ({ outlet, claims })),
        asSpeaker: (row.said as unknown[]).map(summary),
      };
    },

    async overview() {
      const [pairs, timeline, outlets] = await Promise.all([
        q(`MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim)
           WITH coalesce(a.outlet, 'unknown') AS x, coalesce(b.outlet, 'unknown') AS y, type(r) AS t
           WITH CASE WHEN x <= y THEN x ELSE y END AS a, CASE WHEN x <= y THEN y ELSE x END AS b, t
           RETURN a, b, sum(CASE t WHEN 'CONTRADICTS' THEN 1 ELSE 0 END) AS contradicts,
                  sum(CASE t WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports ORDER BY a, b`),
        q(`MATCH (c:Claim) WHERE c.published IS NOT NULL
           RETURN c.published AS date, coalesce(c.outlet, 'unknown') AS outlet, count(*) AS claims,
                  sum(CASE WHEN EXISTS { (c)-[:CONTRADICTS]-() } THEN 1 ELSE 0 END) AS contradicted
           ORDER BY date, outlet`),
        q("MATCH (d:Document) RETURN DISTINCT coalesce(d.outlet, 'unknown') AS outlet ORDER BY outlet"),
      ]);
      return {
        outlets: outlets.map((r) => String(r.outlet)),
        matrix: pairs.map((r) => ({ a: String(r.a), b: String(r.b), contradicts: Number(r.contradicts), supports: Number(r.supports) })),
        timeline: timeline.map((r) => ({ date: String(r.date), outlet: String(r.outlet), claims: Number(r.claims), contradicted: Number(r.contradicted) })),
      };
    },

    async search(text, limit) {
      const index = await searchIndex.ready();
      if (index) {
        return {
          claims: index.claims.search(text, limit).map(({ item, score }) => ({ ...item, score })),
          entities: index.entities.search(text, limit).map(({ item, score }) => ({ id: item.id, name: item.name, type: item.type, score })),
        };
      }
      // Lucene syntax is escaped: the box is for words, not query operators.
      const lucene = text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&").split(/\s+/).filter(Boolean).map((w) => `${w}*`).join(" ");
      // Both indexes in one query: one session and one round trip per search. The limit goes to
      // Lucene itself, which keeps the top hits instead of handing every match to Cypher.
      const [row] = await q(
        `CALL () { CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $limit}) YIELD node, score
                   RETURN collect({id: node.id, text: node.text, outlet: node.outlet, score: score}) AS claims }
         CALL () { CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
                   RETURN collect({id: node.id, name: node.name, type: node.type, score: score}) AS entities }
         RETURN claims, entities`,
        { lucene, limit: neo4j.int(limit) },
      );
      const claims = (row?.claims ?? []) as Row[];
      const entities = (row?.entities ?? []) as Row[];
      return {
        claims: claims.map((r) => ({ id: String(r.id), text: String(r.text), outlet: (r.outlet as string) ?? null, score: Number(r.score) })),
        entities: entities.map((r) => ({ id: String(r.id), name: String(r.name), type: String(r.type), score: Number(r.score) })),
      };
    },
  };
  return {
    ...store,
    stats: () => cached("stats", () => store.stats()),
    graph: (f) => cached(`graph:${JSON.stringify(f)}`, () => store.graph(f)),
    conflicts: (f) => cached(`conflicts:${JSON.stringify(f)}`, () => store.conflicts(f)),
    overview: () => cached("overview", () => store.overview()),
    search: (text, limit) => cached(`search:${limit}:${text.toLowerCase()}`, () => store.search(text, limit)),
    invalidate,
    warmSearch: () => searchIndex.warm().catch(() => {}),
  };
}
