/* Stops the local Neo4j that global-setup started; leaves a NEO4J_URI server alone. */

import { loadConfig } from "../../server/src/config";
import { stopLocalNeo4j } from "../../server/src/db/local-neo4j";

export default async function globalTeardown(): Promise<void> {
  if (process.env.CLAIMGRAPH_TEST_STARTED_NEO4J !== "1") return;
  await stopLocalNeo4j(loadConfig());
}
