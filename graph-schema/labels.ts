/*
 * The vocabulary of the graph: node labels, relationship types and the enums their properties use.
 * Relationship types are static (Neo4j 5.26 cannot use indexes on dynamic types), so every type
 * the writer or a query may use is listed here once.
 */

import { z } from "zod";

export const NODE_LABELS = ["Source", "Document", "Claim", "Entity", "Story"] as const;
export const NodeLabelSchema = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabelSchema>;

/**
 * Structural edges: who published what, what a document contains and cites, who a claim is by and
 * about, and which story (documents about one event) a document belongs to.
 */
export const STRUCTURAL_REL_TYPES = ["PUBLISHED", "CITES", "CONTAINS", "ATTRIBUTED_TO", "MENTIONS", "IN_STORY"] as const;
/** Claim-to-claim edges found by the engine; each carries kind, confidence, reason, method and evidence. */
export const CLAIM_REL_TYPES = ["CONTRADICTS", "SUPPORTS"] as const;
/**
 * Document-to-claim stance edges from the relation judge: the whole article, read against a claim
 * made elsewhere, disputes it or echoes (asserts) it. Each carries confidence, reason, method and
 * the article's sentence that the judge found closest to the claim.
 */
export const STANCE_REL_TYPES = ["DISPUTES", "ECHOES"] as const;
export const REL_TYPES = [...STRUCTURAL_REL_TYPES, ...CLAIM_REL_TYPES, ...STANCE_REL_TYPES] as const;

/**
 * The store's own index, not part of the claim graph: the names each document holds and what they
 * resolved to, looked up by key when a later ingest joins the stored graph (server/src/db/write-names.ts),
 * and the lock that makes concurrent ingests take turns.
 */
export const INDEX_LABELS = ["Name", "NameKey", "IngestLock"] as const;
export const INDEX_REL_TYPES = ["NAMES", "NAME_OF", "KEYED"] as const;

export const RelTypeSchema = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelTypeSchema>;
export const ClaimRelTypeSchema = z.enum(CLAIM_REL_TYPES);
export type ClaimRelType = z.infer<typeof ClaimRelTypeSchema>;
export const StanceRelTypeSchema = z.enum(STANCE_REL_TYPES);
export type StanceRelType = z.infer<typeof StanceRelTypeSchema>;

export const ENTITY_TYPES = ["PERSON", "ORG", "PLACE", "GROUP", "OTHER"] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * Why two claims are linked. numeric: incompatible or compatible figures for one measured thing;
 * counter: a claim offered as the answer to another speaker's ("X counters that…");
 * denial: one claim rejects what the other asserts; opposite: antonymous states or assessments;
 * echo: the same proposition from another document or speaker; superseded: the same measured thing
 * at a later time, an update rather than a conflict; inference: the learned judge reads one claim as
 * contradicting or entailing the other, where no rule decided.
 */
export const RELATION_KINDS = ["numeric", "counter", "denial", "opposite", "echo", "superseded", "inference"] as const;
export const RelationKindSchema = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKindSchema>;

/** How an edge was found, so a reader can weigh it: a named rule, the learned judge, or metadata. */
export const METHODS = ["rule", "judge", "manifest", "text"] as const;
export const MethodSchema = z.enum(METHODS);
export type Method = z.infer<typeof MethodSchema>;

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
