/*
 * /api routes: parse the request with its graph-schema schema, call one service or store method,
 * send the response. Invalid input is a 400 with the zod issues; unknown ids are 404.
 */

import crypto from "node:crypto";
import zlib from "node:zlib";
import express, { type Request, type Response, type Router } from "express";
import rateLimit from "express-rate-limit";
import type { z } from "zod";
import {
  ConflictsQuerySchema,
  CypherRequestSchema,
  ExportQuerySchema,
  GraphQuerySchema,
  IdParamSchema,
  SearchQuerySchema,
  UploadRequestSchema,
} from "../../../graph-schema";
import type { AppDeps } from "../app";
import { ClaimGraphError } from "../errors";
import { exportGraph } from "../services/explore";

export class BadRequest extends ClaimGraphError {
  readonly issues: Array<{ path: string; message: string }>;
  constructor(message: string, issues: Array<{ path: string; message: string }>) {
    super("BAD_REQUEST", message);
    this.issues = issues;
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
    throw new BadRequest(`api: invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
  return r.data;
}

/**
 * JSON text of answers the store hands out more than once (its cache returns the same object while
 * the graph is unchanged), so a large graph payload is stringified once, not once per request.
 */
const serialised = new WeakMap<object, { bytes: Buffer; etag: string; gzip?: Buffer }>();
/** Answers at least this large go out gzip-compressed to clients that accept it (compressed once). */
const GZIP_MIN_BYTES = 16 * 1024;

function sendJson(res: Response, body: unknown): void {
  if (body === null || typeof body !== "object") {
    res.json(body);
    return;
  }
  let entry = serialised.get(body);
  if (entry === undefined) {
    const bytes = Buffer.from(JSON.stringify(body));
    entry = { bytes, etag: `W/"${bytes.length.toString(16)}-${crypto.createHash("sha1").update(bytes).digest("base64url").slice(0, 27)}"` };
    serialised.set(body, entry);
  }
  if (res.req.headers["if-none-match"] === entry.etag) {
    res.status(304).end();
    return;
  }
  // Set here, once per answer, so Express does not hash the same bytes again on every request.
  res.setHeader("ETag", entry.etag);
  res.type("application/json");
  res.vary("Accept-Encoding");
  if (entry.bytes.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(String(res.req.headers["accept-encoding"] ?? ""))) {
    entry.gzip ??= zlib.gzipSync(entry.bytes, { level: 6 });
    res.setHeader("Content-Encoding", "gzip");
    res.end(entry.gzip);
    return;
  }
  res.end(entry.bytes);
}

const handle = (fn: (req: Request, res: Response) => Promise<unknown>) => (req: Request, res: Response, next: (e: unknown) => void) => {
  fn(req, res).then((body) => {
    if (!res.headersSent) sendJson(res, body);
  }, next);
};

export function apiRouter(deps: AppDeps): Router {
  const r = express.Router();
  const limiter = (limit: number) =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => res.status(429).json({ error: { code: "RATE_LIMITED", message: "api: too many requests; try again in a minute." } }),
    });

  r.get("/health", async (_req, res) => {
    const h = await deps.health();
    res.status(h.ok ? 200 : 503).json(h);
  });
  // Everything below needs the database: answer 503 at once while it is down.
  r.use(async (_req, _res, next) => {
    if (deps.isUp && !deps.isUp()) next(new ClaimGraphError("NEO4J_UNAVAILABLE", "api: Neo4j is not reachable right now; see /api/health."));
    else next();
  });
  r.get("/stats", handle(() => deps.store.stats()));
  r.get("/overview", handle(() => deps.store.overview()));
  r.get("/graph", handle((req) => deps.store.graph(parse(GraphQuerySchema, req.query, "graph filters"))));
  r.get("/contradictions", handle((req) => deps.store.conflicts(parse(ConflictsQuerySchema, req.query, "conflict filters"))));
  // One route shape for a single node by id: 400 on a malformed id, 404 when there is none.
  const byId = <T>(what: string, fetch: (id: string) => Promise<T | null>) =>
    handle(async (req) => {
      const { id } = parse(IdParamSchema, req.params, `${what} id`);
      const found = await fetch(id);
      if (!found) throw new ClaimGraphError("NOT_FOUND", `api: no ${what} ${id}.`);
      return found;
    });
  r.get("/claims/:id", byId("claim", (id) => deps.store.claim(id)));
  r.get("/entities/:id", byId("entity", (id) => deps.store.entity(id)));
  r.get(
    "/search",
    handle(async (req) => {
      const q = parse(SearchQuerySchema, req.query, "search");
      return deps.store.search(q.q, q.limit);
    }),
  );
  r.post(
    "/cypher",
    limiter(deps.limits.cypherPerMinute),
    express.json({ limit: "64kb" }),
    handle(async (req) => {
      const body = parse(CypherRequestSchema, req.body, "Cypher request");
      return deps.cypher(body.query, body.params);
    }),
  );
  r.post(
    "/documents",
    limiter(deps.limits.uploadsPerMinute),
    express.json({ limit: "25mb" }),
    handle(async (req, res) => {
      const body = parse(UploadRequestSchema, req.body, "upload");
      const summary = await deps.upload(body);
      deps.store.invalidate();
      res.status(201);
      return summary;
    }),
  );
  r.get(
    "/export",
    handle(async (req, res) => {
      const { format } = parse(ExportQuerySchema, req.query, "export");
      const graph = await deps.store.graph(parse(GraphQuerySchema, { ...req.query, format: undefined, limit: req.query.limit ?? "5000" }, "graph filters"));
      const out = exportGraph(graph, format);
      res.setHeader("Content-Type", out.type);
      res.setHeader("Content-Disposition", `attachment; filename="claimgraph.${out.ext}"`);
      res.send(out.body);
    }),
  );
  r.use((_req, _res, next) => next(new ClaimGraphError("NOT_FOUND", "api: no such route.")));
  return r;
}
