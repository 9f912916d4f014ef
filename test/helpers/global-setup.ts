/*
 * Starts a fresh local Neo4j for the suite (its own port and data folder, so a developer's
 * database is never touched) unless NEO4J_URI names a server; tests then clear that server's
 * database, so it must be named as disposable with CLAIMGRAPH_TEST_ALLOW_WIPE=1.
 */

import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../server/src/config";
import { startLocalNeo4j } from "../../server/src/db/local-neo4j";

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    if (process.env.CLAIMGRAPH_TEST_ALLOW_WIPE !== "1") {
      throw new Error(
        "test: NEO4J_URI is set and the integration tests delete everything in its database; set CLAIMGRAPH_TEST_ALLOW_WIPE=1 to confirm it is disposable, or unset NEO4J_URI to use a local Neo4j.",
      );
    }
    return;
  }
  process.env.NEO4J_BOLT_PORT = process.env.NEO4J_TEST_BOLT_PORT ?? "7688";
  process.env.CLAIMGRAPH_DATA_DIR = path.join(".data", "test");
  const config = loadConfig();
  fs.rmSync(config.local.home, { recursive: true, force: true });
  await startLocalNeo4j(config, { log: (line) => process.stderr.write(`${line}\n`) });
  process.env.CLAIMGRAPH_TEST_STARTED_NEO4J = "1";
}
