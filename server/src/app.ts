/*
 * createApp(deps): the Express app, never listening. Security headers (a CSP that lets the layout
 * worker start from a blob: URL), request ids, /api routes, the built client, and one JSON error
 * handler that maps error codes to statuses and never sends stack traces or Cypher internals.
 */

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import type { Health } from "../../graph-schema";
import { CypherQueryError, isClaimGraphError, type ErrorCode } from "./errors";
import { apiRouter, BadRequest } from "./routes/api";
import { readOnlyGuard, reviewRouter, type ReviewDeps } from "./routes/review";
import type { Explorer } from "./services/explore";

export interface AppDeps {
  /** Every data route's use case. */
  explorer: Explorer;
  health: () => Promise<Health>;
  /** false while Neo4j is known to be down: data routes answer 503 at once. */
  isUp?: () => boolean;
  /** The built client (client/dist); omitted in API-only tests. */
  clientDir?: string;
  limits: { cypherPerMinute: number; uploadsPerMinute: number };
  log: (event: Record<string, unknown>) => void;
  /** Verdicts and the review queue, and who may write (server/src/routes/review.ts). */
  review: ReviewDeps;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  CYPHER_REFUSED: 400,
  CYPHER_FAILED: 400,
  CYPHER_TIMEOUT: 408,
  // The client went away; nobody reads this answer (nginx's "client closed request").
  CYPHER_CANCELLED: 499,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  READ_ONLY: 403,
  REVIEW_DISABLED: 403,
  REVIEWER_MISSING: 401,
  CROSS_ORIGIN: 403,
  NOTHING_TO_INGEST: 422,
  NEO4J_UNAVAILABLE: 503,
};

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use((req, res, next) => {
    const id = crypto.randomUUID();
    res.locals.requestId = id;
    res.setHeader("X-Request-Id", id);
    const t0 = performance.now();
    res.on("finish", () => deps.log({ requestId: id, method: req.method, path: req.originalUrl.split("?")[0], status: res.statusCode, ms: Math.round(performance.now() - t0) }));
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          workerSrc: ["'self'", "blob:"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  app.use("/api", readOnlyGuard(deps.review.settings), reviewRouter(deps.review), apiRouter(deps));
  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, "index.html"))) {
    app.use(express.static(deps.clientDir, { index: "index.html", maxAge: "1h" }));
  }
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    void next;
    const requestId = res.locals.requestId as string | undefined;
    // Body parser errors: broken JSON, too large.
    const e = err as { type?: string; status?: number };
    if (e?.type === "entity.parse.failed") return res.status(400).json({ error: { code: "BAD_REQUEST", message: "api: the body is not valid JSON." }, requestId });
    if (e?.type === "entity.too.large") return res.status(413).json({ error: { code: "BAD_REQUEST", message: "api: the body is too large." }, requestId });
    if (isClaimGraphError(err)) {
      const status = STATUS[err.code] ?? 500;
      const body = {
        code: err.code,
        message: status === 500 ? "api: internal error." : err.message,
        ...(err instanceof BadRequest ? { issues: err.issues } : {}),
        ...(err instanceof CypherQueryError && err.position ? { position: err.position } : {}),
      };
      if (status >= 500) deps.log({ requestId, level: "error", code: err.code, message: err.message });
      return res.status(status).json({ error: body, requestId });
    }
    // Driver errors while talking to Neo4j mean it is unavailable to us.
    const code = String((err as { code?: unknown })?.code ?? "");
    if (/ServiceUnavailable|SessionExpired/.test(code)) {
      return res.status(503).json({ error: { code: "NEO4J_UNAVAILABLE", message: "api: Neo4j is not reachable right now." }, requestId });
    }
    deps.log({ requestId, level: "error", message: err instanceof Error ? err.message : String(err) });
    return res.status(500).json({ error: { code: "INTERNAL", message: "api: internal error." }, requestId });
  });
  return app;
}
