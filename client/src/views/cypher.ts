/* The read-only Cypher console: query box, examples, result table; results can be drawn. */

import type { CypherResponse } from "../../../graph-schema/api";
import { h } from "./dom";

export const EXAMPLES: Array<[string, string]> = [
  ["Conflicts across outlets", "MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim)\nRETURN a.outlet, a.text, b.outlet, b.text, r.kind, r.reason\nORDER BY r.confidence DESC LIMIT 25"],
  ["Conflict subgraph", "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50"],
  ["Most disputed entities", "MATCH (a:Claim)-[:CONTRADICTS]-(:Claim), (a)-[:MENTIONS]->(e:Entity)\nRETURN e.name, count(DISTINCT a) AS disputed ORDER BY disputed DESC LIMIT 10"],
];

export function resultTable(r: CypherResponse): HTMLElement {
  const cell = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  return h(
    "div",
    {},
    h("p", { class: "muted" }, `${r.rows.length} rows${r.truncated ? " (truncated)" : ""} · ${r.nodes.length} nodes · ${r.ms} ms`),
    h("table", { class: "rows" }, h("tr", {}, ...r.columns.map((c) => h("th", {}, c))), ...r.rows.map((row) => h("tr", {}, ...row.map((v) => h("td", {}, cell(v)))))),
  );
}
