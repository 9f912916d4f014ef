/*
 * Search reads: the claims and entities matching words through the full-text indexes (one query,
 * both indexes), and everything the in-memory prefix index is built from (search-index.ts).
 */

import neo4j from "neo4j-driver";
import { z } from "zod";
import { SearchResultSchema, type SearchResult } from "../../../../graph-schema";
import type { SearchSource } from "../search-index";
import { parseRecord, parseRecords, type ReadQuery } from "../read-records";

const SizeRecord = z.object({ claims: z.number().int().min(0), entities: z.number().int().min(0) });
const ClaimItemRecord = z.object({ id: z.string(), text: z.string(), outlet: z.string().nullable() });
const EntityItemRecord = z.object({ id: z.string(), name: z.string(), type: z.string(), aliasText: z.string() });

/** Lucene's operators escaped (the box is for words), each word a prefix query. */
export function luceneQuery(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w}*`)
    .join(" ");
}

export async function searchFullText(q: ReadQuery, text: string, limit: number): Promise<SearchResult> {
  // Both indexes in one query: one session and one round trip per search. The limit goes to
  // Lucene itself, which keeps the top hits instead of handing every match to Cypher.
  const [row] = await q(
    `CALL () { CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $limit}) YIELD node, score
               RETURN collect({id: node.id, text: node.text, outlet: node.outlet, score: score}) AS claims }
     CALL () { CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
               RETURN collect({id: node.id, name: node.name, type: node.type, score: score}) AS entities }
     RETURN claims, entities`,
    { lucene: luceneQuery(text), limit: neo4j.int(limit) },
  );
  return parseRecord(SearchResultSchema, row, "search result");
}

/** The graph's claims and entities for the in-memory index. */
export function searchSource(q: ReadQuery): SearchSource {
  return {
    async size() {
      // Counts in subqueries, so a graph without entities still gives a row (see status.ts).
      const [row] = await q("CALL () { MATCH (c:Claim) RETURN count(c) AS claims } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } RETURN claims, entities");
      const { claims, entities } = parseRecord(SizeRecord, row, "graph size");
      return claims + entities;
    },
    async items() {
      const [claims, entities] = await Promise.all([
        q("MATCH (c:Claim) RETURN c.id AS id, coalesce(c.text, '') AS text, c.outlet AS outlet"),
        q("MATCH (e:Entity) RETURN e.id AS id, coalesce(e.name, '') AS name, coalesce(e.type, '') AS type, coalesce(e.aliasText, '') AS aliasText"),
      ]);
      return { claims: parseRecords(ClaimItemRecord, claims, "claim"), entities: parseRecords(EntityItemRecord, entities, "entity") };
    },
  };
}
