/*
 * One extraction run in its own process, so that peak memory is this run's alone: the pipeline on
 * worker threads (per-document stages) plus the corpus stages and the relation judge on the main
 * thread, as `npm run ingest` runs it. Prints one JSON line: counts, milliseconds per phase, peak RSS.
 * Usage: extract-run.ts <corpus> <scale> [workers]
 */

import { loadJudge } from "../../server/src/io/judge";
import { buildClaimGraphParallel } from "../../server/src/workers/extract-pool";
import { loadCorpus } from "./corpus";

const [corpus = "fnc1", scaleArg = "1", workersArg] = process.argv.slice(2);
const judge = loadJudge();
const inputs = loadCorpus(corpus, Number(scaleArg));
let perDocumentDoneAt = 0;
const t0 = performance.now();
void buildClaimGraphParallel(
  inputs,
  {},
  {
    judge,
    progress: (done, total) => {
      if (done === total) perDocumentDoneAt = performance.now();
    },
  },
  workersArg ? { workers: Number(workersArg) } : {},
).then((graph) => {
  const ms = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({
      documents: graph.documents.length,
      claims: graph.claims.length,
      relations: graph.relations.length,
      contradicts: graph.relations.filter((r) => r.type === "CONTRADICTS").length,
      judged: graph.relations.filter((r) => r.method === "judge").length,
      stances: graph.stances.length,
      ms: Math.round(ms),
      perDocumentMs: Math.round(perDocumentDoneAt - t0),
      peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
});
