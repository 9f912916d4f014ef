/*
 * Analyst review: verdicts on relations and claims, manual relations, and the review API's requests
 * and answers. A verdict is its own record — (:Verdict) keyed by the stable id of what it judges,
 * never attached to the claim graph — so an ingest, a relink or an engine upgrade, which rewrite the
 * claim graph, leave every verdict in place. The latest verdict on a target stands; all are history.
 */

import { z } from "zod";
import { ClaimSummarySchema } from "./api";
import { CLAIM_REL_TYPES, RELATION_KINDS } from "./labels";
import { ID_PATTERN } from "./ids";

/**
 * Review records: (:Verdict) holds one decision; (:ReviewTarget {id}) is the head of one target's
 * history (its latest decision and a sequence number that orders concurrent writes).
 */
export const REVIEW_LABELS = ["Verdict", "ReviewTarget"] as const;
/** The method and detector of a relation a person added; the writer never deletes it (it only deletes 'rule' and 'judge'). */
export const MANUAL_METHOD = "manual";
/** Manual relation ids: "man-" and a hash of type, source and target, disjoint from the engine's "rel-". */
export const MANUAL_ID_PREFIX = "man-";

/** What a note may hold, in characters: a paragraph or two, not a document. */
export const NOTE_MAX_CHARS = 4000;
/** Request bodies of review writes, in bytes; a larger one is refused with 413 before it is parsed. */
export const REVIEW_BODY_LIMIT = "32kb";

export const VERDICT_TARGET_KINDS = ["relation", "claim"] as const;
export const VerdictTargetKindSchema = z.enum(VERDICT_TARGET_KINDS);
export type VerdictTargetKind = z.infer<typeof VerdictTargetKindSchema>;

/** confirm / reject / relabel an engine relation; manual: a person added the relation; status: a claim's status. */
export const VERDICT_DECISIONS = ["confirm", "reject", "relabel", "manual", "status"] as const;
export const VerdictDecisionSchema = z.enum(VERDICT_DECISIONS);
export type VerdictDecision = z.infer<typeof VerdictDecisionSchema>;

/** A relabel's new type: one of the claim relation types, or NONE (the claims neither contradict nor support). */
export const RELABEL_TYPES = [...CLAIM_REL_TYPES, "NONE"] as const;
export const RelabelTypeSchema = z.enum(RELABEL_TYPES);
export type RelabelType = z.infer<typeof RelabelTypeSchema>;

export const CLAIM_STATUSES = ["unverified", "confirmed", "false", "misleading", "unverifiable"] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/**
 * Where a relation stands after review: unreviewed (no verdict), confirmed (confirmed, added by a
 * person, or relabelled to another kind of the same type), relabelled (to another type or NONE),
 * rejected.
 */
export const REVIEW_STATES = ["unreviewed", "confirmed", "relabelled", "rejected"] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

const Id = z.string().regex(/^[a-z]{3}-[a-z0-9-]{1,80}$/, "an id such as clm-…, rel-… or man-…");
/** Text a person typed: stored and sent back as text (the client renders it as text, never as HTML). */
const Note = z.string().max(NOTE_MAX_CHARS, `at most ${NOTE_MAX_CHARS} characters`);
const Link = z
  .string()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "an http or https address");
/** ISO 8601 instant with a zone, as Date.prototype.toISOString writes it. */
const Instant = z.string().datetime({ offset: true });

export const RelationVerdictRequestSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("confirm"), note: Note.default("") }).strict(),
  z.object({ decision: z.literal("reject"), note: Note.default("") }).strict(),
  z
    .object({
      decision: z.literal("relabel"),
      type: RelabelTypeSchema,
      /** Required unless the type is NONE. */
      kind: z.enum(RELATION_KINDS).nullable().default(null),
      note: Note.default(""),
    })
    .strict()
    .refine((v) => v.type === "NONE" || v.kind !== null, { message: "a relabel to CONTRADICTS or SUPPORTS needs a kind", path: ["kind"] }),
]);
export type RelationVerdictRequest = z.infer<typeof RelationVerdictRequestSchema>;

export const ManualRelationRequestSchema = z
  .object({
    /** The later claim, the one that answers or repeats the other (the engine's direction). */
    source: Id,
    target: Id,
    type: z.enum(CLAIM_REL_TYPES),
    kind: z.enum(RELATION_KINDS),
    reason: z.string().trim().min(1).max(1000),
    note: Note.default(""),
  })
  .strict()
  .refine((v) => v.source !== v.target, { message: "a relation links two different claims", path: ["target"] });
export type ManualRelationRequest = z.infer<typeof ManualRelationRequestSchema>;

export const ClaimStatusRequestSchema = z
  .object({
    status: ClaimStatusSchema,
    note: Note.default(""),
    links: z.array(Link).max(20).default([]),
  })
  .strict();
export type ClaimStatusRequest = z.infer<typeof ClaimStatusRequestSchema>;

/**
 * One verdict, flat so that it is one node and one JSON line. Fields that do not apply to the
 * decision are null (type and kind for a relabel or a manual relation, status and links for a claim).
 * `relation` is what the relation was when the verdict was given (its type, kind, detector and
 * confidence, and both claims' texts), so the verdict keeps its meaning when the claims are gone.
 */
export const VerdictSchema = z.object({
  id: z.string(),
  targetKind: VerdictTargetKindSchema,
  targetId: z.string(),
  decision: VerdictDecisionSchema,
  type: RelabelTypeSchema.nullable(),
  kind: z.enum(RELATION_KINDS).nullable(),
  status: ClaimStatusSchema.nullable(),
  links: z.array(z.string()),
  reason: z.string().nullable(),
  note: z.string(),
  reviewer: z.string(),
  at: Instant,
  /** Order of verdicts on one target: the highest stands. */
  seq: z.number().int().min(1),
  relation: z
    .object({
      type: z.enum(CLAIM_REL_TYPES),
      kind: z.string(),
      method: z.string(),
      detector: z.string(),
      confidence: z.number(),
      source: z.string(),
      target: z.string(),
      sourceText: z.string(),
      targetText: z.string(),
    })
    .nullable(),
  /** A claim verdict's claim text when given. */
  claimText: z.string().nullable(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

/** Why a target's verdicts are orphaned: its claim is gone, or one of its relation's claims, or the relation alone. */
export const ORPHAN_REASONS = ["claim-missing", "relation-missing"] as const;
export const OrphanedVerdictSchema = z.object({ verdict: VerdictSchema, reason: z.enum(ORPHAN_REASONS), history: z.number().int().min(1) });
export type OrphanedVerdict = z.infer<typeof OrphanedVerdictSchema>;

export const VerdictsQuerySchema = z.object({
  since: Instant.optional(),
  /** Only the verdicts on this relation or claim: its history. */
  target: z.string().regex(ID_PATTERN, "a relation or claim id such as rel-…, man-… or clm-…").optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type VerdictsQuery = z.infer<typeof VerdictsQuerySchema>;
export const VerdictListSchema = z.object({
  /** Oldest first. */
  verdicts: z.array(VerdictSchema),
  truncated: z.boolean(),
  /** The standing verdict of every target that the stored graph no longer holds, whatever `since`. */
  orphaned: z.array(OrphanedVerdictSchema),
});
export type VerdictList = z.infer<typeof VerdictListSchema>;

export const ReviewQuerySchema = z.object({
  state: ReviewStateSchema.default("unreviewed"),
  /** disagreement: see server/src/services/review.ts; confidence: the least confident first. */
  sort: z.enum(["disagreement", "confidence"]).default("disagreement"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;

/** One side of a queue item: the claim, its sentence and paragraph as offsets into the document's text. */
export const ReviewClaimSchema = ClaimSummarySchema.extend({
  start: z.number().int(),
  end: z.number().int(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
  /** The paragraph holding the claim; the offsets above are into the document, and so is `paragraph.start`. */
  paragraph: z.object({ start: z.number().int(), text: z.string() }),
  status: ClaimStatusSchema.nullable(),
});
export type ReviewClaim = z.infer<typeof ReviewClaimSchema>;

export const ReviewItemSchema = z.object({
  id: z.string(),
  type: z.enum(CLAIM_REL_TYPES),
  kind: z.string(),
  confidence: z.number(),
  reason: z.string(),
  method: z.string(),
  detector: z.string(),
  /** The engine version that found it (null for a manual relation). */
  engine: z.string().nullable(),
  disagreement: z.number(),
  state: ReviewStateSchema,
  a: ReviewClaimSchema,
  b: ReviewClaimSchema,
  /** Newest first; the first stands. */
  history: z.array(VerdictSchema),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewCountsSchema = z.object({
  unreviewed: z.number().int(),
  confirmed: z.number().int(),
  relabelled: z.number().int(),
  rejected: z.number().int(),
  orphaned: z.number().int(),
});
export type ReviewCounts = z.infer<typeof ReviewCountsSchema>;

export const ReviewQueueSchema = z.object({
  items: z.array(ReviewItemSchema),
  /** Relations in the requested state, all pages. */
  total: z.number().int(),
  counts: ReviewCountsSchema,
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const VerdictResponseSchema = z.object({ verdict: VerdictSchema, state: ReviewStateSchema.nullable() });
export type VerdictResponse = z.infer<typeof VerdictResponseSchema>;
export const ManualRelationResponseSchema = z.object({ id: z.string(), verdict: VerdictSchema });
export type ManualRelationResponse = z.infer<typeof ManualRelationResponseSchema>;

/**
 * One line of `npm run export:verdicts`: a verdict with both claims' texts as they stand now (or
 * as they stood when judged, if gone) and the label it teaches the judge, if any.
 */
export const VerdictExportSchema = VerdictSchema.extend({
  standing: z.boolean(),
  orphaned: z.boolean(),
  /** contradicts / supports / discusses for a standing relation verdict; null for claims. */
  label: z.enum(["contradicts", "supports", "discusses"]).nullable(),
  a: z.string().nullable(),
  b: z.string().nullable(),
  /** The asserted content of each claim, without its attribution: what the judge reads. Null when the claim is gone. */
  aContent: z.string().nullable().default(null),
  bContent: z.string().nullable().default(null),
});
export type VerdictExport = z.infer<typeof VerdictExportSchema>;
