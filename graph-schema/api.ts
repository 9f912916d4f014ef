/*
 * The HTTP API's contract: every route's query, body and response as a zod schema. The server
 * parses requests and the client parses responses with these, so the two cannot drift apart.
 */

import { z } from "zod";
import { ENTITY_TYPES, RELATION_KINDS } from "./labels";
import { QueryPositionSchema, PARAM_NAME } from "./cypher";
import { DiagnosticSchema, QuantitySchema, StorySchema } from "./graph";
import { ID_PATTERN, PARTIAL_DATE_PATTERN } from "./ids";
import { StoryIdSchema } from "./stories";

const Str = z.string().trim().min(1).max(200);
const Confidence = z.coerce.number().min(0).max(1);
/** A query flag, "true" or "false" as a URL carries it. */
const Flag = z.enum(["true", "false"]).default("false").transform((v) => v === "true");
/** An opt-in flag: absent stays undefined and means false, so callers written before the flag need not name it. */
const OptIn = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional();
const IsoDate = z.string().regex(PARTIAL_DATE_PATTERN, "a date such as 2025, 2025-04 or 2025-04-26");

export const NODE_KINDS = ["Source", "Document", "Claim", "Entity"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const EDGE_TYPES = ["PUBLISHED", "CITES", "CONTAINS", "ATTRIBUTED_TO", "MENTIONS", "CONTRADICTS", "SUPPORTS", "DISPUTES", "ECHOES"] as const;

export const HealthSchema = z.object({ ok: z.boolean(), neo4j: z.enum(["up", "down"]), message: z.string().nullable() });
export type Health = z.infer<typeof HealthSchema>;

export const StatsSchema = z.object({
  labels: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
  outlets: z.array(z.object({ outlet: z.string(), documents: z.number(), claims: z.number(), contradictions: z.number() })),
});
export type Stats = z.infer<typeof StatsSchema>;

export const GraphQuerySchema = z.object({
  outlet: Str.optional(),
  entity: Str.optional(),
  relation: z.enum(["CONTRADICTS", "SUPPORTS", "any"]).default("any"),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  minConfidence: Confidence.default(0),
  text: Str.optional(),
  /** Only claims that take part in a CONTRADICTS or SUPPORTS edge. */
  linkedOnly: Flag,
  /** Also relations an analyst rejected (left out unless asked: a person said they do not hold). */
  rejected: OptIn,
  /** Only claims of documents in this story. */
  story: StoryIdSchema.optional(),
  /**
   * Only what overview mode collapses: the claims, their documents, and the relations and stances
   * among them; no entities or outlets' Source nodes (a third of a payload, and its slowest reads).
   */
  overview: OptIn,
  limit: z.coerce.number().int().min(1).max(5000).default(800),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(EDGE_TYPES),
  source: z.string(),
  target: z.string(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
/**
 * A story that shown documents belong to: `documentIds` are its documents in this payload,
 * `documentCount` all of them in the database.
 */
export const StorySummarySchema = StorySchema.extend({ documentCount: z.number().int().min(1) });
export type StorySummary = z.infer<typeof StorySummarySchema>;
export const GraphPayloadSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  stories: z.array(StorySummarySchema),
  /** Claims matching the filters before the cap; `truncated` when more exist than were sent. */
  totalClaims: z.number(),
  truncated: z.boolean(),
  /** CONTRADICTS and SUPPORTS edges among the shown claims left out because an analyst rejected them. */
  rejectedHidden: z.number().int().min(0).optional(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;

export const ClaimSummarySchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  outlet: z.string().nullable(),
  via: z.string().nullable(),
  published: z.string().nullable(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

export const ConflictsQuerySchema = z.object({
  type: z.enum(["CONTRADICTS", "SUPPORTS"]).default("CONTRADICTS"),
  outlet: Str.optional(),
  /** With `outlet`: only pairs between that outlet and this one (a cell of the outlet matrix). */
  against: Str.optional(),
  kind: z.enum(RELATION_KINDS).optional(),
  minConfidence: Confidence.default(0),
  sort: z.enum(["confidence", "date"]).default("confidence"),
  /** Also relations an analyst rejected. */
  rejected: OptIn,
  /** Only relations with a claim of a document in this story. */
  story: StoryIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ConflictsQuery = z.infer<typeof ConflictsQuerySchema>;

/**
 * Where a relation stands after review and its standing decision (review.ts holds the verdicts;
 * the states are spelled out here because review.ts imports this module). `relabel` is the type a
 * relabel gave it (CONTRADICTS, SUPPORTS or NONE).
 */
export const RelationReviewSchema = z.object({
  state: z.enum(["unreviewed", "confirmed", "relabelled", "rejected"]),
  reviewer: z.string().nullable(),
  at: z.string().nullable(),
  relabel: z.string().nullable(),
});
export type RelationReview = z.infer<typeof RelationReviewSchema>;
export const UNREVIEWED: RelationReview = { state: "unreviewed", reviewer: null, at: null, relabel: null };

/** A CONTRADICTS or SUPPORTS edge as the API shows it: what kind, how sure, why, found how, and its review. */
export const RelationSummarySchema = z.object({
  id: z.string(),
  type: z.enum(["CONTRADICTS", "SUPPORTS"]),
  kind: z.string(),
  confidence: z.number(),
  reason: z.string(),
  method: z.string(),
  review: RelationReviewSchema.default(UNREVIEWED),
});

export const ConflictSchema = RelationSummarySchema.extend({
  a: ClaimSummarySchema,
  b: ClaimSummarySchema,
});
export const ConflictListSchema = z.object({ items: z.array(ConflictSchema), truncated: z.boolean() });
export type Conflict = z.infer<typeof ConflictSchema>;
export type ConflictList = z.infer<typeof ConflictListSchema>;

export const IdParamSchema = z.object({ id: z.string().regex(ID_PATTERN, "an id such as clm-… or ent-…") });

export const ClaimDetailSchema = z.object({
  claim: ClaimSummarySchema.extend({
    content: z.string().nullable(),
    verb: z.string().nullable(),
    polarity: z.string(),
    hedged: z.boolean(),
    start: z.number(),
    end: z.number(),
    quantities: z.array(QuantitySchema),
    time: z.string().nullable(),
    /** The claim's standing status from review (graph-schema/review.ts CLAIM_STATUSES); null when never set. */
    status: z.string().nullable().default(null),
  }),
  /** The claim's paragraph, split around the claim so the client can show it in context. */
  context: z.object({ before: z.string(), text: z.string(), after: z.string() }),
  mentions: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  related: z.array(RelationSummarySchema.extend({ other: ClaimSummarySchema })),
  /** Other outlets' articles that, read whole by the relation judge, dispute or echo this claim. */
  stances: z.array(
    z.object({
      id: z.string(),
      type: z.enum(["DISPUTES", "ECHOES"]),
      confidence: z.number(),
      reason: z.string(),
      method: z.string(),
      documentId: z.string(),
      outlet: z.string().nullable(),
      title: z.string().nullable(),
      quote: z.string(),
    }),
  ),
});
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;

export const EntityDetailSchema = z.object({
  entity: z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), aliases: z.array(z.string()) }),
  byOutlet: z.array(z.object({ outlet: z.string(), claims: z.array(ClaimSummarySchema) })),
  asSpeaker: z.array(ClaimSummarySchema),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const SearchQuerySchema = z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(10) });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export const SearchResultSchema = z.object({
  claims: z.array(z.object({ id: z.string(), text: z.string(), outlet: z.string().nullable(), score: z.number() })),
  entities: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), score: z.number() })),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const CypherRequestSchema = z.object({
  query: z.string().max(20_000),
  // Values go to the driver as parameters, never into the query text; names are plain identifiers.
  params: z.record(z.string().regex(PARAM_NAME, "a parameter name such as limit or outlet_2"), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;
export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean(),
  ms: z.number(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

export const UploadRequestSchema = z.object({
  documents: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, "a file name without folders"),
        text: z.string().min(1).max(20 * 1024 * 1024),
        outlet: Str.optional(),
        url: z.string().url().optional(),
        title: z.string().max(500).optional(),
        published: IsoDate.optional(),
        via: Str.optional(),
      }),
    )
    .min(1)
    .max(200),
});
export type UploadRequest = z.infer<typeof UploadRequestSchema>;
/**
 * What an upload added: its documents, their claims, every relation they take part in (stored
 * claims at the other end included), and the problems with files that were skipped.
 */
export const UploadResponseSchema = z.object({
  documents: z.number(),
  claims: z.number(),
  relations: z.number(),
  diagnostics: z.array(DiagnosticSchema),
});
export type UploadResponse = z.infer<typeof UploadResponseSchema>;

/** Pictures: an outlet × outlet matrix of conflicts and echoes, and claims per date and outlet. */
export const OverviewSchema = z.object({
  outlets: z.array(z.string()),
  matrix: z.array(z.object({ a: z.string(), b: z.string(), contradicts: z.number(), supports: z.number() })),
  timeline: z.array(z.object({ date: z.string(), outlet: z.string(), claims: z.number(), contradicted: z.number() })),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const ExportQuerySchema = z.object({ format: z.enum(["json", "gexf", "graphml"]).default("json") });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** Where in a console query Neo4j found the problem, when it says. */
    position: QueryPositionSchema.optional(),
  }),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** `npm run relate`: one input line. a = the claim or headline; b = a sentence, a claim or a whole article. */
export const RelatePairSchema = z.object({
  id: z.union([z.string(), z.number()]),
  a: z.string().min(1, "must not be empty"),
  b: z.string().min(1, "must not be empty"),
});
export type RelatePair = z.infer<typeof RelatePairSchema>;
export const RELATE_LABELS = ["contradicts", "supports", "discusses", "unrelated"] as const;
/** One output line; `error` marks a line that could not be judged (labelled unrelated, confidence 0). */
export const RelateResultSchema = z.object({
  id: z.union([z.string(), z.number()]).nullable(),
  label: z.enum(RELATE_LABELS),
  confidence: z.number().min(0).max(1),
  error: z.string().optional(),
});
export type RelateResult = z.infer<typeof RelateResultSchema>;
