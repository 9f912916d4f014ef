/*
 * Full ingest of a corpus into a local Neo4j of its own (port 7689, .data/bench): pipeline time,
 * write time and rows written per second in the load stage, end to end from files to committed
 * graph. The database is emptied first so every run writes the same rows.
 */

import { writeGraph } from "../../server/src/db/write-graph";
import { buildClaimGraph } from "../../server/src/nlp/pipeline";
import { loadCorpus } from "./corpus";
import { emptyDatabase, withBenchDb } from "./harness";

export interface IngestFigure {
  documents: number;
  rows: number;
  batches: number;
  pipelineMs: number;
  writeMs: number;
  totalMs: number;
}

export async function benchIngest(corpus: string, scale: number, log: (l: string) => void): Promise<IngestFigure> {
  return withBenchDb(log, async (db) => {
    const { driver, database } = db;
    await emptyDatabase(db);
    const t0 = performance.now();
    const graph = buildClaimGraph(loadCorpus(corpus, scale));
    const t1 = performance.now();
    const summary = await writeGraph(driver, database, graph);
    const t2 = performance.now();
    return { documents: graph.documents.length, rows: summary.rows, batches: summary.batches, pipelineMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0 };
  });
}
