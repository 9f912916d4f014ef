/*
 * One extraction run in its own process, so that peak memory is this run's alone: the pipeline on
 * worker threads (per-document stages) plus the corpus stages and the relation judge on the main
 * thread, as `npm run ingest` runs it. Prints one JSON line: counts, milliseconds per phase, peak RSS,
 * and CPU milliseconds per phase (all threads while the workers run, the main thread after), which
 * a machine shared with other work inflates far less than the wall clock.
 * Usage: extract-run.ts <corpus> <scale> [workers]
 */

import { loadJudge } from "../../server/src/io/judge";
import { buildClaimGraphParallel } from "../../server/src/workers/extract-pool";
import { loadCorpus } from "./corpus";

const [corpus = "fnc1", scaleArg = "1", workersArg] = process.argv.slice(2);
const judge = loadJudge();
const inputs = loadCorpus(corpus, Number(scaleArg));
let perDocumentDoneAt = 0;
let perDocumentCpu: NodeJS.CpuUsage = { user: 0, system: 0 };
const cpuMs = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000);
const c0 = process.cpuUsage();
const t0 = performance.now();
void buildClaimGraphParallel(
  inputs,
  {},
  {
    judge,
    progress: (done, total) => {
      if (done !== total) return;
      perDocumentDoneAt = performance.now();
      perDocumentCpu = process.cpuUsage(c0);
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
      perDocumentCpuMs: cpuMs(perDocumentCpu),
      corpusCpuMs: cpuMs(process.cpuUsage(c0)) - cpuMs(perDocumentCpu),
    })}\n`,
  );
});
