/* The read-only Cypher console: query box, examples, result table; results can be drawn. */

import type { CypherResponse } from "../../../graph-schema/api";
import { h } from "./dom";

export const EXAMPLES: Array<[string, string]> = [
  ["Contradictions between two outlets", "MATCH (a:Claim)-[r:CONTRADICTS]-(b:Claim)\nWHERE a.outlet < b.outlet\nRETURN a.outlet, a.text, b.outlet, b.text, r.kind, r.reason\nORDER BY r.confidence DESC LIMIT 25"],
  ["Claims by a speaker", "MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e:Entity)\nRETURN e.name AS speaker, count(c) AS claims, collect(c.text)[0..3] AS examples\nORDER BY claims DESC LIMIT 15"],
  ["Most disputed entities", "MATCH (a:Claim)-[:CONTRADICTS]-(:Claim), (a)-[:MENTIONS]->(e:Entity)\nRETURN e.name, count(DISTINCT a) AS disputed ORDER BY disputed DESC LIMIT 10"],
  ["Which outlets dispute or echo a claim", "MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim)\nRETURN c.outlet AS claimedBy, c.text AS claim, type(s) AS stance, d.outlet AS outlet, s.confidence, s.quote\nORDER BY s.confidence DESC LIMIT 25"],
  ["Conflict subgraph (drawn)", "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50"],
];

const HISTORY_KEY = "claimgraph.cypher.history";

/** The last 20 queries run, newest first, kept in this browser only. */
export function loadHistory(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, 20) : [];
  } catch {
    return [];
  }
}

export function remember(query: string): string[] {
  const next = [query, ...loadHistory().filter((q) => q !== query)].slice(0, 20);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}

export function resultTable(r: CypherResponse): HTMLElement {
  const cell = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  return h(
    "div",
    {},
    h("p", { class: "muted" }, `${r.rows.length} rows${r.truncated ? " (truncated)" : ""} · ${r.nodes.length} nodes · ${r.ms} ms`),
    h("table", { class: "rows" }, h("tr", {}, ...r.columns.map((c) => h("th", {}, c))), ...r.rows.map((row) => h("tr", {}, ...row.map((v) => h("td", {}, cell(v)))))),
  );
}
