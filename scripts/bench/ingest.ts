/*
 * Full ingest of a corpus into a local Neo4j of its own (port 7689, .data/bench): pipeline time,
 * write time and rows written per second in the load stage, end to end from files to committed
 * graph. The database is emptied first so every run writes the same rows.
 */

import path from "node:path";
import { loadConfig } from "../../server/src/config";
import { connectNeo4j } from "../../server/src/db/connect";
import { stopLocalNeo4j } from "../../server/src/db/local-neo4j";
import { writeGraph } from "../../server/src/db/write-graph";
import { buildClaimGraph } from "../../server/src/nlp/pipeline";
import { loadCorpus } from "./corpus";

export interface IngestFigure {
  documents: number;
  rows: number;
  batches: number;
  pipelineMs: number;
  writeMs: number;
  totalMs: number;
}

export async function benchIngest(corpus: string, scale: number, log: (l: string) => void): Promise<IngestFigure> {
  process.env.NEO4J_BOLT_PORT ??= "7689";
  process.env.CLAIMGRAPH_DATA_DIR ??= path.join(".data", "bench");
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  const database = config.neo4j.database;
  try {
    const session = driver.session({ database });
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").finally(() => session.close());
    const t0 = performance.now();
    const graph = buildClaimGraph(loadCorpus(corpus, scale));
    const t1 = performance.now();
    const summary = await writeGraph(driver, database, graph);
    const t2 = performance.now();
    return { documents: graph.documents.length, rows: summary.rows, batches: summary.batches, pipelineMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0 };
  } finally {
    await driver.close();
    if (config.neo4j.local) await stopLocalNeo4j(config, { log });
  }
}
