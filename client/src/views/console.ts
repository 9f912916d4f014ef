/*
 * The read-only Cypher console: query box, examples, history, result table. A result that holds
 * nodes is handed to the caller to draw, through the same renderer as the explorer's graph.
 */

import type { CypherResponse } from "../../../graph-schema/api";
import { api } from "../api";
import { loadHistory, remember } from "../query-history";
import { clear, h, showError } from "./dom";

export const EXAMPLES: Array<[string, string]> = [
  ["Contradictions between two outlets", "MATCH (a:Claim)-[r:CONTRADICTS]-(b:Claim)\nWHERE a.outlet < b.outlet\nRETURN a.outlet, a.text, b.outlet, b.text, r.kind, r.reason\nORDER BY r.confidence DESC LIMIT 25"],
  ["Claims by a speaker", "MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e:Entity)\nRETURN e.name AS speaker, count(c) AS claims, collect(c.text)[0..3] AS examples\nORDER BY claims DESC LIMIT 15"],
  ["Most disputed entities", "MATCH (a:Claim)-[:CONTRADICTS]-(:Claim), (a)-[:MENTIONS]->(e:Entity)\nRETURN e.name, count(DISTINCT a) AS disputed ORDER BY disputed DESC LIMIT 10"],
  ["Which outlets dispute or echo a claim", "MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim)\nRETURN c.outlet AS claimedBy, c.text AS claim, type(s) AS stance, d.outlet AS outlet, s.confidence, s.quote\nORDER BY s.confidence DESC LIMIT 25"],
  ["Conflict subgraph (drawn)", "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50"],
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

/** `onGraph` receives each result that holds nodes. */
export function consoleView(onGraph: (r: CypherResponse) => void): HTMLElement[] {
  const box = h("textarea", { id: "cypher-query", spellcheck: "false" }) as HTMLTextAreaElement;
  box.value = EXAMPLES[0]![1];
  const out = h("div", { id: "cypher-result" });
  const history = h("ul", { id: "history" });
  const showHistory = (items: string[]) => clear(history, ...items.map((q) => h("li", { title: q, onclick: () => (box.value = q) }, q.replace(/\s+/g, " "))));
  const run = async () => {
    out.textContent = "Running…";
    showHistory(remember(localStorage, box.value));
    try {
      const r = await api.cypher(box.value);
      clear(out, resultTable(r));
      if (r.nodes.length) onGraph(r);
    } catch (e) {
      showError(out, e);
    }
  };
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void run();
  });
  showHistory(loadHistory(localStorage));
  return [
    h("h3", {}, "Cypher (read-only)"),
    box,
    h("p", {}, h("button", { class: "btn", id: "cypher-run", onclick: () => void run() }, "Run"), h("span", { class: "muted" }, "  Ctrl+Enter runs")),
    h("p", {}, ...EXAMPLES.flatMap(([label, q]) => [h("a", { class: "link", onclick: () => (box.value = q) }, label), " · "])),
    out,
    h("h3", {}, "History"),
    history,
  ];
}
