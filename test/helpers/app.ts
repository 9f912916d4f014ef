/*
 * The explorer app over the suite's real Neo4j, wired like server/src/main.ts but without
 * listening (supertest) or with an ephemeral port (Chromium tests).
 */

import type { Server } from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createApp, type AppDeps } from "../../server/src/app";
import { runReadOnlyCypher } from "../../server/src/db/cypher-console";
import { createReadStore } from "../../server/src/db/read";
import { uploadDocuments } from "../../server/src/services/explore";
import { ingestPaths } from "../../server/src/services/ingest";
import { wipe } from "./neo4j";

export function appDeps(driver: Driver, database: string, overrides: Partial<AppDeps> = {}): AppDeps {
  const store = createReadStore(driver, database);
  return {
    store,
    health: async () => {
      try {
        await store.ping();
        return { ok: true, neo4j: "up", message: null };
      } catch {
        return { ok: false, neo4j: "down", message: "Neo4j is not reachable" };
      }
    },
    cypher: (query, params) => runReadOnlyCypher(driver, database, query, params, { timeoutMs: 3_000, maxRows: 200 }),
    upload: (body) => uploadDocuments(body, { driver, database }),
    clientDir: path.resolve("client/dist"),
    limits: { cypherPerMinute: 10_000, uploadsPerMinute: 1_000 },
    log: () => {},
    ...overrides,
  };
}

export async function listen(deps: AppDeps): Promise<{ server: Server; url: string }> {
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const addr = server.address();
  return { server, url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}` };
}

/** A fresh database holding just the seeds, and the app over it (for supertest). */
export async function seedsApp(driver: Driver, database: string): Promise<ReturnType<typeof createApp>> {
  await wipe(driver, database);
  await ingestPaths(["seeds"], { driver, database });
  return createApp(appDeps(driver, database));
}
