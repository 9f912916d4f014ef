/*
 * What the benchmarks share: a local Neo4j of their own (port 7689, .data/bench, so a developer's
 * database is never touched), the seeds app listening on an ephemeral loopback port, percentiles,
 * and a teardown that closes the server and the driver and stops that Neo4j.
 */

import type { Server } from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createApp } from "../../server/src/app";
import { loadConfig, type Config } from "../../server/src/config";
import { connectNeo4j } from "../../server/src/db/connect";
import { stopLocalNeo4j } from "../../server/src/db/local-neo4j";
import type { ReadStore } from "../../server/src/db/read";
import { explorerDeps } from "../../server/src/main";
import { ingestPaths } from "../../server/src/services/ingest";

export interface BenchDb {
  config: Config;
  driver: Driver;
  database: string;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
}

export async function withBenchDb<T>(log: (line: string) => void, fn: (db: BenchDb) => Promise<T>): Promise<T> {
  process.env.NEO4J_BOLT_PORT ??= "7689";
  process.env.CLAIMGRAPH_DATA_DIR ??= path.join(".data", "bench");
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  try {
    return await fn({ config, driver, database: config.neo4j.database });
  } finally {
    await driver.close();
    if (config.neo4j.local) await stopLocalNeo4j(config, { log });
  }
}

export async function emptyDatabase({ driver, database }: BenchDb): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    // Relationships first: a batch of nodes detached at once can hold an entity's whole fan-in.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** The seeds ingested and the app listening; rate limits raised because every client shares one IP. */
export async function withSeedsApp<T>(log: (line: string) => void, fn: (app: { url: string; store: ReadStore; db: BenchDb }) => Promise<T>): Promise<T> {
  return withBenchDb(log, async (db) => {
    // Only the seeds: the bench database may still hold a corpus from the ingest stage.
    await emptyDatabase(db);
    await ingestPaths(["seeds"], { driver: db.driver, database: db.database });
    return serveApp(db, (app) => fn({ ...app, db }));
  });
}

/** The explorer app over whatever the bench database holds, on an ephemeral loopback port. */
export async function serveApp<T>(db: BenchDb, fn: (app: { url: string; store: ReadStore }) => Promise<T>): Promise<T> {
  {
    const { driver, database, config } = db;
    const deps = explorerDeps(driver, database, { clientDir: path.join(config.root, "client", "dist"), limits: { cypherPerMinute: 1e6, uploadsPerMinute: 1e6 } });
    const store = deps.store;
    const app = createApp(deps);
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    try {
      const addr = server.address();
      return await fn({ url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`, store });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}
