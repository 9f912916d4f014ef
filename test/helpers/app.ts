/*
 * The explorer app over the suite's real Neo4j, wired like server/src/main.ts but without
 * listening (supertest) or with an ephemeral port (Chromium tests).
 */

import type { Server } from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createApp, type AppDeps } from "../../server/src/app";
import { explorerDeps } from "../../server/src/main";
import { ingestPaths } from "../../server/src/services/ingest";
import { wipe } from "./neo4j";

export function appDeps(driver: Driver, database: string, overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    ...explorerDeps(driver, database, {
      clientDir: path.resolve("client/dist"),
      limits: { cypherPerMinute: 10_000, uploadsPerMinute: 1_000 },
      console: { timeoutMs: 3_000, maxRows: 200 },
    }),
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
