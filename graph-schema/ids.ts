/*
 * Ids and dates as they travel in links and routes. Every node id is a three-letter prefix naming
 * its label, a dash and a content-derived slug or hash ("clm-…", "ent-…"), so an id alone says what
 * it names: a shared link restores a selection without asking the server what it is.
 */

import { z } from "zod";
import type { NodeLabel } from "./labels";

/** The prefix of each label's ids; the pipeline's id makers and this table must agree. */
export const ID_PREFIXES = {
  Source: "src",
  Document: "doc",
  Claim: "clm",
  Entity: "ent",
  Story: "sty",
} as const satisfies Record<NodeLabel, string>;
/** CONTRADICTS and SUPPORTS edges have ids of their own (the relation's), with this prefix. */
export const RELATION_ID_PREFIX = "rel";

/** Any graph id: lowercase ASCII after the prefix, as the slugger and the hashes produce. */
export const ID_PATTERN = /^[a-z]{3}-[a-z0-9-]{1,80}$/;
/** A story's id: the Story prefix and a hash of its first document's id (stories.ts storyId). */
export const STORY_ID_PATTERN = new RegExp(`^${ID_PREFIXES.Story}-[a-z0-9-]{1,80}$`);
/** A date with the precision the source gave: 2025, 2025-04 or 2025-04-26. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const LABEL_OF_PREFIX = new Map<string, NodeLabel>(Object.entries(ID_PREFIXES).map(([label, prefix]) => [prefix, label as NodeLabel]));

/** The label an id names, or null when it is not a well-formed node id. */
export function labelOfId(id: string): NodeLabel | null {
  return ID_PATTERN.test(id) ? (LABEL_OF_PREFIX.get(id.slice(0, 3)) ?? null) : null;
}

/**
 * What a link can select: the kinds the API serves a detail for by id (/api/claims/:id and
 * /api/entities/:id). Outlets and documents are shown from the drawn graph, not from a link.
 */
export const SELECTION_KINDS = ["Claim", "Entity"] as const satisfies readonly NodeLabel[];
export const SelectionKindSchema = z.enum(SELECTION_KINDS);
export type SelectionKind = z.infer<typeof SelectionKindSchema>;

export const SelectionSchema = z
  .object({ kind: SelectionKindSchema, id: z.string().regex(ID_PATTERN, "an id such as clm-… or ent-…") })
  .refine((s) => labelOfId(s.id) === s.kind, { message: "the id's prefix names another kind", path: ["id"] });
export type Selection = z.infer<typeof SelectionSchema>;

/** The selection an id stands for, or null when the id is malformed or names a kind no link selects. */
export function selectionOf(id: string): Selection | null {
  const kind = labelOfId(id);
  const parsed = SelectionSchema.safeParse({ kind, id });
  return parsed.success ? parsed.data : null;
}
