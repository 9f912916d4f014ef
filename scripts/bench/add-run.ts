/*
 * One incremental add in its own process, so its peak memory is the add's alone: the named held-out
 * FNC-1 bodies are ingested into the bench database, joining the graph it holds. The judge is loaded
 * before the clock starts (a running watcher or server holds it already). Prints one JSON line.
 * Usage: add-run.ts <first held-out index> <count>
 */

import { loadConfig } from "../../server/src/config";
import { connectNeo4j } from "../../server/src/db/connect";
import { loadJudge } from "../../server/src/io/judge";
import { ingestFiles } from "../../server/src/services/ingest";
import { heldOut } from "./incremental";

const [fromArg = "0", countArg = "1"] = process.argv.slice(2);
void (async () => {
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log: () => {} });
  const judge = loadJudge();
  const files = heldOut().slice(Number(fromArg), Number(fromArg) + Number(countArg));
  const t0 = performance.now();
  const result = await ingestFiles(files, [], { driver, database: config.neo4j.database, judge });
  const ms = performance.now() - t0;
  await driver.close();
  process.stdout.write(`${JSON.stringify({ documents: files.length, recomputed: result.graph.documents.length, ms: Math.round(ms), phases: result.timings, peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
})();
