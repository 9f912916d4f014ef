/*
 * The article reader's contract (GET /api/documents/:id): one document's stored text with every
 * claim it holds as spans into that text, and for each claim what the rest of the graph says about
 * it — its CONTRADICTS and SUPPORTS relations, other articles' DISPUTES and ECHOES stances — with the
 * review state, so the client can colour each claim where it stands in the article.
 */

import { z } from "zod";
import { ClaimDetailSchema } from "./api";
import { DatePrecisionSchema } from "./labels";

const Offset = z.number().int().min(0);

/**
 * How many of a claim's edges stand, by type. A relation an analyst rejected is not counted, and one
 * relabelled is counted under its new type (or not at all when relabelled NONE), as the review says.
 */
export const ReaderCountsSchema = z.object({
  CONTRADICTS: z.number().int().min(0),
  SUPPORTS: z.number().int().min(0),
  DISPUTES: z.number().int().min(0),
  ECHOES: z.number().int().min(0),
});
export type ReaderCounts = z.infer<typeof ReaderCountsSchema>;

/** One claim of the document. Offsets are UTF-16 code units into the document's text, end exclusive. */
export const ReaderClaimSchema = z.object({
  id: z.string(),
  /** Exactly text.slice(start, end) of the document. */
  text: z.string(),
  start: Offset,
  end: Offset,
  /** The sentence the claim stands in. */
  sentenceStart: Offset,
  sentenceEnd: Offset,
  speaker: z.string().nullable(),
  /** The claim's standing status from review; null when never set. */
  status: z.string().nullable(),
  /** Whether a person has given a verdict on the claim or on any of its relations. */
  reviewed: z.boolean(),
  counts: ReaderCountsSchema,
  /** Contradictions first, each type by confidence, highest first; rejected ones included, marked so. */
  related: ClaimDetailSchema.shape.related,
  /** Other outlets' articles that dispute or echo this claim, read whole by the judge. */
  stances: ClaimDetailSchema.shape.stances,
});
export type ReaderClaim = z.infer<typeof ReaderClaimSchema>;

export const ReaderDocumentSchema = z.object({
  document: z.object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    via: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    precision: DatePrecisionSchema.nullable(),
    /** The cleaned text as stored, which every claim offset points into. */
    text: z.string(),
  }),
  /** In text order (by start, then the longer first). */
  claims: z.array(ReaderClaimSchema),
});
export type ReaderDocument = z.infer<typeof ReaderDocumentSchema>;
