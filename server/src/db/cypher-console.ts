/*
 * The read-only Cypher console, in layers: the static guard, then EXPLAIN (only plans whose query
 * type is read-only pass), then the query itself in a READ transaction with a timeout, reading at
 * most `maxRows` records. Nodes, relationships and paths in the rows come back as graph elements
 * the client can draw; an error Neo4j places in the query carries that place, and a cancelled
 * request closes the session, which resets the connection and so stops the query in Neo4j too.
 */

import neo4j, { isNode, isPath, isRelationship, type Driver, type Node, type Relationship } from "neo4j-driver";
import { NODE_KINDS, type CypherResponse, type GraphEdge, type GraphNode, type NodeKind, type QueryPosition } from "../../../graph-schema";
import { ClaimGraphError, CypherQueryError, type ErrorCode } from "../errors";
import { checkReadOnlyCypher } from "./cypher-guard";

export interface ConsoleOptions {
  timeoutMs: number;
  maxRows: number;
}

export const DEFAULT_CONSOLE_OPTIONS: ConsoleOptions = { timeoutMs: 5_000, maxRows: 1_000 };

// --- Internal: values → JSON and graph elements --------------------------------------------

type Collected = { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge>; ids: Map<string, string> };

function nodeId(n: Node): string {
  return typeof n.properties.id === "string" ? n.properties.id : n.elementId;
}

function scalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

function addNode(n: Node, c: Collected): void {
  const id = nodeId(n);
  c.ids.set(n.elementId, id);
  const kind = (n.labels.find((l) => (NODE_KINDS as readonly string[]).includes(l)) ?? "Entity") as NodeKind;
  const p = n.properties as Record<string, unknown>;
  const label = String(p.name ?? p.title ?? p.text ?? id);
  const attributes: GraphNode["attributes"] = {};
  for (const k of ["outlet", "published", "type", "speakerText"]) if (k in p) attributes[k] = scalar(p[k]);
  c.nodes.set(id, { id, kind, label, attributes });
}

function addEdge(r: Relationship, c: Collected): void {
  const p = r.properties as Record<string, unknown>;
  const types = ["PUBLISHED", "CITES", "CONTAINS", "ATTRIBUTED_TO", "MENTIONS", "CONTRADICTS", "SUPPORTS"] as const;
  const type = types.find((t) => t === r.type);
  if (!type) return;
  const id = typeof p.id === "string" ? p.id : r.elementId;
  const attributes: GraphEdge["attributes"] = {};
  for (const k of ["kind", "confidence", "reason", "method"]) if (k in p) attributes[k] = scalar(p[k]);
  c.edges.set(id, { id, type, source: r.startNodeElementId, target: r.endNodeElementId, attributes });
}

function toJson(v: unknown, c: Collected): unknown {
  if (v === null || v === undefined) return null;
  if (isNode(v as object)) {
    addNode(v as Node, c);
    const n = v as Node;
    return { labels: n.labels, properties: toJson(n.properties, c) };
  }
  if (isRelationship(v as object)) {
    const r = v as Relationship;
    addEdge(r, c);
    return { type: r.type, properties: toJson(r.properties, c) };
  }
  if (isPath(v as object)) {
    const path = v as { segments: Array<{ start: Node; relationship: Relationship; end: Node }> };
    return path.segments.map((s) => ({ start: toJson(s.start, c), relationship: toJson(s.relationship, c), end: toJson(s.end, c) }));
  }
  if (Array.isArray(v)) return v.map((x) => toJson(x, c));
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof (o as { toString?: unknown }).toString === "function" && o.constructor && o.constructor !== Object) return String(v);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toJson(x, c)]));
  }
  return v;
}

function refusal(message: string): ClaimGraphError {
  return new ClaimGraphError("CYPHER_REFUSED", `console: ${message}`);
}

// --- Internal: parameters in, error places out ---------------------------------------------

/**
 * JSON numbers that are whole become Cypher integers (LIMIT, SKIP and range() refuse 10.0), as
 * Neo4j Browser's :param does; everything else keeps its JSON type. Values are only ever sent as
 * parameters, so no text of theirs reaches the query.
 */
export function driverParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(driverParams);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, driverParams(v)]));
  return value;
}

const PLACE = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** The 0-based offset Neo4j names for an error, from its diagnostic record or else its message. */
function errorOffset(error: unknown): number | undefined {
  const record = (error as { diagnosticRecord?: { _position?: { offset?: unknown } } }).diagnosticRecord;
  const offset = record?._position?.offset;
  if (neo4j.isInt(offset)) return (offset as { toNumber(): number }).toNumber();
  if (typeof offset === "number") return offset;
  const m = PLACE.exec(error instanceof Error ? error.message : String(error));
  return m ? Number(m[3]) : undefined;
}

/** An offset into `text` as a position; line and column are 1-based, as Neo4j counts them. */
export function positionAt(text: string, offset: number): QueryPosition {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: at - lineStart + 1, offset: at };
}

/**
 * The error as the client should read it: Neo4j counts positions in the text it ran, which may
 * have had a prefix (EXPLAIN) added and leading blanks trimmed; both are undone here so the
 * position, and the one quoted in the message, point into the client's own query.
 */
function queryError(code: ErrorCode, error: unknown, sent: { original: string; shift: number }, lead = ""): CypherQueryError {
  const offset = errorOffset(error);
  const position = offset === undefined ? undefined : positionAt(sent.original, offset + sent.shift);
  // The place goes last, after the shortened message, so a long "expected …" list cannot cut it off.
  let text = firstLine(error, (error instanceof Error ? error.message : String(error)).replace(PLACE, ""));
  if (position) text += ` (line ${position.line}, column ${position.column} (offset: ${position.offset}))`;
  return new CypherQueryError(code, `console: ${lead}${text}`, position, { cause: error });
}

// --- Public API ----------------------------------------------------------------------------

/** `signal` aborts the query: the session closes, Neo4j stops it, the promise rejects with CYPHER_CANCELLED. */
export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  options: ConsoleOptions = DEFAULT_CONSOLE_OPTIONS,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  const guard = checkReadOnlyCypher(query);
  if (!guard.ok) throw refusal(guard.reason);
  if (signal?.aborted) throw cancelled();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  // Closing a session with a transaction open sends RESET, which Neo4j obeys even mid-query.
  const stop = () => void session.close().catch(() => undefined);
  signal?.addEventListener("abort", stop, { once: true });
  const lead = query.length - query.trimStart().length;
  const values = driverParams(params) as Record<string, unknown>;
  const t0 = performance.now();
  try {
    const EXPLAIN = "EXPLAIN ";
    const plan = await session
      .executeRead((tx) => tx.run(`${EXPLAIN}${guard.query}`, values), { timeout: options.timeoutMs })
      .catch((error: unknown) => {
        if (signal?.aborted) throw cancelled(error);
        throw queryError("CYPHER_FAILED", error, { original: query, shift: lead - EXPLAIN.length }, "the query does not compile: ");
      });
    const type = plan.summary.queryType;
    if (type !== "r") throw refusal(`Neo4j plans this query as ${type === "w" ? "a write" : type === "rw" ? "a read-write" : type === "s" ? "a schema change" : `type '${type}'`}; the console runs only read queries.`);

    const collected: Collected = { nodes: new Map(), edges: new Map(), ids: new Map() };
    const rows: unknown[][] = [];
    let columns: string[] = [];
    let truncated = false;
    await session
      .executeRead(
        async (tx) => {
          const result = tx.run(guard.query, values);
          columns = (await result.keys()) as string[];
          for await (const record of result) {
            if (rows.length >= options.maxRows) {
              truncated = true;
              break;
            }
            rows.push(columns.map((k) => toJson(record.get(k), collected)));
          }
        },
        { timeout: options.timeoutMs },
      )
      .catch((error: unknown) => {
        if (signal?.aborted) throw cancelled(error);
        const text = firstLine(error);
        if (/timeout|terminated|TransactionTimedOut/i.test(text) || /TransactionTimedOut/.test(String((error as { code?: string }).code))) {
          throw new ClaimGraphError("CYPHER_TIMEOUT", `console: the query ran longer than ${options.timeoutMs / 1000} s and was stopped.`, { cause: error });
        }
        throw queryError("CYPHER_FAILED", error, { original: query, shift: lead });
      });
    // Relationship ends arrive as element ids; map them to our ids where the node was returned too.
    const edges = [...collected.edges.values()]
      .map((e) => ({ ...e, source: collected.ids.get(e.source) ?? e.source, target: collected.ids.get(e.target) ?? e.target }))
      .filter((e) => collected.nodes.has(e.source) && collected.nodes.has(e.target));
    return { columns, rows, nodes: [...collected.nodes.values()], edges, truncated, ms: Math.round(performance.now() - t0) };
  } finally {
    signal?.removeEventListener("abort", stop);
    await session.close();
  }
}

function cancelled(cause?: unknown): ClaimGraphError {
  return new ClaimGraphError("CYPHER_CANCELLED", "console: the query was cancelled by the client.", { cause });
}

function firstLine(error: unknown, text = error instanceof Error ? error.message : String(error)): string {
  // Neo4j messages can quote the query with a caret; the first line says what is wrong.
  const line = text.split("\n")[0]!.trimEnd();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
