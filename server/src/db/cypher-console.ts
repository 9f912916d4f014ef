/*
 * The read-only Cypher console, in layers: the static guard, then EXPLAIN (only plans whose query
 * type is read-only pass), then the query itself in a READ transaction with a timeout, reading at
 * most `maxRows` records. Nodes, relationships and paths in the rows come back as graph elements
 * the client can draw.
 */

import neo4j, { isNode, isPath, isRelationship, type Driver, type Node, type Relationship } from "neo4j-driver";
import { NODE_KINDS, type CypherResponse, type GraphEdge, type GraphNode, type NodeKind } from "../../../graph-schema";
import { ClaimGraphError } from "../errors";
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

// --- Public API ----------------------------------------------------------------------------

export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  options: ConsoleOptions = DEFAULT_CONSOLE_OPTIONS,
): Promise<CypherResponse> {
  const guard = checkReadOnlyCypher(query);
  if (!guard.ok) throw refusal(guard.reason);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const t0 = performance.now();
  try {
    const plan = await session
      .executeRead((tx) => tx.run(`EXPLAIN ${guard.query}`, params), { timeout: options.timeoutMs })
      .catch((error: unknown) => {
        throw new ClaimGraphError("CYPHER_FAILED", `console: the query does not compile: ${firstLine(error)}`, { cause: error });
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
          const result = tx.run(guard.query, params);
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
        const text = firstLine(error);
        if (/timeout|terminated|TransactionTimedOut/i.test(text) || /TransactionTimedOut/.test(String((error as { code?: string }).code))) {
          throw new ClaimGraphError("CYPHER_TIMEOUT", `console: the query ran longer than ${options.timeoutMs / 1000} s and was stopped.`, { cause: error });
        }
        throw new ClaimGraphError("CYPHER_FAILED", `console: ${text}`, { cause: error });
      });
    // Relationship ends arrive as element ids; map them to our ids where the node was returned too.
    const edges = [...collected.edges.values()]
      .map((e) => ({ ...e, source: collected.ids.get(e.source) ?? e.source, target: collected.ids.get(e.target) ?? e.target }))
      .filter((e) => collected.nodes.has(e.source) && collected.nodes.has(e.target));
    return { columns, rows, nodes: [...collected.nodes.values()], edges, truncated, ms: Math.round(performance.now() - t0) };
  } finally {
    await session.close();
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Neo4j messages can quote the query with a caret; the first line says what is wrong.
  return text.split("\n")[0]!.slice(0, 300);
}
