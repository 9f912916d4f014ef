/*
 * Shared plumbing of the CLIs that write to Neo4j (ingest, remove), apart from cli.ts so that the
 * CLIs without a database do not load the driver.
 */

import { loadConfig, type Config } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { isClaimGraphError } from "../server/src/errors";
import type { IngestDeps } from "../server/src/services/ingest";

/**
 * A CLI that writes to Neo4j: connects to the configured server (the local one, started if needed),
 * hands `use` the ingest dependencies with progress on stderr, and closes the driver. Nothing to
 * ingest or remove is said in its own sentence, with exit code 1.
 */
export async function withIngestDeps(use: (deps: IngestDeps, config: Config) => Promise<number>): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  try {
    return await use({ driver, database: config.neo4j.database, log }, config);
  } catch (error) {
    if (isClaimGraphError(error, "NOTHING_TO_INGEST")) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
}
