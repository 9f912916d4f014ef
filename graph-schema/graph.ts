/*
 * The claim graph as the NLP pipeline produces it and `npm run extract` writes it: plain JSON that
 * the Neo4j writer, the API and the client all read. Ids are content-derived, so the same input
 * always yields the same graph, byte for byte.
 */

import { z } from "zod";
import {
  ClaimRelTypeSchema,
  DatePrecisionSchema,
  EntityTypeSchema,
  MethodSchema,
  RelationKindSchema,
  StanceRelTypeSchema,
} from "./labels";
import { PARTIAL_DATE_PATTERN } from "./ids";

const Id = z.string().min(1).max(200);
/** ISO date with the precision the source gave: 2025, 2025-04 or 2025-04-26. */
export const PartialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const Confidence = z.number().min(0).max(1);
const Offset = z.number().int().min(0);

/** A span of a document's text: offsets are UTF-16 code units into Document.text, end exclusive. */
export const SpanSchema = z.object({ start: Offset, end: Offset, text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const SourceSchema = z.object({
  id: Id,
  name: z.string().min(1),
});
export type Source = z.infer<typeof SourceSchema>;

export const DocumentSchema = z.object({
  id: Id,
  file: z.string(),
  outlet: z.string().min(1),
  /** The outlet the text is relayed from ("Bloomberg writes about this, Censor.NET informs"). */
  via: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string(),
  published: PartialDateSchema.nullable(),
  precision: DatePrecisionSchema.nullable(),
  language: z.string().nullable(),
  /** sha256 of the cleaned text; duplicates under other names collapse to one document. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The cleaned text that every offset in the graph points into. */
  text: z.string(),
  /** Where each metadata field came from: the manifest, the document itself, or a default. */
  metadataFrom: z.record(z.string(), z.enum(["manifest", "text", "file", "default"])),
});
export type Document = z.infer<typeof DocumentSchema>;

export const EntitySchema = z.object({
  id: Id,
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * What a figure counts and the circumstances that make two figures comparable: the measure
 * normalised across wording ("killed", "perished", "death toll" → deaths; shares as
 * "percent:<of what>"), whose it is (a narrower group than people: "civilian", "thing:tank"), who
 * gives it inside the sentence ("according to the police"), where, over which period, and whether
 * it is a part of a total, a change rather than a level, a forecast, or said not to have happened.
 */
export const QuantityFrameSchema = z.object({
  measure: z.string().nullable(),
  scope: z.string().nullable(),
  source: z.string().nullable(),
  place: z.string().nullable(),
  period: z.string().nullable(),
  partial: z.boolean(),
  change: z.boolean(),
  forecast: z.boolean(),
  negated: z.boolean(),
});
export type QuantityFrame = z.infer<typeof QuantityFrameSchema>;

/** A number as an interval with its qualifier: "over 4,500" is [4500, null), "300-400" is [300, 400]. */
export const QuantitySchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(["exact", "over", "under", "about", "up to", "at least", "range"]),
  /** The thing counted ("dead and injured", "troops"), normalised to a head word where possible. */
  measure: z.string().nullable(),
  /** Whose it is ("ukraine", "russia"): an entity id when one was resolved. */
  owner: z.string().nullable(),
  unit: z.string().nullable(),
  /** The frame the relation engine compares; absent in graphs written before frames existed. */
  frame: QuantityFrameSchema.nullish(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const ClaimSchema = z.object({
  id: Id,
  documentId: Id,
  /** Exactly Document.text.slice(start, end). */
  text: z.string().min(1),
  start: Offset,
  end: Offset,
  /** The sentence the claim stands in, for evidence in context. */
  sentenceStart: Offset,
  sentenceEnd: Offset,
  speakerId: Id.nullable(),
  /** The words that name the speaker, as they stand in the text. */
  speakerText: z.string().nullable(),
  /** The reporting verb or phrase: "said", "according to", "claims", "rejected claims that". */
  verb: z.string().nullable(),
  /** The asserted content, without the attribution ("the ministry said 40 people were hurt" → "40 people were hurt"). */
  content: z.string(),
  polarity: z.enum(["positive", "negative"]),
  hedged: z.boolean(),
  hedges: z.array(z.string()),
  quantities: z.array(QuantitySchema),
  /** The period the claim is about, resolved against the publication date when the text is relative. */
  time: z
    .object({ text: z.string(), date: PartialDateSchema })
    .nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const MentionSchema = z.object({
  claimId: Id,
  entityId: Id,
  start: Offset,
  end: Offset,
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One side's words behind a claim-to-claim edge. */
export const EvidenceSchema = z.object({ claimId: Id, quote: z.string(), start: Offset, end: Offset });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What every found edge carries: how sure, why in words a person can read, and how it was found. */
const FoundEdgeSchema = z.object({
  id: Id,
  confidence: Confidence,
  /** One line a person can read: why these two claims collide or agree, or how the article stands. */
  reason: z.string().min(1),
  method: MethodSchema,
  /** The rule or model that found it, e.g. "numeric-interval" or "judge@1". */
  detector: z.string().min(1),
});

export const RelationSchema = FoundEdgeSchema.extend({
  type: ClaimRelTypeSchema,
  source: Id,
  target: Id,
  kind: RelationKindSchema,
  evidence: z.array(EvidenceSchema).min(1),
});
export type Relation = z.infer<typeof RelationSchema>;

/** How one document, read whole, stands towards a claim made in another: DISPUTES or ECHOES. */
export const StanceSchema = FoundEdgeSchema.extend({
  type: StanceRelTypeSchema,
  documentId: Id,
  claimId: Id,
  /** The document's sentence closest to the claim, with offsets into Document.text. */
  evidence: z.object({ quote: z.string(), start: Offset, end: Offset }),
});
export type Stance = z.infer<typeof StanceSchema>;

/**
 * Documents about one event, grouped by the engine (shared specific entities within a time window);
 * claims are compared within a story. Stored as (:Story) with (:Document)-[:IN_STORY]->(:Story).
 */
export const StorySchema = z.object({
  id: Id,
  /** The headline of the story's earliest document. */
  title: z.string(),
  documentIds: z.array(Id).min(1),
  firstPublished: PartialDateSchema.nullable(),
  lastPublished: PartialDateSchema.nullable(),
  /**
   * A story of more than a dozen documents: the engine's index of its claims (JSON), with which a new
   * document is related to the stored claims without rebuilding the story. Internal to the engine.
   */
  candidateIndex: z.string().optional(),
});
export type Story = z.infer<typeof StorySchema>;

/** A problem with one input that did not stop the others: named file, stable code, readable message. */
export const DiagnosticSchema = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const ClaimGraphSchema = z.object({
  version: z.literal(1),
  sources: z.array(SourceSchema),
  documents: z.array(DocumentSchema),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  mentions: z.array(MentionSchema),
  relations: z.array(RelationSchema),
  /** Judge-found document stances; absent in graphs written before the judge existed. */
  stances: z.array(StanceSchema).default([]),
  /** Story groups; absent in graphs written before stories existed. */
  stories: z.array(StorySchema).default([]),
  diagnostics: z.array(DiagnosticSchema),
});
export type ClaimGraph = z.infer<typeof ClaimGraphSchema>;
