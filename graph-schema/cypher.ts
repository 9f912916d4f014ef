/*
 * The Cypher console's contract beyond the query itself: the live vocabulary the editor completes
 * (GET /api/schema) and the place in a query where Neo4j found a problem, which an error body
 * carries so the editor can mark it.
 */

import { z } from "zod";

/** Labels, relationship types and property keys as the database reports them, each sorted. */
export const DatabaseSchemaSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});
export type DatabaseSchema = z.infer<typeof DatabaseSchemaSchema>;

/**
 * A point in the query text the client sent: 1-based line and column, 0-based offset in UTF-16
 * code units (JavaScript string indices), already shifted back from any prefix the server adds.
 */
export const QueryPositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type QueryPosition = z.infer<typeof QueryPositionSchema>;

/** A parameter name as Cypher accepts it after `$` without backticks. */
export const PARAM_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
