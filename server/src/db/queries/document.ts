/*
 * One document as the article reader shows it (/api/documents/:id): its stored text and metadata,
 * and every claim it contains with its spans into that text, its relations and stances (the same
 * entries as the claim detail's) and its review. The counts that colour a claim are taken here from
 * the relations' review, so every client reads one rule for what still stands.
 */

import { z } from "zod";
import {
  ReaderClaimSchema,
  ReaderDocumentSchema,
  type ClaimDetail,
  type ReaderCounts,
  type ReaderDocument,
} from "../../../../graph-schema";
import { parseRecord, type ReadQuery } from "../read-records";
import { byTypeThenConfidence, RELATED, STANCE } from "./claims";
import { CLAIM_STATUS } from "./review-state";

// --- Internal ----------------------------------------------------------------------------------

const DocumentRecord = z.object({
  document: ReaderDocumentSchema.shape.document,
  claims: z.array(ReaderClaimSchema.omit({ reviewed: true, counts: true })),
});

type Related = ClaimDetail["related"][number];

/**
 * The type a relation stands as after review: none when rejected or relabelled NONE, the relabel's
 * type when relabelled (a confirmed relabel of the kind alone keeps its type), else its own.
 */
export function standingType(r: Related): Related["type"] | null {
  if (r.review.state === "rejected") return null;
  const relabel = r.review.relabel;
  if (relabel === "CONTRADICTS" || relabel === "SUPPORTS") return relabel;
  return relabel === null ? r.type : null;
}

export function countEdges(related: readonly Related[], stances: ClaimDetail["stances"]): ReaderCounts {
  const counts: ReaderCounts = { CONTRADICTS: 0, SUPPORTS: 0, DISPUTES: 0, ECHOES: 0 };
  for (const r of related) {
    const type = standingType(r);
    if (type) counts[type] += 1;
  }
  for (const s of stances) counts[s.type] += 1;
  return counts;
}

// --- Public API --------------------------------------------------------------------------------

export async function readDocument(q: ReadQuery, id: string): Promise<ReaderDocument | null> {
  const [row] = await q(
    `MATCH (d:Document {id: $id})
     OPTIONAL MATCH (d)-[:CONTAINS]->(c:Claim)
     WITH d, c ORDER BY c.start, c.end DESC
     RETURN d {.id, .title, .outlet, .via, .url, .published, .precision, .text} AS document,
       collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, text: c.text, start: c.start, end: c.end,
         sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, speaker: c.speakerText, status: ${CLAIM_STATUS},
         related: COLLECT { MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(c2:Claim)<-[:CONTAINS]-(d2:Document) RETURN ${RELATED} },
         stances: COLLECT { MATCH (d3:Document)-[s:DISPUTES|ECHOES]->(c) RETURN ${STANCE} }} END) AS claims`,
    { id },
  );
  if (!row) return null;
  const { document, claims } = parseRecord(DocumentRecord, row, "document", id);
  return {
    document,
    claims: claims.map((c) => ({
      ...c,
      reviewed: c.status !== null || c.related.some((r) => r.review.state !== "unreviewed"),
      counts: countEdges(c.related, c.stances),
      related: c.related.sort(byTypeThenConfidence("CONTRADICTS")),
      stances: c.stances.sort(byTypeThenConfidence("DISPUTES")),
    })),
  };
}
