/*
 * `npm run serve`: the explorer without ingesting anything, for a graph that is already in Neo4j.
 * Starts even when Neo4j is down (health says so, data routes answer 503, and it recovers when
 * Neo4j comes back); stops cleanly on SIGTERM/SIGINT, letting requests in flight finish.
 */

import { runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { createDriver } from "../server/src/db/driver";
import { startLocalNeo4j } from "../server/src/db/local-neo4j";
import { serve } from "../server/src/main";

const log = (line: string) => process.stderr.write(`${line}\n`);

runCli("serve", async () => {
  const config = loadConfig();
  if (config.neo4j.local) await startLocalNeo4j(config, { log });
  const driver = createDriver(config.neo4j);
  const s = await serve(config, driver, { log });
  log(`serve: listening on ${s.url}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`serve: ${signal}, finishing requests in flight and closing…`);
      void s.close().then(resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  log("serve: closed.");
  return 0;
});
