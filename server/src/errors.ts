/*
 * Typed errors: every failure ClaimGraph reports carries a code from one string union, so callers
 * and tests branch on the code and people read the message, which starts with the module's name.
 */

import type { QueryPosition } from "../../graph-schema";

export const ERROR_CODES = [
  "CONFIG_INVALID",
  "JAVA_MISSING",
  "JAVA_TOO_OLD",
  "MAVEN_MISSING",
  "MAVEN_FAILED",
  "PORT_TAKEN",
  "NEO4J_START_FAILED",
  "NEO4J_START_TIMEOUT",
  "NEO4J_UNAVAILABLE",
  "NEO4J_WRITE_FAILED",
  "INPUT_MISSING",
  "INPUT_EMPTY",
  "INPUT_BINARY",
  "INPUT_TOO_LARGE",
  "INPUT_ENCODING",
  "INPUT_UNSUPPORTED",
  "INPUT_MALFORMED",
  "INPUT_NO_TEXT",
  "INPUT_DUPLICATE",
  "MANIFEST_INVALID",
  "MANIFEST_MISSING_FILE",
  "NOTHING_TO_INGEST",
  "BAD_REQUEST",
  "NOT_FOUND",
  "CYPHER_REFUSED",
  "CYPHER_FAILED",
  "CYPHER_TIMEOUT",
  "CYPHER_CANCELLED",
  "RATE_LIMITED",
  "READ_ONLY",
  "REVIEW_DISABLED",
  "REVIEWER_MISSING",
  "CROSS_ORIGIN",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ClaimGraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ClaimGraphError";
    this.code = code;
  }
}

/** A console query Neo4j rejected, with the place in the client's query text when Neo4j names one. */
export class CypherQueryError extends ClaimGraphError {
  readonly position: QueryPosition | undefined;

  constructor(code: ErrorCode, message: string, position: QueryPosition | undefined, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = "CypherQueryError";
    this.position = position;
  }
}

export function isClaimGraphError(error: unknown, code?: ErrorCode): error is ClaimGraphError {
  return error instanceof ClaimGraphError && (code === undefined || error.code === code);
}
