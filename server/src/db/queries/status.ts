/*
 * Whether Neo4j answers, and the graph's version: its node and relationship counts, which the read
 * cache and the search index key their contents on (any write that adds or removes something
 * changes them).
 */

import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { parseRecord, type ReadQuery } from "../read-records";

const PING_TIMEOUT_MS = 3_000;
const CountsRecord = z.object({ n: z.number().int().min(0), r: z.number().int().min(0) });

/** Resolves when Neo4j answers within PING_TIMEOUT_MS. */
export async function ping(driver: Driver, database: string): Promise<void> {
  // An auto-commit query: no retries, so a down server is reported at once, not after the
  // driver's retry window.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run("RETURN 1", {}, { timeout: PING_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

/** "nodes/relationships": count-store lookups, about a millisecond. */
export async function readGraphVersion(q: ReadQuery): Promise<string> {
  // Each count in its own subquery: an aggregate there always yields a row, even over an empty
  // graph, where a second MATCH after the first count would yield none.
  const [row] = await q("CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r");
  const { n, r } = parseRecord(CountsRecord, row, "graph counts");
  return `${n}/${r}`;
}
