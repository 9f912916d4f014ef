/*
 * /api routes: parse the request with its graph-schema schema, call one explorer use case
 * (services/explore.ts), send the answer. Invalid input is a 400 with the zod issues; the service's
 * typed errors (NOT_FOUND for an unknown id, …) become statuses in app.ts.
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
  FiguresQuerySchema,
  GraphQuerySchema,
  IdParamSchema,
  SearchQuerySchema,
  StoriesQuerySchema,
  UploadRequestSchema,
} from "../../../graph-schema";
import type { AppDeps } from "../app";
import { ClaimGraphError } from "../errors";

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
 * JSON text of answers the read store hands out more than once (its cache returns the same object while
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
  const { explorer } = deps;
  r.get("/stats", handle(() => explorer.stats()));
  r.get("/overview", handle(() => explorer.overview()));
  r.get("/graph", handle((req) => explorer.graph(parse(GraphQuerySchema, req.query, "graph filters"))));
  r.get("/contradictions", handle((req) => explorer.conflicts(parse(ConflictsQuerySchema, req.query, "conflict filters"))));
  r.get("/figures", handle((req) => explorer.figures(parse(FiguresQuerySchema, req.query, "figures query"))));
  r.get("/stories", handle((req) => explorer.stories(parse(StoriesQuerySchema, req.query, "story filters"))));
  r.get("/claims/:id", handle((req) => explorer.claim(parse(IdParamSchema, req.params, "claim id").id)));
  r.get("/entities/:id", handle((req) => explorer.entity(parse(IdParamSchema, req.params, "entity id").id)));
  r.get("/documents/:id", handle((req) => explorer.document(parse(IdParamSchema, req.params, "document id").id)));
  r.get("/search", handle((req) => explorer.search(parse(SearchQuerySchema, req.query, "search"))));
  r.get("/schema", handle(() => explorer.schema()));
  r.post(
    "/cypher",
    limiter(deps.limits.cypherPerMinute),
    express.json({ limit: "64kb" }),
    handle((req, res) => {
      // A client that cancels (or leaves) closes the connection before the answer is written.
      const gone = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) gone.abort();
      });
      return explorer.cypher(parse(CypherRequestSchema, req.body, "Cypher request"), gone.signal);
    }),
  );
  r.post(
    "/documents",
    limiter(deps.limits.uploadsPerMinute),
    express.json({ limit: "25mb" }),
    handle(async (req, res) => {
      const summary = await explorer.upload(parse(UploadRequestSchema, req.body, "upload"));
      res.status(201);
      return summary;
    }),
  );
  r.get(
    "/export",
    handle(async (req, res) => {
      const { format } = parse(ExportQuerySchema, req.query, "export");
      // The export's own default cap is larger than the explorer's: a file is not drawn.
      const filters = parse(GraphQuerySchema, { ...req.query, format: undefined, limit: req.query.limit ?? "5000" }, "graph filters");
      const file = await explorer.export(filters, format);
      res.setHeader("Content-Type", file.type);
      res.setHeader("Content-Disposition", `attachment; filename="claimgraph.${file.ext}"`);
      res.send(file.body);
    }),
  );
  r.use((_req, _res, next) => next(new ClaimGraphError("NOT_FOUND", "api: no such route.")));
  return r;
}
