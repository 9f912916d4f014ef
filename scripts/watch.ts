/*
 * `npm run watch -- <folder>`: ingests the folder's files as they appear or change (a changed file's
 * stale claims go, its relations are recomputed). A removed file is reported; `npm run remove`
 * removes its document. Ctrl-C stops cleanly: the ingest in flight finishes, then the driver closes.
 */

import { runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { watchFolder } from "../server/src/services/watch";

const log = (line: string) => process.stderr.write(`${line}\n`);

runCli("watch", async (argv) => {
  const folder = argv[0];
  if (!folder || argv.length > 1) {
    process.stderr.write("watch: name one folder to watch: npm run watch -- <folder>\n");
    return 1;
  }
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  const watcher = await watchFolder(folder, { driver, database: config.neo4j.database, log }, { log });
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        log(`watch: ${signal} again; exiting without waiting`);
        process.exit(130);
      }
      stopping = true;
      log(`watch: ${signal}; finishing the ingest in flight, then stopping`);
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.on("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  await watcher.close();
  await driver.close();
  log("watch: stopped");
  return 0;
});
