/*
 * The "Disputed figures" contract (GET /api/figures): one row per measure of a story that two or
 * more sources give a figure for, each figure as an interval with its bound, who gives it, whose it
 * is and which figures of the row it is said to contradict. Rows come widest spread first.
 */

import { z } from "zod";
import { ID_PATTERN, PARTIAL_DATE_PATTERN } from "./ids";

const Str = z.string().trim().min(1).max(200);
const IsoDate = z.string().regex(PARTIAL_DATE_PATTERN, "a date such as 2025, 2025-04 or 2025-04-26");

/**
 * How a figure bounds the count: "12,000" is exact, "over 4,500" at least, "up to 60" at most,
 * "300-400" a range and "about 2,000" approx (an interval around the figure).
 */
export const BOUND_KINDS = ["exact", "at least", "at most", "range", "approx"] as const;
export const BoundKindSchema = z.enum(BOUND_KINDS);
export type BoundKind = z.infer<typeof BoundKindSchema>;

export const FiguresQuerySchema = z.object({
  /** One story's rows; without it, rows of every story (the most recently started stories first). */
  story: z.string().regex(ID_PATTERN, "a story id such as sty-…").optional(),
  /** Only rows in which this outlet gives a figure (the row keeps every outlet's figures). */
  outlet: Str.optional(),
  /** Only figures from documents published in [from, to]. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;

export const FigureValueSchema = z.object({
  /** The claim id and the figure's offset in its document: a claim may give several figures. */
  id: z.string(),
  claimId: z.string(),
  /** The figure as written ("about 15,000"). */
  text: z.string(),
  /** The claim the figure stands in. */
  claimText: z.string(),
  /** The interval; an open end is null ("at least" has no high, "at most" may have no low). */
  low: z.number().nullable(),
  high: z.number().nullable(),
  bound: BoundKindSchema,
  /** The single number the row places and compares the figure by (see the figures service). */
  value: z.number(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  documentId: z.string(),
  /** Whose figure it is: the side or group it counts ("Freedonia", "civilian"), when said. */
  whose: z.string().nullable(),
  /** Who gives it: the claim's speaker as the text names them. */
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  /** Ids of the row's other values whose claims a CONTRADICTS edge links to this one. */
  conflictsWith: z.array(z.string()),
});
export type FigureValue = z.infer<typeof FigureValueSchema>;

export const FigureRowSchema = z.object({
  /** Story, measure, place and unit, joined: stable across reads. */
  key: z.string(),
  storyId: z.string(),
  storyTitle: z.string(),
  /** What is counted, normalised ("displaced", "casualties", "percent:votes"). */
  measure: z.string(),
  place: z.string().nullable(),
  unit: z.string().nullable(),
  /** Distinct sources (outlet and speaker) that give a figure; at least two. */
  sources: z.number().int().min(2),
  /** Largest over smallest value; null when a source says none (zero) and another some. */
  ratio: z.number().nullable(),
  values: z.array(FigureValueSchema).min(2),
});
export type FigureRow = z.infer<typeof FigureRowSchema>;

export const FiguresSchema = z.object({
  rows: z.array(FigureRowSchema),
  /** More rows than `limit`, or more claims with figures than one read takes. */
  truncated: z.boolean(),
});
export type Figures = z.infer<typeof FiguresSchema>;
