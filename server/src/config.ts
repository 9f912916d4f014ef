/*
 * Configuration: the environment, parsed once with zod. A bad value fails fast with one readable
 * line naming the variable. NEO4J_URI switches every command from the local Neo4j to that server.
 */

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ClaimGraphError } from "./errors";

const Port = z.coerce.number().int().min(1).max(65535);
const Seconds = z.coerce.number().int().min(1).max(86_400);

export const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "must look like bolt://host:7687 or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: Port.default(7687),
  NEO4J_TX_TIMEOUT_SECONDS: Seconds.default(120),
  NEO4J_TX_MEMORY_MAX: z.string().regex(/^\d+[kmg]?$/i, "a size such as 512m or 1g").default("1g"),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]?$/i, "a size such as 512m or 1g").default("512m"),
  NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, "a JVM size such as 1g").default("1g"),
  NEO4J_START_TIMEOUT_SECONDS: Seconds.default(180),
  CLAIMGRAPH_DATA_DIR: z.string().min(1).default(".data"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The request header a trusted reverse proxy sets to the signed-in person (X-Forwarded-User for oauth2-proxy). */
  CLAIMGRAPH_REVIEWER_HEADER: z.string().regex(/^[A-Za-z0-9-]{1,100}$/, "a header name such as X-Forwarded-User").optional(),
  /** The one person reviewing on a local install, when no proxy names them. */
  CLAIMGRAPH_REVIEWER: z.string().trim().min(1).max(200).regex(/^[^\p{Cc}]+$/u, "a name without control characters").optional(),
  CLAIMGRAPH_READ_ONLY: z.enum(["0", "1", "true", "false"]).default("0").transform((v) => v === "1" || v === "true"),
  CLAIMGRAPH_REVIEW_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
});

/** The password of the local Neo4j when none is set: it listens on loopback only. */
export const DEFAULT_LOCAL_PASSWORD = "claimgraph-local";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** true when ClaimGraph starts and owns this server (no NEO4J_URI). */
  local: boolean;
}

export interface Config {
  root: string;
  neo4j: Neo4jConnection;
  local: {
    boltPort: number;
    home: string;
    dataDir: string;
    txTimeoutSeconds: number;
    txMemoryMax: string;
    pageCache: string;
    heap: string;
    startTimeoutSeconds: number;
  };
  http: { host: string; port: number };
  review: ReviewConfig;
}

/**
 * Who may write verdicts. With `reviewerHeader` set, the person is that header's value on each
 * request (the proxy is trusted to set it) and `reviewer` is not used; otherwise `reviewer`; with
 * neither, review writes are refused. `readOnly` refuses every write, uploads included.
 */
export interface ReviewConfig {
  readOnly: boolean;
  reviewerHeader: string | null;
  reviewer: string | null;
  writesPerMinute: number;
}

/** The project root: two levels above this file, whether run from source or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = projectRoot()): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ClaimGraphError("CONFIG_INVALID", `config: invalid environment: ${lines.join("; ")}`);
  }
  const e = parsed.data;
  const local = e.NEO4J_URI === undefined;
  if (!local && e.NEO4J_PASSWORD === undefined) {
    throw new ClaimGraphError("CONFIG_INVALID", "config: NEO4J_URI is set but NEO4J_PASSWORD is not; set both.");
  }
  const dataDir = path.resolve(root, e.CLAIMGRAPH_DATA_DIR);
  return {
    root,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
      database: e.NEO4J_DATABASE,
      local,
    },
    local: {
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir,
      home: path.join(dataDir, e.NEO4J_BOLT_PORT === 7687 ? "neo4j" : `neo4j-${e.NEO4J_BOLT_PORT}`),
      txTimeoutSeconds: e.NEO4J_TX_TIMEOUT_SECONDS,
      txMemoryMax: e.NEO4J_TX_MEMORY_MAX,
      pageCache: e.NEO4J_PAGECACHE,
      heap: e.NEO4J_HEAP,
      startTimeoutSeconds: e.NEO4J_START_TIMEOUT_SECONDS,
    },
    http: { host: e.HOST, port: e.PORT },
    review: {
      readOnly: e.CLAIMGRAPH_READ_ONLY,
      reviewerHeader: e.CLAIMGRAPH_REVIEWER_HEADER?.toLowerCase() ?? null,
      reviewer: e.CLAIMGRAPH_REVIEWER ?? null,
      writesPerMinute: e.CLAIMGRAPH_REVIEW_WRITES_PER_MINUTE,
    },
  };
}

/** An exported but empty variable means "not set", as in most shells' intent. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}
