/*
 * Review routes: verdicts on relations and claims, manual relations, the review queue and the verdict
 * history. Every write passes, in order: read-only mode (403), a same-origin check (403: a page on
 * another site cannot post here with the reviewer's session), the reviewer's identity (401 when the
 * configured proxy header is missing, 403 when no identity is configured at all), a rate limit per
 * reviewer (429), a JSON body of at most REVIEW_BODY_LIMIT (413), and the zod schema (400).
 */

import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from "express";
import rateLimit from "express-rate-limit";
import type { z } from "zod";
import {
  ClaimStatusRequestSchema,
  IdParamSchema,
  ManualRelationRequestSchema,
  RelationVerdictRequestSchema,
  REVIEW_BODY_LIMIT,
  ReviewQuerySchema,
  VerdictsQuerySchema,
} from "../../../graph-schema";
import type { ReviewConfig } from "../config";
import { ClaimGraphError } from "../errors";
import type { ReviewService } from "../services/review";
import { BadRequest } from "./api";

export interface ReviewDeps {
  service: ReviewService;
  settings: ReviewConfig;
}

/** The settings a server has when none are given: no identity, so review writes are refused. */
export const DEFAULT_REVIEW_SETTINGS: ReviewConfig = { readOnly: false, reviewerHeader: null, reviewer: null, writesPerMinute: 120 };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** POST routes that change nothing: the Cypher console runs read-only transactions. */
const READING_POSTS = new Set(["/cypher"]);

/** CLAIMGRAPH_READ_ONLY=1: every write under /api is refused, uploads included. Mount before every router. */
export function readOnlyGuard(settings: ReviewConfig): RequestHandler {
  return (req, _res, next) => {
    if (settings.readOnly && WRITE_METHODS.has(req.method) && !READING_POSTS.has(req.path)) {
      next(new ClaimGraphError("READ_ONLY", "api: this server is read-only (CLAIMGRAPH_READ_ONLY=1); nothing was changed."));
    } else next();
  };
}

function zodIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

function input<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = zodIssues(r.error);
  throw new BadRequest(`review: invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}

/**
 * A browser names the page a request comes from: Sec-Fetch-Site, and Origin on every cross-origin
 * POST. Requests without either (curl, scripts) carry no ambient browser session to abuse.
 */
function sameOrigin(req: Request, _res: Response, next: NextFunction): void {
  const refuse = () => next(new ClaimGraphError("CROSS_ORIGIN", "review: writes are accepted from this server's own pages only; nothing was changed."));
  const site = req.get("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return refuse();
  const origin = req.get("origin");
  if (origin === undefined) return next();
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return refuse();
  }
  // X-Forwarded-Host too: a proxy may rewrite Host, and a cross-site page cannot set it without a preflight we never answer.
  const own = [req.get("host"), req.get("x-forwarded-host")].filter((h): h is string => h !== undefined);
  if (!own.includes(host)) return refuse();
  next();
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** The reviewer of this request, put in res.locals.reviewer, or a 401/403 that says how to configure one. */
function identify(settings: ReviewConfig): RequestHandler {
  return (req, res, next) => {
    if (settings.reviewerHeader !== null) {
      const name = req.get(settings.reviewerHeader)?.trim() ?? "";
      if (name === "" || name.length > 200 || CONTROL.test(name)) {
        return next(new ClaimGraphError("REVIEWER_MISSING", `review: the request does not name a reviewer in ${settings.reviewerHeader} (set by the sign-in proxy); nothing was changed.`));
      }
      res.locals.reviewer = name;
      return next();
    }
    if (settings.reviewer !== null) {
      res.locals.reviewer = settings.reviewer;
      return next();
    }
    next(
      new ClaimGraphError(
        "REVIEW_DISABLED",
        "review: writes need a reviewer: set CLAIMGRAPH_REVIEWER_HEADER to the header a sign-in proxy sets (e.g. X-Forwarded-User), or CLAIMGRAPH_REVIEWER to your name when working alone; nothing was changed.",
      ),
    );
  };
}

function jsonOnly(req: Request, _res: Response, next: NextFunction): void {
  if (req.is("application/json")) next();
  else next(new BadRequest("review: send the body as JSON (Content-Type: application/json).", [{ path: "(root)", message: "expected application/json" }]));
}

const send =
  (status: number, fn: (req: Request, res: Response) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).then((body) => res.status(status).json(body), next);
  };

export function reviewRouter(deps: ReviewDeps): Router {
  const r = express.Router();
  const { service, settings } = deps;
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: settings.writesPerMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (_req, res) => String(res.locals.reviewer),
    handler: (_req, res) => res.status(429).json({ error: { code: "RATE_LIMITED", message: "review: too many verdicts this minute; try again shortly." } }),
  });
  const writing = [sameOrigin, identify(settings), limiter, jsonOnly, express.json({ limit: REVIEW_BODY_LIMIT })];
  const reviewer = (res: Response) => String(res.locals.reviewer);

  r.post(
    "/relations/:id/verdict",
    ...writing,
    send(201, (req, res) => service.relationVerdict(input(IdParamSchema, req.params, "relation id").id, input(RelationVerdictRequestSchema, req.body, "verdict"), reviewer(res))),
  );
  r.post(
    "/relations",
    ...writing,
    send(201, (req, res) => service.manualRelation(input(ManualRelationRequestSchema, req.body, "manual relation"), reviewer(res))),
  );
  r.post(
    "/claims/:id/status",
    ...writing,
    send(201, (req, res) => service.claimStatus(input(IdParamSchema, req.params, "claim id").id, input(ClaimStatusRequestSchema, req.body, "claim status"), reviewer(res))),
  );
  r.get(
    "/review",
    send(200, (req) => service.queue(input(ReviewQuerySchema, req.query, "review query"))),
  );
  r.get(
    "/verdicts",
    send(200, (req) => service.verdicts(input(VerdictsQuerySchema, req.query, "verdicts query"))),
  );
  return r;
}
