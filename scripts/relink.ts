/*
 * `npm run relink [-- --batch 50]`: after an engine change, recomputes entity merges, stories,
 * relations and stances over the stored graph, from the stored texts, a batch of documents at a time
 * with a progress bar. Each relation then records the engine version that made it.
 */

import { parseCliArgs, runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { ENGINE_VERSION } from "../server/src/nlp/version";
import { relinkStored } from "../server/src/services/ingest";

const log = (line: string) => process.stderr.write(`${line}\n`);

function bar(done: number, total: number, started: number): string {
  const width = 30;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const elapsed = (Date.now() - started) / 1000;
  const eta = done > 0 && done < total ? ` ~${Math.round((elapsed / done) * (total - done))} s left` : "";
  return `relink [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total} documents, ${elapsed.toFixed(0)} s${eta}`;
}

runCli("relink", async (argv) => {
  const args = parseCliArgs(argv, { batch: "string" });
  const batchSize = args.flags.batch === undefined ? 50 : Number(args.flags.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    process.stderr.write("relink: --batch takes a whole number of documents, at least 1.\n");
    return 1;
  }
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  const started = Date.now();
  const tty = process.stderr.isTTY;
  try {
    const result = await relinkStored(
      { driver, database: config.neo4j.database, log },
      {
        batchSize,
        onProgress: (done, total) => process.stderr.write(tty ? `\r${bar(done, total, started)}` : `${bar(done, total, started)}\n`),
      },
    );
    if (tty) process.stderr.write("\n");
    const before = Object.entries(result.enginesBefore).map(([v, n]) => `${n} by ${v}`).join(", ") || "none";
    process.stdout.write(
      `relink: ${result.documents} documents recomputed with engine ${ENGINE_VERSION}; relations and stances before: ${before}.\nrelink: the database now holds ${result.counts.labels.Entity ?? 0} entities, ${result.counts.labels.Story ?? 0} stories, ${result.counts.relationships.CONTRADICTS ?? 0} CONTRADICTS, ${result.counts.relationships.SUPPORTS ?? 0} SUPPORTS.\n`,
    );
    return 0;
  } finally {
    await driver.close();
  }
});
