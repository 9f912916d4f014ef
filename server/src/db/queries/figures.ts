/*
 * The read behind the "Disputed figures" view (/api/figures): the claims of one story (or of every
 * story, latest first) that give a figure, each with its document's outlet and date, its speaker,
 * its story and the claims a CONTRADICTS edge ties it to. Bounded: at most FIGURE_CLAIMS_MAX claims
 * per read; the rows are built from them in services/figures.ts.
 */

import neo4j from "neo4j-driver";
import { z } from "zod";
import { QuantitySchema, type FiguresQuery, type Quantity } from "../../../../graph-schema";
import { parseRecords, storedJson, type ReadQuery } from "../read-records";
import { REVIEWED_TYPE, UNLESS_REJECTED } from "./review-state";

/** Claims with figures read at most per request: a long saga's figures beyond this are left out. */
export const FIGURE_CLAIMS_MAX = 4000;

const FigureClaimRecord = z.object({
  id: z.string(),
  documentId: z.string(),
  text: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  storyId: z.string(),
  storyTitle: z.string(),
  quantities: storedJson(z.array(QuantitySchema)),
  /** Claims at the other end of a CONTRADICTS edge that no analyst rejected, anywhere in the graph. */
  contradicts: z.array(z.string()),
});
export type FigureClaim = z.infer<typeof FigureClaimRecord> & { quantities: Quantity[] };

export interface FigureClaims {
  claims: FigureClaim[];
  /** More claims with figures matched than were read. */
  truncated: boolean;
}

/**
 * The claims with figures that `f` asks for. A story id goes through the Story id constraint's
 * index; without one, stories are read latest first so the cap drops the oldest.
 */
export async function readFigureClaims(q: ReadQuery, f: Pick<FiguresQuery, "story" | "from" | "to">, max = FIGURE_CLAIMS_MAX): Promise<FigureClaims> {
  const rows = await q(
    `${f.story ? "MATCH (s:Story {id: $story})" : "MATCH (s:Story)"}
     MATCH (s)<-[:IN_STORY]-(d:Document)-[:CONTAINS]->(c:Claim)
     WHERE c.quantities IS NOT NULL AND c.quantities <> '[]'
       AND ($from IS NULL OR c.published >= $from) AND ($to IS NULL OR c.published <= $to)
     WITH s, d, c ORDER BY coalesce(s.firstPublished, '') DESC, s.id, c.id
     LIMIT $limit
     RETURN c.id AS id, c.documentId AS documentId, c.text AS text, d.outlet AS outlet, d.published AS published,
            c.speakerText AS speaker, c.speakerId AS speakerId, s.id AS storyId, coalesce(s.title, '') AS storyTitle,
            c.quantities AS quantities,
            COLLECT { MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(o:Claim) WHERE ${REVIEWED_TYPE} = 'CONTRADICTS' AND ${UNLESS_REJECTED} RETURN DISTINCT o.id } AS contradicts`,
    { story: f.story ?? null, from: f.from ?? null, to: f.to ?? null, rejected: false, limit: neo4j.int(max + 1) },
  );
  // One record past the cap says whether there are more.
  return { claims: parseRecords(FigureClaimRecord, rows.slice(0, max), "claim"), truncated: rows.length > max };
}
