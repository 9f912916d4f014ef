/*
 * Applies graph-schema's constraints and indexes. Every statement is `IF NOT EXISTS`, so this runs
 * before each write; it waits for indexes to come online so the first MERGE uses them. When every
 * constraint and index is there and online already (one SHOW query), nothing more is sent: an
 * ingest of one document otherwise pays a round trip per statement.
 */

import type { Driver } from "neo4j-driver";
import { SCHEMA_STATEMENTS } from "../../../graph-schema";

/** The name each statement creates (a uniqueness constraint's backing index has the same name). */
const SCHEMA_NAMES = SCHEMA_STATEMENTS.map((s) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\S+) IF NOT EXISTS/.exec(s)?.[1] ?? null);

async function schemaInPlace(driver: Driver, database: string): Promise<boolean> {
  if (SCHEMA_NAMES.some((n) => n === null)) return false;
  const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, state RETURN name, state", {}, { database, routing: "READ" });
  const online = new Set(records.filter((r) => r.get("state") === "ONLINE").map((r) => r.get("name") as string));
  return SCHEMA_NAMES.every((n) => online.has(n!));
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  if (await schemaInPlace(driver, database)) return;
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
