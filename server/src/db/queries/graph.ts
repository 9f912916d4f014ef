/*
 * The capped subgraph behind /api/graph and /api/export: the claims matching the filters (the
 * claims most involved in conflicts first, up to the limit), their documents, sources and entities,
 * the CONTRADICTS and SUPPORTS edges among them, the other outlets' articles that dispute or echo
 * them, and the stories of the documents shown (overview mode leaves sources and entities out).
 * Each relation carries its review; rejected ones are left out (and counted) unless the query asks
 * for them. Nodes come out of Cypher in GraphNode shape and are parsed with the graph-schema
 * schemas; edges are assembled here from parsed ids.
 */

import neo4j from "neo4j-driver";
import { z } from "zod";
import {
  GraphNodeSchema,
  QuantitySchema,
  RelationSummarySchema,
  SourceSchema,
  StanceRelTypeSchema,
  StorySummarySchema,
  type GraphEdge,
  type GraphNode,
  type GraphPayload,
  type GraphQuery,
} from "../../../../graph-schema";
import { parseRecords, storedJson, type ReadQuery, type Row } from "../read-records";
import { RELATION_REVIEW } from "./review-state";

// --- Internal: record schemas ------------------------------------------------------------------

const CountRecord = z.object({ total: z.number().int().min(0) });
const IdRecord = z.object({ id: z.string() });
const ClaimRecord = z.object({ claim: GraphNodeSchema, document: GraphNodeSchema, quantities: z.string().nullable() });
const SourceRecord = z.object({ source: SourceSchema, type: z.enum(["PUBLISHED", "CITES"]), document: z.string() });
const EntityRecord = z.object({ claim: z.string(), type: z.enum(["MENTIONS", "ATTRIBUTED_TO"]), entity: GraphNodeSchema });
const RelationRecord = z.object({ relation: RelationSummarySchema, a: z.string(), b: z.string() });
const StanceRecord = z.object({
  stance: z.object({ id: z.string(), type: StanceRelTypeSchema, confidence: z.number(), reason: z.string(), method: z.string() }),
  document: GraphNodeSchema,
  claim: z.string(),
});

/** The claims of one story's documents: the selection starts there rather than filtering every claim. */
const STORY_CLAIMS = "MATCH (:Story {id: $story})<-[:IN_STORY]-(:Document)-[:CONTAINS]->(c:Claim)";

/**
 * A claim's first figure as its short label shows it ("over 4,500" and "km" or the measure), from the
 * quantities stored as JSON text; null when it states none or they cannot be read.
 */
const FigureRecord = storedJson(z.array(QuantitySchema.pick({ text: true, measure: true, unit: true }))).catch([]);

/** A document `d` as a graph node (the same shape wherever a query draws one). */
const DOCUMENT_NODE = `{id: d.id, kind: 'Document', label: coalesce(d.title, d.id),
  attributes: {outlet: d.outlet, published: d.published, via: d.via}}`;

// --- Public API --------------------------------------------------------------------------------

export async function readGraph(q: ReadQuery, f: GraphQuery): Promise<GraphPayload> {
  const params = {
    outlet: f.outlet ?? null,
    entity: f.entity ?? null,
    from: f.from ?? null,
    // "~" sorts after every digit and "-", so a partial date `to` includes the whole month or year.
    to: f.to ? `${f.to}~` : null,
    text: f.text?.toLowerCase() ?? null,
    relation: f.relation,
    minConfidence: f.minConfidence,
    linkedOnly: f.linkedOnly,
    story: f.story ?? null,
    // Integers for Cypher: a plain number is sent as a float, which a list slice refuses.
    limit: neo4j.int(f.limit),
  };
  // Claims most involved in conflicts first, so the cap keeps what the explorer is for. Three reads
  // instead of one ordering over every claim: the claims with relations, found from the relations
  // (a few in a large archive), by weight; then, if the cap is not reached, the others by id; and the
  // count. With 10x FNC-1 stored (252,000 claims) the overview's median first draw went from 1.99 s
  // to 1.27 s (BENCHMARKS.md).
  const from = f.story ? STORY_CLAIMS : "MATCH (c:Claim)";
  const where = `($outlet IS NULL OR c.outlet = $outlet)
       AND ($from IS NULL OR c.published >= $from) AND ($to IS NULL OR c.published <= $to)
       AND ($text IS NULL OR toLower(c.text) CONTAINS $text)
       AND ($entity IS NULL OR EXISTS { (c)-[:MENTIONS|ATTRIBUTED_TO]->(:Entity {id: $entity}) })
       AND (NOT $linkedOnly OR EXISTS { (c)-[r:CONTRADICTS|SUPPORTS]-() WHERE r.confidence >= $minConfidence AND ($relation = 'any' OR type(r) = $relation) })`;
  const weighted = await q(
    `${f.story ? `${STORY_CLAIMS}-[r:CONTRADICTS|SUPPORTS]-(:Claim)` : "MATCH (c:Claim)-[r:CONTRADICTS|SUPPORTS]-(:Claim)"}
     WITH c, sum(CASE type(r) WHEN 'CONTRADICTS' THEN 2 ELSE 1 END) AS weight
     WHERE ${where}
     RETURN c.id AS id ORDER BY weight DESC, id LIMIT $limit`,
    params,
  );
  const first = parseRecords(IdRecord, weighted, "claim selection").map((r) => r.id);
  const rest =
    first.length < f.limit
      ? await q(
          `${from} WHERE ${where} AND NOT EXISTS { (c)-[:CONTRADICTS|SUPPORTS]-(:Claim) }
           RETURN c.id AS id ORDER BY id LIMIT $rest`,
          { ...params, rest: neo4j.int(f.limit - first.length) },
        )
      : [];
  const [counted] = parseRecords(CountRecord, await q(`${from} WHERE ${where} RETURN count(c) AS total`, params), "claim count");
  const selection = { total: counted?.total ?? 0, ids: [...first, ...parseRecords(IdRecord, rest, "claim selection").map((r) => r.id)] };
  const { total, ids } = selection;
  const [claims, sources, entities, relations, stances] = await Promise.all([
    q(`MATCH (d:Document)-[:CONTAINS]->(c:Claim) WHERE c.id IN $ids
       RETURN {id: c.id, kind: 'Claim', label: c.text,
               attributes: {outlet: c.outlet, published: c.published, speaker: c.speakerText, verb: c.verb,
                            content: c.content, polarity: c.polarity}} AS claim,
              ${DOCUMENT_NODE} AS document, c.quantities AS quantities`, { ids }),
    f.overview === true
      ? Promise.resolve([] as Row[])
      : q(`MATCH (d:Document)-[:CONTAINS]->(c:Claim) WHERE c.id IN $ids WITH DISTINCT d
           MATCH (s:Source)-[r:PUBLISHED|CITES]-(d) RETURN s {.id, .name} AS source, type(r) AS type, d.id AS document`, { ids }),
    f.overview === true
      ? Promise.resolve([] as Row[])
      : q(`MATCH (c:Claim)-[r:MENTIONS|ATTRIBUTED_TO]->(e:Entity) WHERE c.id IN $ids
           RETURN c.id AS claim, type(r) AS type, {id: e.id, kind: 'Entity', label: e.name, attributes: {type: e.type}} AS entity`, { ids }),
    q(`MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim) WHERE a.id IN $ids AND b.id IN $ids
         AND r.confidence >= $minConfidence AND ($relation = 'any' OR type(r) = $relation)
       RETURN {id: r.id, type: type(r), kind: r.kind, confidence: r.confidence, reason: r.reason, method: r.method,
               review: ${RELATION_REVIEW}} AS relation,
              a.id AS a, b.id AS b`,
      { ids, minConfidence: f.minConfidence, relation: f.relation }),
    // Other outlets' articles that dispute or echo the shown claims (relation filter "any" only).
    f.relation === "any"
      ? q(`MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim) WHERE c.id IN $ids AND s.confidence >= $minConfidence
           RETURN {id: s.id, type: type(s), confidence: s.confidence, reason: s.reason, method: s.method} AS stance,
                  ${DOCUMENT_NODE} AS document, c.id AS claim`,
          { ids, minConfidence: f.minConfidence })
      : Promise.resolve([] as Row[]),
  ]);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const edge = (e: Omit<GraphEdge, "attributes">, attributes: GraphEdge["attributes"] = {}) => edges.set(e.id, { ...e, attributes });
  for (const { claim, document, quantities } of parseRecords(ClaimRecord, claims, "claim")) {
    const [first] = quantities === null ? [] : FigureRecord.parse(quantities);
    nodes.set(claim.id, { ...claim, attributes: { ...claim.attributes, figure: first?.text ?? null, figureUnit: first ? (first.unit ?? first.measure) : null } });
    nodes.set(document.id, document);
    edge({ id: `${document.id}>${claim.id}`, type: "CONTAINS", source: document.id, target: claim.id });
  }
  for (const { source, type, document } of parseRecords(SourceRecord, sources, "source")) {
    nodes.set(source.id, { id: source.id, kind: "Source", label: source.name, attributes: {} });
    // PUBLISHED runs source → document, CITES document → source; the edge keeps that direction.
    const [from, to] = type === "PUBLISHED" ? [source.id, document] : [document, source.id];
    edge({ id: `${type}:${source.id}:${document}`, type, source: from, target: to });
  }
  for (const { claim, type, entity } of parseRecords(EntityRecord, entities, "entity")) {
    nodes.set(entity.id, entity);
    edge({ id: `${type}:${claim}:${entity.id}`, type, source: claim, target: entity.id });
  }
  // Rejected relations are read and counted, then left out unless asked for, so the legend can say how many are hidden.
  let rejectedHidden = 0;
  for (const { relation: r, a, b } of parseRecords(RelationRecord, relations, "relation")) {
    if (r.review.state === "rejected" && f.rejected !== true) {
      rejectedHidden += 1;
      continue;
    }
    edge(
      { id: r.id, type: r.type, source: a, target: b },
      { kind: r.kind, confidence: r.confidence, reason: r.reason, method: r.method, review: r.review.state, reviewer: r.review.reviewer, reviewedAt: r.review.at, relabel: r.review.relabel },
    );
  }
  for (const { stance: s, document, claim } of parseRecords(StanceRecord, stances, "stance")) {
    if (!nodes.has(document.id)) nodes.set(document.id, document);
    edge({ id: s.id, type: s.type, source: document.id, target: claim }, { confidence: s.confidence, reason: s.reason, method: s.method });
  }

  const docIds = [...nodes.values()].filter((n) => n.kind === "Document").map((n) => n.id);
  const stories =
    docIds.length === 0
      ? []
      : await q(
          `MATCH (d:Document)-[:IN_STORY]->(s:Story) WHERE d.id IN $docIds
           WITH s, collect(d.id) AS documentIds ORDER BY coalesce(s.firstPublished, '9999'), s.id
           RETURN s.id AS id, coalesce(s.title, s.id) AS title, documentIds,
                  coalesce(s.documentCount, size(documentIds)) AS documentCount,
                  s.firstPublished AS firstPublished, s.lastPublished AS lastPublished`,
          { docIds },
        );
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    stories: parseRecords(StorySummarySchema, stories, "story").map((st) => ({ ...st, documentIds: [...st.documentIds].sort() })),
    totalClaims: total,
    truncated: total > ids.length,
    rejectedHidden,
  };
}
