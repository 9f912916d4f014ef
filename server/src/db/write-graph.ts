/*
 * Writes a ClaimGraph to Neo4j: constraints first, then nodes, then relationships, each in batched,
 * parameterised `UNWIND $rows` transactions, two batches in flight. Nodes are MERGEd on
 * content-derived ids. A relationship is MERGEd when both its ends belong to documents the database
 * already held before this write began; otherwise it cannot exist yet (relationships are written only
 * after every node stage has committed, and a claim's id derives from its document's), so it is
 * CREATEd, which skips the search of the ends' existing relationships. A re-run — including one after
 * a crash mid-ingest — therefore converges to the same graph. Claims, claim-to-claim edges, entity
 * edges and story links that a re-ingested document no longer yields are removed in the same pass.
 * A story may hold documents of earlier writes besides this one's, so the count, dates and title of
 * every story such a document touches are recomputed from the database, and a story left with no
 * document is deleted.
 */

import type { Driver } from "neo4j-driver";
import type { ClaimGraph } from "../../../graph-schema";
import { ClaimGraphError } from "../errors";
import { sourceId } from "../nlp/pipeline";
import { ENGINE_VERSION } from "../nlp/version";
import { applySchema } from "./schema";

export interface WriteOptions {
  batchSize: number;
  /** Batches of one stage in flight at once. Two keeps the client encoding the next batch while the server writes one. */
  concurrency: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Documents this write removes afterwards: story summaries count them out already. */
  gone?: readonly string[];
  /** The caller applied the schema already (an ingest does, before it takes the lock). */
  schemaApplied?: boolean;
}

export const DEFAULT_WRITE_OPTIONS: WriteOptions = { batchSize: 5000, concurrency: 2 };

export interface Stage {
  name: string;
  cypher: string;
  rows: Record<string, unknown>[];
  /** Parameters beside $rows, sent with each of this stage's batches only. */
  params?: Record<string, unknown>;
  /** Node stages touch disjoint labels and run concurrently; relationship stages run one at a time. */
  nodes?: boolean;
}

export interface WriteSummary {
  rows: number;
  batches: number;
}

/**
 * Recomputes the Story `s` from the documents linked to it now, by the pipeline's rule (the title is
 * the headline of the earliest document, undated ones last, ties by id), and deletes it when none is
 * left. Used after links to `s` were added or removed by a write that may not hold all its documents.
 */
const SUMMARISE_STORY = `CALL (s) {
    OPTIONAL MATCH (d:Document)-[:IN_STORY]->(s) WHERE $gone[d.id] IS NULL
    WITH d ORDER BY coalesce(d.published, '9999'), d.id
    RETURN collect(d) AS docs
  }
  WITH s, docs, [x IN docs WHERE x.published IS NOT NULL | x.published] AS dates
  SET s.documentCount = size(docs), s.title = coalesce(docs[0].title, s.title), s.firstPublished = dates[0], s.lastPublished = dates[-1]
  WITH s WHERE s.documentCount = 0
  DETACH DELETE s`;

/**
 * One relationship stage as two: rows touching a document new to the database CREATE the
 * relationship; the rest MERGE it (see the header). `write` is the pattern, e.g. "(a)-[r:T]->(b)".
 */
function relationshipStages(name: string, match: string, write: string, set: string, rows: Record<string, unknown>[], fresh: (row: Record<string, unknown>) => boolean): Stage[] {
  const created = rows.filter(fresh);
  const merged = rows.filter((r) => !fresh(r));
  const stages: Stage[] = [];
  if (created.length > 0) stages.push({ name, cypher: `UNWIND $rows AS row ${match} CREATE ${write} ${set}`, rows: created });
  if (merged.length > 0 || created.length === 0) stages.push({ name: created.length > 0 ? `${name} (existing documents)` : name, cypher: `UNWIND $rows AS row ${match} MERGE ${write} ${set}`, rows: merged });
  return stages;
}

/**
 * The write stages for `graph`. `known` holds the documents the database held before this write; the
 * default, every document, makes every relationship a MERGE.
 */
export function graphStages(graph: ClaimGraph, known?: ReadonlySet<string>): Stage[] {
  const docOutlet = new Map(graph.documents.map((d) => [d.id, d]));
  const claimDoc = new Map(graph.claims.map((c) => [c.id, c.documentId]));
  // A document this graph does not hold (a stored story's document that new ones join) is stored.
  const held = new Set(graph.documents.map((d) => d.id));
  const isNew = (documentId: unknown) => known !== undefined && held.has(documentId as string) && !known.has(documentId as string);
  const claimIsNew = (claimId: unknown) => isNew(claimDoc.get(claimId as string));
  return [
    {
      name: "sources",
      nodes: true,
      cypher: "UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s.name = row.name",
      rows: graph.sources.map((s) => ({ id: s.id, name: s.name })),
    },
    {
      name: "documents",
      nodes: true,
      cypher: `UNWIND $rows AS row MERGE (d:Document {id: row.id})
        SET d.file = row.file, d.outlet = row.outlet, d.via = row.via, d.url = row.url, d.title = row.title,
            d.published = row.published, d.precision = row.precision, d.language = row.language,
            d.contentHash = row.contentHash, d.text = row.text, d.metadataFrom = row.metadataFrom`,
      rows: graph.documents.map((d) => ({ ...d, metadataFrom: JSON.stringify(d.metadataFrom) })),
    },
    {
      name: "entities",
      nodes: true,
      cypher: `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
        SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasText = row.aliasText`,
      rows: graph.entities.map((e) => ({ ...e, aliasText: e.aliases.join(" | ") })),
    },
    {
      name: "stories",
      nodes: true,
      cypher: `UNWIND $rows AS row MERGE (s:Story {id: row.id})
        SET s.title = row.title, s.firstPublished = row.firstPublished, s.lastPublished = row.lastPublished,
            s.documentCount = row.documentCount, s.candidateIndex = row.candidateIndex`,
      rows: graph.stories.map(({ documentIds, ...st }) => ({ ...st, documentCount: documentIds.length, candidateIndex: st.candidateIndex ?? null })),
    },
    {
      name: "claims",
      nodes: true,
      cypher: `UNWIND $rows AS row MERGE (c:Claim {id: row.id})
        SET c.documentId = row.documentId, c.text = row.text, c.start = row.start, c.end = row.end,
            c.sentenceStart = row.sentenceStart, c.sentenceEnd = row.sentenceEnd, c.speakerId = row.speakerId,
            c.speakerText = row.speakerText, c.verb = row.verb, c.content = row.content, c.polarity = row.polarity,
            c.hedged = row.hedged, c.hedges = row.hedges, c.quantities = row.quantities, c.measures = row.measures,
            c.timeText = row.timeText, c.timeDate = row.timeDate, c.outlet = row.outlet, c.published = row.published`,
      rows: graph.claims.map(({ time, ...c }) => ({
        ...c,
        quantities: JSON.stringify(c.quantities),
        measures: [...new Set(c.quantities.map((q) => q.measure).filter((m): m is string => m !== null))],
        timeText: time?.text ?? null,
        timeDate: time?.date ?? null,
        outlet: docOutlet.get(c.documentId)?.outlet ?? null,
        published: docOutlet.get(c.documentId)?.published ?? null,
      })),
    },
    ...relationshipStages(
      "PUBLISHED",
      "MATCH (s:Source {id: row.source}) MATCH (d:Document {id: row.document})",
      "(s)-[r:PUBLISHED]->(d)",
      "SET r.method = row.method",
      graph.documents.map((d) => ({ source: sourceId(d.outlet), document: d.id, method: d.metadataFrom.outlet ?? "default" })),
      (row) => isNew(row.document),
    ),
    ...relationshipStages(
      "CITES",
      "MATCH (d:Document {id: row.document}) MATCH (s:Source {id: row.source})",
      "(d)-[r:CITES]->(s)",
      "SET r.method = row.method",
      graph.documents.filter((d) => d.via).map((d) => ({ document: d.id, source: sourceId(d.via!), method: d.metadataFrom.via ?? "text" })),
      (row) => isNew(row.document),
    ),
    ...relationshipStages(
      "IN_STORY",
      "MATCH (d:Document {id: row.document}) MATCH (s:Story {id: row.story})",
      "(d)-[r:IN_STORY]->(s)",
      "",
      graph.stories.flatMap((st) => st.documentIds.map((document) => ({ document, story: st.id }))),
      (row) => isNew(row.document),
    ),
    ...relationshipStages(
      "CONTAINS",
      "MATCH (d:Document {id: row.document}) MATCH (c:Claim {id: row.claim})",
      "(d)-[r:CONTAINS]->(c)",
      "SET r.start = row.start, r.end = row.end",
      graph.claims.map((c) => ({ document: c.documentId, claim: c.id, start: c.start, end: c.end })),
      (row) => isNew(row.document),
    ),
    ...relationshipStages(
      "ATTRIBUTED_TO",
      "MATCH (c:Claim {id: row.claim}) MATCH (e:Entity {id: row.entity})",
      "(c)-[r:ATTRIBUTED_TO]->(e)",
      "SET r.text = row.text, r.verb = row.verb",
      graph.claims.filter((c) => c.speakerId).map((c) => ({ claim: c.id, entity: c.speakerId, text: c.speakerText, verb: c.verb })),
      (row) => claimIsNew(row.claim),
    ),
    ...relationshipStages(
      "MENTIONS",
      "MATCH (c:Claim {id: row.claimId}) MATCH (e:Entity {id: row.entityId})",
      "(c)-[r:MENTIONS]->(e)",
      "SET r.start = row.start, r.end = row.end, r.text = row.text",
      graph.mentions.map((m) => ({ ...m })),
      (row) => claimIsNew(row.claimId),
    ),
    ...(["CONTRADICTS", "SUPPORTS"] as const).flatMap((type) =>
      relationshipStages(
        type,
        "MATCH (a:Claim {id: row.source}) MATCH (b:Claim {id: row.target})",
        // Merged by id, not by pattern alone: a person's manual relation between the same two claims
        // is another relationship of the same type, which the engine's must never take over.
        `(a)-[r:${type} {id: row.id}]->(b)`,
        `SET r.id = row.id, r.kind = row.kind, r.confidence = row.confidence, r.reason = row.reason,
            r.method = row.method, r.detector = row.detector, r.evidence = row.evidence, r.quotes = row.quotes,
            r.engine = $engine`,
        graph.relations
          .filter((r) => r.type === type)
          .map((r) => ({ ...r, evidence: JSON.stringify(r.evidence), quotes: r.evidence.map((e) => e.quote) })),
        (row) => claimIsNew(row.source) || claimIsNew(row.target),
      ),
    ),
    ...(["DISPUTES", "ECHOES"] as const).flatMap((type) =>
      relationshipStages(
        type,
        "MATCH (d:Document {id: row.documentId}) MATCH (c:Claim {id: row.claimId})",
        `(d)-[r:${type}]->(c)`,
        `SET r.id = row.id, r.confidence = row.confidence, r.reason = row.reason, r.method = row.method,
            r.detector = row.detector, r.quote = row.quote, r.start = row.start, r.end = row.end, r.engine = $engine`,
        graph.stances
          .filter((st) => st.type === type)
          .map((st) => ({ id: st.id, documentId: st.documentId, claimId: st.claimId, confidence: st.confidence, reason: st.reason, method: st.method, detector: st.detector, quote: st.evidence.quote, start: st.evidence.start, end: st.evidence.end })),
        (row) => isNew(row.documentId) || claimIsNew(row.claimId),
      ),
    ),
    {
      // Only a story holding a document the database already had can hold documents this graph
      // lacks (its id derives from one of its documents); the others are exactly as written above.
      name: "story summaries",
      cypher: `UNWIND $rows AS row MATCH (s:Story {id: row.id}) ${SUMMARISE_STORY}`,
      rows: graph.stories.filter((st) => st.documentIds.some((d) => !isNew(d))).map((st) => ({ id: st.id })),
    },
  ];
}

/**
 * Claims a document no longer yields, claim edges among this graph's claims that are gone, entity
 * edges of its claims that are gone (and entities left with none), stances of this graph's
 * documents that are gone, and links of its documents to another story. Each row carries its own
 * keep-list, and the set of this graph's documents is a map parameter, so each check is a lookup
 * rather than a scan of a list as long as the corpus.
 */
async function existingDocuments(driver: Driver, database: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const { records } = await driver.executeQuery("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id", { ids: ids.slice(i, i + 10_000) }, { database, routing: "READ" });
    for (const r of records) found.add(r.get("id") as string);
  }
  return found;
}

/**
 * `graph` holds the documents already in the database (and their claims); `whole` is the full graph
 * being written, whose relations and stances are the ones to keep.
 */
function cleanupStages(graph: ClaimGraph, whole: ClaimGraph = graph): Stage[] {
  const claimsByDoc = new Map<string, string[]>();
  for (const d of graph.documents) claimsByDoc.set(d.id, []);
  for (const c of graph.claims) claimsByDoc.get(c.documentId)?.push(c.id);
  const relsByClaim = new Map<string, string[]>();
  for (const r of whole.relations) {
    for (const end of [r.source, r.target]) {
      const list = relsByClaim.get(end);
      if (list) list.push(r.id);
      else relsByClaim.set(end, [r.id]);
    }
  }
  const mentionsByClaim = new Map<string, string[]>();
  for (const m of whole.mentions) {
    const list = mentionsByClaim.get(m.claimId);
    if (list) list.push(m.entityId);
    else mentionsByClaim.set(m.claimId, [m.entityId]);
  }
  const storyOf = new Map<string, string>();
  for (const st of whole.stories) for (const d of st.documentIds) storyOf.set(d, st.id);
  const stancesByDoc = new Map<string, string[]>();
  for (const st of whole.stances) {
    const list = stancesByDoc.get(st.documentId);
    if (list) list.push(st.id);
    else stancesByDoc.set(st.documentId, [st.id]);
  }
  return [
    {
      name: "stale claims",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document})-[:CONTAINS]->(c:Claim)
        WHERE NOT c.id IN row.keep DETACH DELETE c`,
      rows: [...claimsByDoc.entries()].map(([document, keep]) => ({ document, keep })),
    },
    {
      name: "stale relations",
      cypher: `UNWIND $rows AS row MATCH (a:Claim {id: row.claim})-[r:CONTRADICTS|SUPPORTS]-(b:Claim)
        WHERE $docSet[b.documentId] IS NOT NULL AND r.method IN ['rule', 'judge'] AND NOT r.id IN row.keep DELETE r`,
      rows: graph.claims.map((c) => ({ claim: c.id, keep: relsByClaim.get(c.id) ?? [] })),
      params: { docSet: Object.fromEntries(whole.documents.map((d) => [d.id, true])) },
    },
    {
      // An entity a claim no longer names (the corpus around it resolved names differently); an
      // entity left with no edge at all is gone from the graph too.
      name: "stale mentions",
      cypher: `UNWIND $rows AS row MATCH (c:Claim {id: row.claim})-[r:MENTIONS|ATTRIBUTED_TO]->(e:Entity)
        WHERE NOT (type(r) = 'MENTIONS' AND e.id IN row.mentions) AND NOT (type(r) = 'ATTRIBUTED_TO' AND e.id = coalesce(row.speaker, ''))
        DELETE r
        WITH DISTINCT e WHERE NOT EXISTS { (e)--() } DELETE e`,
      rows: graph.claims.map((c) => ({ claim: c.id, mentions: mentionsByClaim.get(c.id) ?? [], speaker: c.speakerId })),
    },
    {
      name: "stale stances",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document})-[r:DISPUTES|ECHOES]->(:Claim)
        WHERE NOT r.id IN row.keep DELETE r`,
      rows: graph.documents.map((d) => ({ document: d.id, keep: stancesByDoc.get(d.id) ?? [] })),
    },
    {
      // The story the document left keeps its other documents, under a recomputed summary.
      name: "stale story links",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document})-[r:IN_STORY]->(s:Story)
        WHERE row.story IS NULL OR s.id <> row.story DELETE r
        WITH DISTINCT s ${SUMMARISE_STORY}`,
      rows: graph.documents.map((d) => ({ document: d.id, story: storyOf.get(d.id) ?? null })),
    },
  ];
}

export async function writeGraph(driver: Driver, database: string, graph: ClaimGraph, options: Partial<WriteOptions> = {}): Promise<WriteSummary> {
  const { batchSize, concurrency, onProgress } = { ...DEFAULT_WRITE_OPTIONS, ...options };
  const gone = Object.fromEntries((options.gone ?? []).map((id) => [id, true]));
  if (!options.schemaApplied) await applySchema(driver, database);
  let rows = 0;
  let batches = 0;
  const runStage = async (stage: Stage, lanes: number) => {
    const total = stage.rows.length;
    let next = 0;
    let done = 0;
    let failure: unknown = null;
    const lane = async () => {
      // A lane takes the next batch until the stage is written or a batch has failed.
      while (failure === null && next < total) {
        const i = next;
        next += batchSize;
        const batch = stage.rows.slice(i, i + batchSize);
        try {
          const session = driver.session({ database });
          try {
            await session.executeWrite((tx) => tx.run(stage.cypher, { rows: batch, gone, engine: ENGINE_VERSION, ...stage.params }));
          } finally {
            await session.close();
          }
        } catch (error) {
          failure ??= new ClaimGraphError(
            "NEO4J_WRITE_FAILED",
            `ingest: writing ${stage.name} rows ${i + 1}–${i + batch.length} of ${total} failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); that batch was rolled back — re-run the ingest to complete it.`,
            { cause: error },
          );
          return;
        }
        rows += batch.length;
        batches += 1;
        done += batch.length;
        onProgress?.(stage.name, done, total);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, Math.ceil(total / batchSize))) }, lane));
    if (failure !== null) throw failure;
  };
  // Cleanup concerns only documents the database already holds; on a first ingest there is none.
  const known = await existingDocuments(driver, database, graph.documents.map((d) => d.id));
  const stages = graphStages(graph, known);
  if (known.size > 0) {
    const docs = graph.documents.filter((d) => known.has(d.id));
    const docIds = new Set(docs.map((d) => d.id));
    const subset: ClaimGraph = { ...graph, documents: docs, claims: graph.claims.filter((c) => docIds.has(c.documentId)) };
    // Deletes one batch at a time: they fan out from documents into shared claims.
    for (const stage of cleanupStages(subset, graph)) await runStage(stage, 1);
  }
  // Nodes of different labels share no locks: write them side by side, then the relationships.
  // Batches of one relationship stage may wait on each other's locks at a shared node (an entity
  // many claims mention); a deadlock between them is a transient error that executeWrite retries.
  const settled = await Promise.allSettled(stages.filter((st) => st.nodes).map((st) => runStage(st, concurrency)));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  for (const stage of stages.filter((st) => !st.nodes)) await runStage(stage, concurrency);
  return { rows, batches };
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const labels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  // One count per label and per type, each answered from Neo4j's count store, not by a scan.
  const names = async (procedure: string, column: string) =>
    (await driver.executeQuery(`CALL ${procedure}() YIELD ${column} RETURN ${column} AS name ORDER BY name`, {}, { database, routing: "READ" })).records.map((r) => r.get("name") as string);
  const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;
  const parts = [
    ...(await names("db.labels", "label")).map((l) => `MATCH (n:${quote(l)}) RETURN 'label' AS kind, ${JSON.stringify(l)} AS name, count(n) AS n`),
    ...(await names("db.relationshipTypes", "relationshipType")).map((t) => `MATCH ()-[r:${quote(t)}]->() RETURN 'type' AS kind, ${JSON.stringify(t)} AS name, count(r) AS n`),
  ];
  if (parts.length === 0) return { labels, relationships };
  const { records } = await driver.executeQuery(parts.join(" UNION ALL "), {}, { database, routing: "READ" });
  for (const r of records) {
    const n = Number(r.get("n"));
    if (n === 0) continue;
    if (r.get("kind") === "label") labels[r.get("name") as string] = n;
    else relationships[r.get("name") as string] = n;
  }
  return { labels, relationships };
}
