/*
 * Applies graph-schema's constraints and indexes. Every statement is `IF NOT EXISTS`, so this runs
 * before each write at no cost; it waits for indexes to come online so the first MERGE uses them.
 */

import type { Driver } from "neo4j-driver";
import { SCHEMA_STATEMENTS } from "../../../graph-schema";

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
