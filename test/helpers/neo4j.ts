/*
 * Test helpers for the real Neo4j: a driver from the suite's config, a wipe between tests, and
 * the label and relationship counts that idempotency tests compare.
 */

import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../server/src/config";
import { createDriver } from "../../server/src/db/driver";
import { countGraph, type GraphCounts } from "../../server/src/db/write-graph";

export function testConfig(): Config {
  return loadConfig();
}

export function testDriver(): { driver: Driver; database: string; config: Config } {
  const config = testConfig();
  return { driver: createDriver(config.neo4j), database: config.neo4j.database, config };
}

export async function wipe(driver: Driver, database: string): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

export async function counts(driver: Driver, database: string): Promise<GraphCounts> {
  return countGraph(driver, database);
}

/**
 * Registers the usual hooks for a suite on the test database: a driver for the suite, closed at the
 * end, and an empty database before each test. Read `db.driver` / `db.database` inside tests.
 */
export function useEmptyDatabase(): { driver: Driver; database: string } {
  const db = {} as { driver: Driver; database: string };
  beforeAll(() => {
    const t = testDriver();
    db.driver = t.driver;
    db.database = t.database;
  });
  afterAll(async () => {
    await db.driver.close();
  });
  beforeEach(async () => {
    await wipe(db.driver, db.database);
  });
  return db;
}
