/*
 * Writes a ClaimGraph to Neo4j: constraints first, then nodes, then relationships, each in batched,
 * parameterised `UNWIND $rows MERGE` transactions. Every write is a MERGE on a content-derived id, so
 * a re-run — including one after a crash mid-ingest — converges to the same graph. Claims and
 * claim-to-claim edges that a document no longer yields are removed in the same pass.
 */

import type { Driver } from "neo4j-driver";
import type { ClaimGraph } from "../../../graph-schema";
import { ClaimGraphError } from "../errors";
import { sourceId } from "../nlp/pipeline";
import { applySchema } from "./schema";

export interface WriteOptions {
  batchSize: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const DEFAULT_WRITE_OPTIONS: WriteOptions = { batchSize: 5000 };

interface Stage {
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

export function graphStages(graph: ClaimGraph): Stage[] {
  const docOutlet = new Map(graph.documents.map((d) => [d.id, d]));
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
      name: "claims",
      nodes: true,
      cypher: `UNWIND $rows AS row MERGE (c:Claim {id: row.id})
        SET c.documentId = row.documentId, c.text = row.text, c.start = row.start, c.end = row.end,
            c.sentenceStart = row.sentenceStart, c.sentenceEnd = row.sentenceEnd, c.speakerId = row.speakerId,
            c.speakerText = row.speakerText, c.verb = row.verb, c.content = row.content, c.polarity = row.polarity,
            c.hedged = row.hedged, c.hedges = row.hedges, c.quantities = row.quantities, c.measures = row.measures,
            c.timeText = row.timeText, c.timeDate = row.timeDate, c.outlet = row.outlet, c.published = row.published`,
      rows: graph.claims.map((c) => ({
        ...c,
        quantities: JSON.stringify(c.quantities),
        measures: [...new Set(c.quantities.map((q) => q.measure).filter((m): m is string => m !== null))],
        timeText: c.time?.text ?? null,
        timeDate: c.time?.date ?? null,
        outlet: docOutlet.get(c.documentId)?.outlet ?? null,
        published: docOutlet.get(c.documentId)?.published ?? null,
      })),
    },
    {
      name: "PUBLISHED",
      cypher: `UNWIND $rows AS row MATCH (s:Source {id: row.source}) MATCH (d:Document {id: row.document})
        MERGE (s)-[r:PUBLISHED]->(d) SET r.method = row.method`,
      rows: graph.documents.map((d) => ({ source: sourceId(d.outlet), document: d.id, method: d.metadataFrom.outlet ?? "default" })),
    },
    {
      name: "CITES",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (s:Source {id: row.source})
        MERGE (d)-[r:CITES]->(s) SET r.method = row.method`,
      rows: graph.documents.filter((d) => d.via).map((d) => ({ document: d.id, source: sourceId(d.via!), method: d.metadataFrom.via ?? "text" })),
    },
    {
      name: "CONTAINS",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (c:Claim {id: row.claim})
        MERGE (d)-[r:CONTAINS]->(c) SET r.start = row.start, r.end = row.end`,
      rows: graph.claims.map((c) => ({ document: c.documentId, claim: c.id, start: c.start, end: c.end })),
    },
    {
      name: "ATTRIBUTED_TO",
      cypher: `UNWIND $rows AS row MATCH (c:Claim {id: row.claim}) MATCH (e:Entity {id: row.entity})
        MERGE (c)-[r:ATTRIBUTED_TO]->(e) SET r.text = row.text, r.verb = row.verb`,
      rows: graph.claims.filter((c) => c.speakerId).map((c) => ({ claim: c.id, entity: c.speakerId, text: c.speakerText, verb: c.verb })),
    },
    {
      name: "MENTIONS",
      cypher: `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) MATCH (e:Entity {id: row.entityId})
        MERGE (c)-[r:MENTIONS]->(e) SET r.start = row.start, r.end = row.end, r.text = row.text`,
      rows: graph.mentions.map((m) => ({ ...m })),
    },
    ...(["CONTRADICTS", "SUPPORTS"] as const).map((type) => ({
      name: type,
      cypher: `UNWIND $rows AS row MATCH (a:Claim {id: row.source}) MATCH (b:Claim {id: row.target})
        MERGE (a)-[r:${type}]->(b)
        SET r.id = row.id, r.kind = row.kind, r.confidence = row.confidence, r.reason = row.reason,
            r.method = row.method, r.detector = row.detector, r.evidence = row.evidence, r.quotes = row.quotes`,
      rows: graph.relations
        .filter((r) => r.type === type)
        .map((r) => ({ ...r, evidence: JSON.stringify(r.evidence), quotes: r.evidence.map((e) => e.quote) })),
    })),
    ...(["DISPUTES", "ECHOES"] as const).map((type) => ({
      name: type,
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.documentId}) MATCH (c:Claim {id: row.claimId})
        MERGE (d)-[r:${type}]->(c)
        SET r.id = row.id, r.confidence = row.confidence, r.reason = row.reason, r.method = row.method,
            r.detector = row.detector, r.quote = row.quote, r.start = row.start, r.end = row.end`,
      rows: graph.stances
        .filter((st) => st.type === type)
        .map((st) => ({ id: st.id, documentId: st.documentId, claimId: st.claimId, confidence: st.confidence, reason: st.reason, method: st.method, detector: st.detector, quote: st.evidence.quote, start: st.evidence.start, end: st.evidence.end })),
    })),
  ];
}

/**
 * Claims a document no longer yields, claim edges among this graph's claims that are gone, and
 * stances of this graph's documents that are gone. Each row carries its own keep-list, and the set
 * of this graph's documents is a map parameter, so each check is a lookup rather than a scan of a
 * list as long as the corpus.
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
      name: "stale stances",
      cypher: `UNWIND $rows AS row MATCH (d:Document {id: row.document})-[r:DISPUTES|ECHOES]->(:Claim)
        WHERE NOT r.id IN row.keep DELETE r`,
      rows: graph.documents.map((d) => ({ document: d.id, keep: stancesByDoc.get(d.id) ?? [] })),
    },
  ];
}

export async function writeGraph(driver: Driver, database: string, graph: ClaimGraph, options: Partial<WriteOptions> = {}): Promise<WriteSummary> {
  const { batchSize, onProgress } = { ...DEFAULT_WRITE_OPTIONS, ...options };
  await applySchema(driver, database);
  let rows = 0;
  let batches = 0;
  const runStage = async (stage: Stage) => {
    for (let i = 0; i < stage.rows.length; i += batchSize) {
      const batch = stage.rows.slice(i, i + batchSize);
      const label = `${stage.name} rows ${i + 1}–${i + batch.length} of ${stage.rows.length}`;
      try {
        const session = driver.session({ database });
        try {
          await session.executeWrite((tx) => tx.run(stage.cypher, { rows: batch, ...stage.params }));
        } finally {
          await session.close();
        }
      } catch (error) {
        throw new ClaimGraphError(
          "NEO4J_WRITE_FAILED",
          `ingest: writing ${label} failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); that batch was rolled back — re-run the ingest to complete it.`,
          { cause: error },
        );
      }
      rows += batch.length;
      batches += 1;
      onProgress?.(stage.name, Math.min(i + batchSize, stage.rows.length), stage.rows.length);
    }
  };
  const stages = graphStages(graph);
  // Cleanup concerns only documents the database already holds; on a first ingest there is none.
  const known = await existingDocuments(driver, database, graph.documents.map((d) => d.id));
  if (known.size > 0) {
    const docs = graph.documents.filter((d) => known.has(d.id));
    const docIds = new Set(docs.map((d) => d.id));
    const subset: ClaimGraph = { ...graph, documents: docs, claims: graph.claims.filter((c) => docIds.has(c.documentId)) };
    for (const stage of cleanupStages(subset, graph)) await runStage(stage);
  }
  // Nodes of different labels share no locks: write them side by side, then the relationships.
  const settled = await Promise.allSettled(stages.filter((st) => st.nodes).map(runStage));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  for (const stage of stages.filter((st) => !st.nodes)) await runStage(stage);
  return { rows, batches };
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const labels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const l = await driver.executeQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label", {}, { database });
  for (const r of l.records) labels[r.get("label") as string] = r.get("n") as number;
  const t = await driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type", {}, { database });
  for (const r of t.records) relationships[r.get("type") as string] = r.get("n") as number;
  return { labels, relationships };
}
