/*
 * The read side's boundary with Neo4j: one way to run a read (a READ transaction with a timeout),
 * and one way to turn what it returns into graph-schema shapes (parse each record with a schema).
 * A stored value the schema refuses is a StoredRecordError naming the record and the field, raised
 * here, rather than a wrong value that surfaces far away in the client.
 */

import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { ClaimGraphError } from "../errors";

export const READ_TIMEOUT_MS = 10_000;

export type Row = Record<string, unknown>;
/** A parameterised read returning plain records (integers arrive as numbers: see driver.ts). */
export type ReadQuery = (cypher: string, params?: Row) => Promise<Row[]>;

export function readQuery(driver: Driver, database: string): ReadQuery {
  return async (cypher, params = {}) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: READ_TIMEOUT_MS });
      return result.records.map((r) => r.toObject() as Row);
    } finally {
      await session.close();
    }
  };
}

/**
 * A stored value that does not fit the contract. `record` is the id of the innermost record that
 * holds the bad field (or "(unknown)" when no enclosing object carries an id), `field` its path
 * inside that record. The code is INTERNAL: the database, not the request, is at fault.
 */
export class StoredRecordError extends ClaimGraphError {
  readonly what: string;
  readonly record: string;
  readonly field: string;

  constructor(what: string, record: string, field: string, problem: string) {
    super("INTERNAL", `read: ${what} ${record}: stored field ${field || "(root)"} is invalid (${problem}); re-ingest its document or run \`npm run relink\`.`);
    this.name = "StoredRecordError";
    this.what = what;
    this.record = record;
    this.field = field;
  }
}

/** Walks `path` into `value` and splits it at the last object on the way that has a string id. */
function locate(value: unknown, path: ReadonlyArray<PropertyKey>, outer: string): { record: string; field: string } {
  let record = outer;
  let from = 0;
  let at: unknown = value;
  for (let i = 0; i <= path.length; i += 1) {
    if (at !== null && typeof at === "object" && typeof (at as Row).id === "string") {
      record = (at as Row).id as string;
      from = i;
    }
    if (i === path.length || at === null || typeof at !== "object") break;
    at = (at as Row)[path[i] as string];
  }
  return { record, field: path.slice(from).map(String).join(".") };
}

/**
 * `row` parsed with `schema`; `what` names the kind of record in the error ("claim", "relation"),
 * `id` the record asked for, named when the bad field sits outside any object with an id.
 */
export function parseRecord<S extends z.ZodType>(schema: S, row: unknown, what: string, id = "(unknown)"): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const { record, field } = locate(row, issue.path, id);
  throw new StoredRecordError(what, record, field, issue.message);
}

/** Every record of `rows` parsed with `schema` (see parseRecord). */
export function parseRecords<S extends z.ZodType>(schema: S, rows: readonly unknown[], what: string): Array<z.output<S>> {
  return rows.map((row) => parseRecord(schema, row, what));
}

/**
 * A property stored as JSON text (Neo4j has no nested maps), parsed and then checked with `schema`.
 * Text that is not JSON is an issue at the property itself, so the error names that field.
 */
export function storedJson<S extends z.ZodType>(schema: S) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: "not valid JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
