/*
 * The Stories list (/api/stories): the engine's story groups with what a reader picks one by, namely
 * its headline and most-named entities, its outlets and dates, and how many of its claims collide or
 * agree. A story id picked here narrows /api/graph and /api/contradictions (their `story` filter).
 */

import { z } from "zod";
import { PARTIAL_DATE_PATTERN, STORY_ID_PATTERN } from "./ids";

const Str = z.string().trim().min(1).max(200);
const IsoDate = z.string().regex(PARTIAL_DATE_PATTERN, "a date such as 2025, 2025-04 or 2025-04-26");
const Count = z.number().int().min(0);

export const StoryIdSchema = z.string().regex(STORY_ID_PATTERN, "a story id such as sty-…");

/** The stories' orders: most documents first (the stories several outlets told), or latest first. */
export const STORY_SORTS = ["documents", "recent"] as const;

export const StoriesQuerySchema = z.object({
  /** Only stories with a document of this outlet. */
  outlet: Str.optional(),
  /** Only stories that reach into [from, to] (partial dates as the filters take them). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  sort: z.enum(STORY_SORTS).default("documents"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type StoriesQuery = z.infer<typeof StoriesQuerySchema>;

export const StoryListItemSchema = z.object({
  id: StoryIdSchema,
  /** The headline of the story's earliest document, as stored. */
  title: z.string(),
  /** The entities its claims name most often, most first (at most three). */
  entities: z.array(z.string()),
  outlets: z.array(z.string()),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  documents: Count,
  claims: Count,
  /** CONTRADICTS and SUPPORTS relations that start at one of its claims (analyst-rejected ones left out). */
  contradicts: Count,
  supports: Count,
  /** Other articles that, read whole, echo one of its claims. */
  echoes: Count,
});
export type StoryListItem = z.infer<typeof StoryListItemSchema>;

export const StoryListSchema = z.object({
  items: z.array(StoryListItemSchema),
  /** Stories matching the filters before the limit. */
  total: Count,
  truncated: z.boolean(),
});
export type StoryList = z.infer<typeof StoryListSchema>;
