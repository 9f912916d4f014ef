/*
 * The Stories list behind /api/stories: stories matching the outlet and date filters, ordered and
 * cut to the limit on stored Story properties first (so the read stays bounded however many
 * stories the graph holds), then, for the kept ones only, their outlets, most-named entities,
 * claim count and the CONTRADICTS, SUPPORTS and ECHOES among their claims.
 */

import neo4j from "neo4j-driver";
import { z } from "zod";
import { StoryListItemSchema, type StoriesQuery, type StoryList } from "../../../../graph-schema";
import { parseRecord, parseRecords, type ReadQuery } from "../read-records";
import { REVIEWED_TYPE, UNLESS_REJECTED } from "./review-state";

const CountRecord = z.object({ total: z.number().int().min(0) });

/** How many of a story's most-named entities the list shows. */
const KEY_ENTITIES = 3;

const STORY_ORDER: Record<StoriesQuery["sort"], string> = {
  documents: "coalesce(s.documentCount, 0) DESC, coalesce(s.lastPublished, '') DESC, s.id",
  recent: "coalesce(s.lastPublished, '') DESC, coalesce(s.documentCount, 0) DESC, s.id",
};

/** Stories `s` that match the filters (a story reaches into [from, to] when its dates overlap it). */
const MATCHING = `MATCH (s:Story)
  WHERE ($from IS NULL OR coalesce(s.lastPublished, s.firstPublished) >= $from)
    AND ($to IS NULL OR s.firstPublished <= $to)
    AND ($outlet IS NULL OR EXISTS { (:Document {outlet: $outlet})-[:IN_STORY]->(s) })`;

export async function readStories(q: ReadQuery, f: StoriesQuery): Promise<StoryList> {
  const params = {
    outlet: f.outlet ?? null,
    from: f.from ?? null,
    // "~" sorts after every digit and "-", so a partial date `to` includes the whole month or year.
    to: f.to ? `${f.to}~` : null,
    rejected: false,
    limit: neo4j.int(f.limit),
    keyEntities: neo4j.int(KEY_ENTITIES),
  };
  const [rows, [counted]] = await Promise.all([
    q(
      `${MATCHING}
       WITH s ORDER BY ${STORY_ORDER[f.sort]} LIMIT $limit
       CALL (s) {
         MATCH (d:Document)-[:IN_STORY]->(s)
         WITH d ORDER BY d.outlet
         RETURN collect(DISTINCT d.outlet) AS outlets, count(d) AS documents, collect(d) AS docs
       }
       CALL (docs) {
         UNWIND docs AS d MATCH (d)-[:CONTAINS]->(c:Claim)
         RETURN count(c) AS claims,
           sum(COUNT { (c)-[r:CONTRADICTS|SUPPORTS]->(:Claim) WHERE ${REVIEWED_TYPE} = 'CONTRADICTS' AND ${UNLESS_REJECTED} }) AS contradicts,
           sum(COUNT { (c)-[r:CONTRADICTS|SUPPORTS]->(:Claim) WHERE ${REVIEWED_TYPE} = 'SUPPORTS' AND ${UNLESS_REJECTED} }) AS supports,
           sum(COUNT { (:Document)-[:ECHOES]->(c) }) AS echoes
       }
       CALL (docs) {
         UNWIND docs AS d MATCH (d)-[:CONTAINS]->(:Claim)-[:MENTIONS]->(e:Entity)
         WITH e, count(*) AS n ORDER BY n DESC, e.name LIMIT $keyEntities
         RETURN collect(e.name) AS entities
       }
       RETURN s.id AS id, coalesce(s.title, s.id) AS title, entities, outlets,
              s.firstPublished AS firstPublished, s.lastPublished AS lastPublished,
              documents, claims, contradicts, supports, echoes
       ORDER BY ${STORY_ORDER[f.sort]}`,
      params,
    ),
    q(`${MATCHING} RETURN count(s) AS total`, params),
  ]);
  const items = parseRecords(StoryListItemSchema, rows, "story");
  const { total } = parseRecord(CountRecord, counted, "story count");
  return { items, total, truncated: total > items.length };
}
