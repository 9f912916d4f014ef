/*
 * The client's only door to the server: fetch, then parse with the graph-schema response schema,
 * so a server change that breaks the contract fails loudly here rather than deep in a view. Query
 * parameters are typed by the routes' query schemas; links the browser follows (the export) are
 * built here too.
 */

import type { z } from "zod";
import {
  ApiErrorSchema,
  ClaimDetailSchema,
  ConflictListSchema,
  CypherResponseSchema,
  EntityDetailSchema,
  ExportQuerySchema,
  GraphPayloadSchema,
  HealthSchema,
  OverviewSchema,
  SearchResultSchema,
  StatsSchema,
  UploadResponseSchema,
  type ConflictsQuery,
  type CypherRequest,
  type GraphQuery,
  type UploadRequest,
} from "../../graph-schema/api";
import { DatabaseSchemaSchema, type QueryPosition } from "../../graph-schema/cypher";
import {
  ManualRelationResponseSchema,
  ReviewQueueSchema,
  VerdictListSchema,
  VerdictResponseSchema,
  type ClaimStatusRequest,
  type ManualRelationRequest,
  type RelationVerdictRequest,
  type ReviewQuery,
} from "../../graph-schema/review";
import { FiguresSchema, type FiguresQuery } from "../../graph-schema/figures";
import { ReaderDocumentSchema } from "../../graph-schema/reader";
import { StoryListSchema, type StoriesQuery } from "../../graph-schema/stories";

/** A route's query as the client sends it: any subset of the schema's fields; null means unset. */
type Query<T> = { [K in keyof T]?: T[K] | null };
export type GraphFilters = Query<GraphQuery>;
export type ConflictFilters = Query<ConflictsQuery>;
export type ReviewFilters = Query<ReviewQuery>;
export type StoryFilters = Query<StoriesQuery>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where in a console query the server found the problem, when it says. */
    readonly position?: QueryPosition,
  ) {
    super(message);
  }
}

async function call<S extends z.ZodType>(schema: S, url: string, init?: RequestInit): Promise<z.infer<S>> {
  const res = await fetch(url, { ...init, headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}) } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = ApiErrorSchema.safeParse(body);
    throw new ApiError(res.status, e.success ? e.data.error.code : "HTTP", e.success ? e.data.error.message : `HTTP ${res.status}`, e.success ? e.data.error.position : undefined);
  }
  return schema.parse(body);
}

const qs = (params: Record<string, unknown>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};

export const api = {
  health: () => call(HealthSchema, "/api/health"),
  stats: () => call(StatsSchema, "/api/stats"),
  graph: (f: GraphFilters) => call(GraphPayloadSchema, `/api/graph${qs(f)}`),
  conflicts: (f: ConflictFilters) => call(ConflictListSchema, `/api/contradictions${qs(f)}`),
  claim: (id: string) => call(ClaimDetailSchema, `/api/claims/${encodeURIComponent(id)}`),
  entity: (id: string) => call(EntityDetailSchema, `/api/entities/${encodeURIComponent(id)}`),
  document: (id: string) => call(ReaderDocumentSchema, `/api/documents/${encodeURIComponent(id)}`),
  search: (q: string) => call(SearchResultSchema, `/api/search${qs({ q, limit: 8 })}`),
  overview: () => call(OverviewSchema, "/api/overview"),
  figures: (f: Query<FiguresQuery>) => call(FiguresSchema, `/api/figures${qs(f)}`),
  stories: (f: StoryFilters) => call(StoryListSchema, `/api/stories${qs(f)}`),
  upload: (body: UploadRequest) => call(UploadResponseSchema, "/api/documents", { method: "POST", body: JSON.stringify(body) }),
  /** `signal` cancels: the fetch stops and the server, seeing the connection close, stops the query. */
  cypher: (query: string, params: CypherRequest["params"] = {}, signal?: AbortSignal) =>
    call(CypherResponseSchema, "/api/cypher", { method: "POST", body: JSON.stringify({ query, params } satisfies CypherRequest), signal }),
  schema: () => call(DatabaseSchemaSchema, "/api/schema"),
  review: (f: ReviewFilters) => call(ReviewQueueSchema, `/api/review${qs(f)}`),
  /** The verdicts on one relation or claim, oldest first: its history. */
  history: (target: string) => call(VerdictListSchema, `/api/verdicts${qs({ target })}`),
  relationVerdict: (id: string, body: RelationVerdictRequest) =>
    call(VerdictResponseSchema, `/api/relations/${encodeURIComponent(id)}/verdict`, { method: "POST", body: JSON.stringify(body) }),
  manualRelation: (body: ManualRelationRequest) => call(ManualRelationResponseSchema, "/api/relations", { method: "POST", body: JSON.stringify(body) }),
  claimStatus: (id: string, body: ClaimStatusRequest) =>
    call(VerdictResponseSchema, `/api/claims/${encodeURIComponent(id)}/status`, { method: "POST", body: JSON.stringify(body) }),
  /** A download link, not a fetch: the browser saves the file the server names. */
  exportUrl: (format: z.infer<typeof ExportQuerySchema>["format"], f: GraphFilters) => `/api/export${qs({ format, ...f })}`,
};
