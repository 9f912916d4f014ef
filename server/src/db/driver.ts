/*
 * The Neo4j driver, created once per process. One integer policy for the whole app: Neo4j
 * integers arrive as JavaScript numbers (disableLosslessIntegers), safe for every count and
 * offset ClaimGraph stores.
 */

import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "../config";
import { ClaimGraphError } from "../errors";

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: "claimgraph/0.1",
  });
}

/** Resolves when the server answers; otherwise a NEO4J_UNAVAILABLE error that names the URI. */
export async function verifyNeo4j(driver: Driver, connection: Neo4jConnection): Promise<void> {
  try {
    await driver.executeQuery("RETURN 1", {}, { database: connection.database, routing: neo4j.routing.READ });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const hint = connection.local ? "run `npm run db:start`" : "check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD";
    throw new ClaimGraphError("NEO4J_UNAVAILABLE", `db: Neo4j at ${connection.uri} is not reachable (${reason}); ${hint}.`, {
      cause: error,
    });
  }
}
