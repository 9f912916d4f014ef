/*
 * Composition root: wires the driver, the read store, the console and the ingest service into
 * createApp, listens on HOST:PORT (127.0.0.1 unless told otherwise), watches Neo4j's health with
 * backoff, and shuts down cleanly on SIGTERM/SIGINT: stop accepting, finish requests, close the
 * driver, stop the local Neo4j it owns.
 */

import type { Server } from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Health } from "../../graph-schema";
import { createApp, type AppDeps } from "./app";
import type { Config, ReviewConfig } from "./config";
import type { ConsoleOptions } from "./db/cypher-console";
import { stopLocalNeo4j } from "./db/local-neo4j";
import { createReadStore, type ReadStore } from "./db/read";
import { ReviewStore } from "./db/review-store";
import { DEFAULT_REVIEW_SETTINGS } from "./routes/review";
import { ReviewService } from "./services/review";
import { createExplorer } from "./services/explore";

export interface Serving {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export interface ExplorerOptions {
  clientDir?: string;
  limits?: AppDeps["limits"];
  console?: ConsoleOptions;
  log?: AppDeps["log"];
  /** Who may write verdicts; by default no one (see DEFAULT_REVIEW_SETTINGS). */
  review?: ReviewConfig;
}

export const DEFAULT_LIMITS: AppDeps["limits"] = { cypherPerMinute: 120, uploadsPerMinute: 20 };

/**
 * The app's dependencies over one driver: the explorer service over a read store; health pings
 * Neo4j. The store is handed out too, for benchmarks that read it beside the app.
 */
/** How long after start the search index begins to build. */
const SEARCH_WARM_DELAY_MS = 5_000;

export function explorerDeps(driver: Driver, database: string, options: ExplorerOptions = {}): AppDeps & { store: ReadStore } {
  const store = createReadStore(driver, database);
  // The search index builds in the background; searches use the full-text indexes until it is ready.
  // It starts a few seconds after the server does, so that it does not compete with the first page's
  // reads: on a large graph reading every claim's text takes long enough to delay them.
  setTimeout(() => void store.warmSearch(), SEARCH_WARM_DELAY_MS).unref();
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
    explorer: createExplorer({ store, driver, database, console: options.console }),
    clientDir: options.clientDir,
    limits: options.limits ?? DEFAULT_LIMITS,
    log: options.log ?? (() => {}),
    review: { service: new ReviewService({ store: new ReviewStore(driver, database), onWrite: () => store.invalidate() }), settings: options.review ?? DEFAULT_REVIEW_SETTINGS },
  };
}

export interface ServeOptions {
  stopLocalOnExit?: boolean;
  /** Progress and health lines (stderr by default). */
  log?: (line: string) => void;
  /** One structured event per request (JSON lines on stdout by default). */
  events?: (event: Record<string, unknown>) => void;
}

export async function serve(config: Config, driver: Driver, options: ServeOptions = {}): Promise<Serving> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const deps = explorerDeps(driver, config.neo4j.database, {
    clientDir: path.join(config.root, "client", "dist"),
    review: config.review,
    log: options.events ?? ((event) => process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), ...event })}\n`)),
  });
  const store = deps.store;
  let up = true;
  let lastError: string | null = null;
  let delay = 1_000;
  let timer: NodeJS.Timeout | null = null;
  const check = async () => {
    try {
      await store.ping();
      if (!up) log("server: Neo4j is reachable again.");
      up = true;
      lastError = null;
      delay = 5_000;
    } catch (error) {
      if (up) log(`server: Neo4j is not reachable (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); retrying with backoff.`);
      up = false;
      lastError = "Neo4j is not reachable";
      delay = Math.min(30_000, Math.max(1_000, delay * 2));
    }
    timer = setTimeout(check, delay);
    timer.unref();
  };
  await check();

  // Health also records the outcome, so data routes answer 503 at once while Neo4j is down.
  const app = createApp({
    ...deps,
    isUp: () => up,
    health: async (): Promise<Health> => {
      const h = await deps.health();
      up = h.ok;
      return h.ok ? h : { ...h, message: lastError ?? h.message };
    },
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.http.port, config.http.host, () => resolve(s));
    s.once("error", reject);
  });
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : config.http.port;
  const url = `http://${config.http.host}:${port}`;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      if (timer) clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        server.closeIdleConnections();
      });
      await driver.close();
      if (options.stopLocalOnExit && config.neo4j.local) await stopLocalNeo4j(config, { log });
    })());
  return { server, url, close };
}
