/*
 * Typed errors: every failure ClaimGraph reports carries a code from one string union, so callers
 * and tests branch on the code and people read the message, which starts with the module's name.
 */

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

export function isClaimGraphError(error: unknown, code?: ErrorCode): error is ClaimGraphError {
  return error instanceof ClaimGraphError && (code === undefined || error.code === code);
}
