/*
 * Claim-centred reads: the conflict list (/api/contradictions), one claim with its paragraph,
 * mentions, related claims and the stances of other outlets' articles (/api/claims/:id), and one
 * entity with the claims about it and by it (/api/entities/:id). Each query returns records in the
 * API's own shapes, which are parsed with the graph-schema schemas before they leave this module.
 */

import neo4j from "neo4j-driver";
import { z } from "zod";
import {
  ClaimDetailSchema,
  ClaimSummarySchema,
  ConflictSchema,
  EntityDetailSchema,
  QuantitySchema,
  type ClaimDetail,
  type ClaimSummary,
  type ConflictList,
  type ConflictsQuery,
  type EntityDetail,
} from "../../../../graph-schema";
import { parseRecord, parseRecords, storedJson, type ReadQuery } from "../read-records";
import { CLAIM_STATUS, RELATION_REVIEW, REVIEWED_TYPE, UNLESS_REJECTED } from "./review-state";

// --- Internal: projections and record schemas --------------------------------------------------

/** A claim `c` of document `d` as a ClaimSummary. */
const SUMMARY_C = `{id: c.id, text: c.text, speaker: c.speakerText, speakerId: c.speakerId, outlet: c.outlet,
  published: c.published, documentId: c.documentId, via: d.via, documentTitle: d.title}`;
/** The same for the other end of a relation, `c2` of document `d2`. */
const SUMMARY_C2 = `{id: c2.id, text: c2.text, speaker: c2.speakerText, speakerId: c2.speakerId, outlet: c2.outlet,
  published: c2.published, documentId: c2.documentId, via: d2.via, documentTitle: d2.title}`;

/** A relation `r` between `c` and `c2` (of `d2`) as an entry of ClaimDetail.related. */
export const RELATED = `{id: r.id, type: type(r), kind: r.kind, confidence: r.confidence, reason: r.reason, method: r.method,
  review: ${RELATION_REVIEW}, other: ${SUMMARY_C2}}`;
/** A stance `s` of document `d3` towards `c` as an entry of ClaimDetail.stances. */
export const STANCE = `{id: s.id, type: type(s), confidence: s.confidence, reason: s.reason, method: s.method,
  documentId: d3.id, outlet: d3.outlet, title: d3.title, quote: coalesce(s.quote, '')}`;

/** The conflict list's orders; the relation id breaks ties so pages are stable. */
const CONFLICT_ORDER: Record<ConflictsQuery["sort"], string> = {
  confidence: "r.confidence DESC, coalesce(c.published, '') DESC, r.id",
  date: "coalesce(c.published, '') DESC, r.confidence DESC, r.id",
};

const ClaimRecord = z.object({
  // Quantities are stored as JSON text; a claim written before quantities existed has none.
  claim: ClaimDetailSchema.shape.claim.extend({ quantities: storedJson(z.array(QuantitySchema)) }),
  documentText: z.string(),
  mentions: ClaimDetailSchema.shape.mentions,
  related: ClaimDetailSchema.shape.related,
  stances: ClaimDetailSchema.shape.stances,
});

const EntityRecord = z.object({
  entity: EntityDetailSchema.shape.entity,
  about: z.array(ClaimSummarySchema),
  said: z.array(ClaimSummarySchema),
});

/** Contradictions before echoes, each by confidence, highest first. */
export function byTypeThenConfidence<T extends { type: string; confidence: number }>(first: T["type"]) {
  return (a: T, b: T) => (a.type === b.type ? b.confidence - a.confidence : a.type === first ? -1 : 1);
}

/**
 * The paragraph around [start, end) of `text`, cut at the claim so the client can mark it.
 * Paragraphs are separated by blank lines.
 */
export function paragraphAround(text: string, start: number, end: number): ClaimDetail["context"] {
  const pStart = Math.max(0, text.lastIndexOf("\n\n", start) + 1);
  const nextBreak = text.indexOf("\n\n", end);
  const pEnd = nextBreak === -1 ? text.length : nextBreak;
  return { before: text.slice(pStart, start).trimStart(), text: text.slice(start, end), after: text.slice(end, pEnd).trimEnd() };
}

// --- Public API --------------------------------------------------------------------------------

export async function readConflicts(q: ReadQuery, f: ConflictsQuery): Promise<ConflictList> {
  const rows = await q(
    `MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[r]->(c2:Claim)<-[:CONTAINS]-(d2:Document)
     WHERE type(r) IN ['CONTRADICTS', 'SUPPORTS'] AND ${REVIEWED_TYPE} = $type AND r.confidence >= $minConfidence AND ($kind IS NULL OR r.kind = $kind) AND ${UNLESS_REJECTED}
       AND ($outlet IS NULL OR c.outlet = $outlet OR c2.outlet = $outlet)
       AND ($against IS NULL OR (c.outlet = $outlet AND c2.outlet = $against) OR (c.outlet = $against AND c2.outlet = $outlet))
       AND ($story IS NULL OR EXISTS { (d)-[:IN_STORY]->(:Story {id: $story}) } OR EXISTS { (d2)-[:IN_STORY]->(:Story {id: $story}) })
     WITH r, c, d, c2, d2 ORDER BY ${CONFLICT_ORDER[f.sort]}
     LIMIT $limit
     RETURN r.id AS id, type(r) AS type, r.kind AS kind, r.confidence AS confidence, r.reason AS reason,
            r.method AS method, ${RELATION_REVIEW} AS review, ${SUMMARY_C} AS a, ${SUMMARY_C2} AS b`,
    { type: f.type, rejected: f.rejected === true, minConfidence: f.minConfidence, kind: f.kind ?? null, outlet: f.outlet ?? null, against: f.outlet ? (f.against ?? null) : null, story: f.story ?? null, limit: neo4j.int(f.limit + 1) },
  );
  // One record past the limit says whether there are more.
  return { items: parseRecords(ConflictSchema, rows.slice(0, f.limit), "relation"), truncated: rows.length > f.limit };
}

export async function readClaim(q: ReadQuery, id: string): Promise<ClaimDetail | null> {
  const [row] = await q(
    `MATCH (d:Document)-[:CONTAINS]->(c:Claim {id: $id})
     OPTIONAL MATCH (c)-[:MENTIONS]->(e:Entity)
     WITH c, d, collect(DISTINCT e {.id, .name, .type}) AS mentions
     OPTIONAL MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(c2:Claim)<-[:CONTAINS]-(d2:Document)
     WITH c, d, mentions,
       collect(CASE WHEN r IS NULL THEN null ELSE ${RELATED} END) AS related
     OPTIONAL MATCH (d3:Document)-[s:DISPUTES|ECHOES]->(c)
     RETURN {id: c.id, text: c.text, speaker: c.speakerText, speakerId: c.speakerId, outlet: c.outlet,
             published: c.published, documentId: c.documentId, via: d.via, documentTitle: d.title,
             content: c.content, verb: c.verb, polarity: c.polarity, hedged: coalesce(c.hedged, false),
             start: c.start, end: c.end, quantities: coalesce(c.quantities, '[]'), time: c.timeDate,
             status: ${CLAIM_STATUS}} AS claim,
       d.text AS documentText, mentions, related,
       collect(CASE WHEN s IS NULL THEN null ELSE ${STANCE} END) AS stances`,
    { id },
  );
  if (!row) return null;
  const { claim, documentText, mentions, related, stances } = parseRecord(ClaimRecord, row, "claim", id);
  return {
    claim,
    context: paragraphAround(documentText, claim.start, claim.end),
    mentions,
    related: related.sort(byTypeThenConfidence("CONTRADICTS")),
    stances: stances.sort(byTypeThenConfidence("DISPUTES")),
  };
}

export async function readEntity(q: ReadQuery, id: string): Promise<EntityDetail | null> {
  const [row] = await q(
    `MATCH (e:Entity {id: $id})
     OPTIONAL MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[:MENTIONS]->(e)
     WITH e, collect(CASE WHEN c IS NULL THEN null ELSE ${SUMMARY_C} END) AS about
     OPTIONAL MATCH (d:Document)-[:CONTAINS]->(c:Claim)-[:ATTRIBUTED_TO]->(e)
     RETURN {id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, [])} AS entity, about,
       collect(CASE WHEN c IS NULL THEN null ELSE ${SUMMARY_C} END) AS said`,
    { id },
  );
  if (!row) return null;
  const { entity, about, said } = parseRecord(EntityRecord, row, "entity", id);
  const byOutlet = new Map<string, ClaimSummary[]>();
  for (const c of about) {
    const outlet = c.outlet ?? "unknown";
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), c]);
  }
  return {
    entity,
    byOutlet: [...byOutlet.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([outlet, claims]) => ({ outlet, claims })),
    asSpeaker: said,
  };
}
