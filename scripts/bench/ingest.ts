/*
 * Full ingest of a corpus into a local Neo4j of its own (port 7689, .data/bench), as npm run ingest
 * does it (per-document stages on worker threads, the relation judge, batched writes): pipeline time,
 * write time and rows written per second in the load stage, end to end from files to committed
 * graph. The database is emptied first so every run writes the same rows. With `api`, the explorer
 * is then served over that graph and hit by concurrent clients on loopback.
 */

import { writeGraph } from "../../server/src/db/write-graph";
import { loadJudge } from "../../server/src/io/judge";
import { buildClaimGraphParallel } from "../../server/src/workers/extract-pool";
import { loadCorpus } from "./corpus";
import { latency, type LatencyFigure } from "./explorer";
import { emptyDatabase, serveApp, withBenchDb } from "./harness";

export interface IngestFigure {
  scale: number;
  documents: number;
  claims: number;
  relations: number;
  rows: number;
  batches: number;
  pipelineMs: number;
  writeMs: number;
  totalMs: number;
  /** Write times of the same graph written again into the emptied database, the server now warm. */
  warmWriteMs: number[];
  /** Time for the explorer's in-memory search index to build over the graph (with `api`). */
  searchIndexMs: number | null;
  api: LatencyFigure[];
}

export async function benchIngest(
  corpus: string,
  scale: number,
  log: (l: string) => void,
  api?: { clients: number; requests: number },
  rewrites = 0,
): Promise<IngestFigure> {
  const judge = loadJudge();
  return withBenchDb(log, async (db) => {
    const { driver, database } = db;
    await emptyDatabase(db);
    const inputs = loadCorpus(corpus, scale);
    const t0 = performance.now();
    const graph = await buildClaimGraphParallel(inputs, {}, { judge });
    const t1 = performance.now();
    let last = performance.now();
    const summary = await writeGraph(driver, database, graph, {
      onProgress: (stage, done, total) => {
        if (done !== total) return;
        const now = performance.now();
        log(`bench: wrote ${stage}: ${total} rows in ${((now - last) / 1000).toFixed(2)} s`);
        last = now;
      },
    });
    const t2 = performance.now();
    const figure: IngestFigure = {
      scale,
      documents: graph.documents.length,
      claims: graph.claims.length,
      relations: graph.relations.length,
      rows: summary.rows,
      batches: summary.batches,
      pipelineMs: t1 - t0,
      writeMs: t2 - t1,
      totalMs: t2 - t0,
      warmWriteMs: [],
      searchIndexMs: null,
      api: [],
    };
    // The first write meets a Neo4j just started (its JIT cold); a server that has been running
    // writes the same rows faster, and both figures are reported.
    for (let k = 0; k < rewrites; k += 1) {
      await emptyDatabase(db);
      const w0 = performance.now();
      await writeGraph(driver, database, graph);
      figure.warmWriteMs.push(performance.now() - w0);
      log(`bench: rewrite ${k + 1} of ${rewrites}: ${((performance.now() - w0) / 1000).toFixed(1)} s`);
    }
    if (api) {
      figure.api = await serveApp(db, async ({ url, store }) => {
        // The explorer builds its search index in the background at start; searches before it is
        // ready go to the full-text indexes. Measured here, then the load runs against the built index.
        const i0 = performance.now();
        await store.warmSearch();
        figure.searchIndexMs = performance.now() - i0;
        // Search terms: 200 distinct words from entity names, spread over the corpus, so the answer
        // cache helps only as much as repeated searches would.
        const words = [...new Set(graph.entities.map((e) => e.name.split(/\s+/)[0]!.toLowerCase()).filter((w) => /^\p{L}{4,}$/u.test(w)))];
        const step = Math.max(1, Math.floor(words.length / 200));
        const searches = words.filter((_, i) => i % step === 0).slice(0, 200).map((w) => `/api/search?q=${encodeURIComponent(w)}`);
        const routes: Array<string | string[]> = ["/api/graph", "/api/contradictions", searches];
        for (const r of routes.slice(0, 2)) await latency(url, r, 20, 1); // warm-up: plans cached, pool filled
        const out: LatencyFigure[] = [];
        for (const r of routes) out.push(await latency(url, r, api.requests, api.clients));
        return out;
      });
    }
    return figure;
  });
}
