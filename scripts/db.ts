/*
 * `npm run db:start | db:stop | db:status`: the local Neo4j 5.26 that ClaimGraph runs itself.
 * With NEO4J_URI set these commands say so and touch nothing.
 */

import { runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { localStatus, startLocalNeo4j, stopLocalNeo4j } from "../server/src/db/local-neo4j";

const log = (line: string) => process.stderr.write(`${line}\n`);

runCli("db", async ([command]) => {
  const config = loadConfig();
  if (!config.neo4j.local) {
    log(`db: NEO4J_URI is set (${config.neo4j.uri}); ClaimGraph uses that server and manages no local Neo4j.`);
    return 0;
  }
  switch (command) {
    case "start":
      await startLocalNeo4j(config, { log });
      return 0;
    case "stop":
      await stopLocalNeo4j(config, { log });
      return 0;
    case "status": {
      const s = await localStatus(config);
      process.stdout.write(`${s.running ? "running" : "stopped"} ${s.uri}${s.pid ? ` pid ${s.pid}` : ""} data ${s.home}\n`);
      return s.running ? 0 : 3;
    }
    default:
      log("db: usage: db.ts start|stop|status");
      return 2;
  }
});
