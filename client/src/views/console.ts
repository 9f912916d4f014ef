/*
 * The read-only Cypher console: the editor (views/cypher-editor.ts), a parameters panel, examples,
 * saved queries and history (query-history.ts), and the result as a table (with CSV download), as
 * JSON or drawn by the explorer's renderer. One console lives per page, so switching tabs keeps the
 * query and the last result; a running query shows its time and can be cancelled.
 */

import type { CypherResponse } from "../../../graph-schema/api";
import { api, ApiError } from "../api";
import { missingParams, parseParams } from "../cypher-params";
import { deleteSaved, loadHistory, loadSaved, remember, saveQuery, type QueryEntry } from "../query-history";
import { toCsv } from "../table-csv";
import { cypherEditor } from "./cypher-editor";
import { clear, errorText, h } from "./dom";
import { startProgress } from "./progress";

export const EXAMPLES: Array<[string, string]> = [
  ["Contradictions between two outlets", "MATCH (a:Claim)-[r:CONTRADICTS]-(b:Claim)\nWHERE a.outlet < b.outlet\nRETURN a.outlet, a.text, b.outlet, b.text, r.kind, r.reason\nORDER BY r.confidence DESC LIMIT 25"],
  ["Claims by a speaker", "MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e:Entity)\nRETURN e.name AS speaker, count(c) AS claims, collect(c.text)[0..3] AS examples\nORDER BY claims DESC LIMIT 15"],
  ["Most disputed entities", "MATCH (a:Claim)-[:CONTRADICTS]-(:Claim), (a)-[:MENTIONS]->(e:Entity)\nRETURN e.name, count(DISTINCT a) AS disputed ORDER BY disputed DESC LIMIT 10"],
  ["Which outlets dispute or echo a claim", "MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim)\nRETURN c.outlet AS claimedBy, c.text AS claim, type(s) AS stance, d.outlet AS outlet, s.confidence, s.quote\nORDER BY s.confidence DESC LIMIT 25"],
  ["One outlet's claims (parameters)", "MATCH (c:Claim)\nWHERE $outlet IS NULL OR c.outlet = $outlet\nRETURN c.outlet, c.text\nLIMIT $limit"],
  ["Conflict subgraph (drawn)", "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50"],
];

/** Parameters the examples use, filled in when an example that needs them is picked. */
const EXAMPLE_PARAMS = '{\n  "outlet": null,\n  "limit": 10\n}';

type ResultMode = "table" | "json" | "graph";

const cell = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

export function resultTable(r: CypherResponse): HTMLElement {
  return h(
    "div",
    { class: "scroll-x" },
    h("table", { class: "rows" }, h("tr", {}, ...r.columns.map((c) => h("th", {}, c))), ...r.rows.map((row) => h("tr", {}, ...row.map((v) => h("td", {}, cell(v)))))),
  );
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

const oneLine = (q: string) => q.replace(/\s+/g, " ").trim();

let mounted: { elements: HTMLElement[]; refresh(): void } | null = null;

/** `onGraph` draws a result that holds nodes; results with nodes are drawn as they arrive. */
export function consoleView(onGraph: (r: CypherResponse) => void): HTMLElement[] {
  mounted ??= createConsole(onGraph);
  mounted.refresh();
  return mounted.elements;
}

function createConsole(onGraph: (r: CypherResponse) => void): { elements: HTMLElement[]; refresh(): void } {
  const store = localStorage;
  const first = loadHistory(store)[0];
  const params = h("textarea", { id: "cypher-params", class: "params", spellcheck: "false", placeholder: '{"limit": 10}', "aria-label": "Parameters" }) as HTMLTextAreaElement;
  params.value = first?.params ?? "";
  const paramsNote = h("div", { id: "cypher-params-note", class: "muted" });
  const status = h("div", { id: "cypher-status" });
  const out = h("div", { id: "cypher-result" });
  const history = h("ul", { id: "history", class: "query-list" });
  const saved = h("ul", { id: "saved", class: "query-list" });
  const saveName = h("input", { id: "cypher-save-name", type: "text", placeholder: "Name", "aria-label": "Name of the saved query" }) as HTMLInputElement;
  const runButton = h("button", { class: "btn", id: "cypher-run", type: "button", onclick: () => void run() }, "Run") as HTMLButtonElement;

  let mode: ResultMode = "table";
  let last: CypherResponse | null = null;

  const checkParams = () => {
    const parsed = parseParams(params.value);
    params.classList.toggle("invalid", !parsed.ok);
    if (!parsed.ok) clear(paramsNote, h("span", { class: "error-text" }, parsed.error));
    else {
      const missing = missingParams(editor.value(), parsed.params);
      clear(paramsNote, missing.length ? `Not given: ${missing.map((m) => `$${m}`).join(", ")}` : "");
    }
    return parsed;
  };
  const editor = cypherEditor(first?.query ?? EXAMPLES[0]![1], { run: () => void run(), change: () => void checkParams() });
  params.addEventListener("input", () => void checkParams());
  params.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });

  const load = (entry: QueryEntry) => {
    editor.setValue(entry.query);
    params.value = entry.params;
    checkParams();
    editor.focus();
  };

  const showHistory = (items: QueryEntry[]) =>
    clear(
      history,
      ...items.map((e) =>
        h("li", { title: e.params ? `${e.query}\n\nparameters: ${e.params}` : e.query, onclick: () => load(e) }, oneLine(e.query), e.params.trim() ? h("span", { class: "muted" }, ` · ${oneLine(e.params)}`) : null),
      ),
    );
  const showSaved = () =>
    clear(
      saved,
      ...loadSaved(store).map((s) =>
        h(
          "li",
          { "data-name": s.name },
          h("a", { class: "link", title: s.query, onclick: () => load(s) }, s.name),
          h("span", { class: "muted" }, ` ${oneLine(s.query)}`),
          h("button", { type: "button", class: "delete", title: `Delete "${s.name}"`, "aria-label": `Delete ${s.name}`, onclick: () => (deleteSaved(store, s.name), showSaved()) }, "×"),
        ),
      ),
      loadSaved(store).length ? null : h("li", { class: "muted" }, "None yet: name the query above and press Save."),
    );

  const showResult = () => {
    if (!last) return;
    const r = last;
    const modeButton = (m: ResultMode, label: string) =>
      h(
        "button",
        {
          type: "button",
          class: `btn mode${mode === m ? " active" : ""}`,
          "data-mode": m,
          onclick: () => {
            mode = m;
            if (m === "graph") onGraph(r);
            showResult();
          },
          ...(m === "graph" && r.nodes.length === 0 ? { disabled: "", title: "The result holds no nodes to draw" } : {}),
        },
        label,
      );
    const body =
      mode === "json"
        ? h("pre", { class: "json" }, JSON.stringify({ columns: r.columns, rows: r.rows }, null, 2))
        : mode === "graph"
          ? h("p", { class: "muted" }, `Drawn in the graph view: ${r.nodes.length} nodes, ${r.edges.length} relationships.`)
          : resultTable(r);
    clear(
      out,
      h(
        "div",
        { class: "result-tools" },
        modeButton("table", "Table"),
        modeButton("json", "JSON"),
        modeButton("graph", "Graph"),
        h("button", { type: "button", class: "btn", id: "cypher-csv", onclick: () => download("claimgraph-query.csv", "text/csv;charset=utf-8", toCsv(r.columns, r.rows)) }, "CSV"),
      ),
      h("p", { class: "muted" }, `${r.rows.length} rows${r.truncated ? " (truncated)" : ""} · ${r.nodes.length} nodes · ${r.ms} ms`),
      body,
    );
  };

  const run = async () => {
    const parsed = checkParams();
    if (!parsed.ok) return void params.focus();
    const entry = { query: editor.value(), params: params.value };
    showHistory(remember(store, entry));
    clear(status);
    runButton.disabled = true;
    const progress = startProgress(status, "Running…", { cancellable: true });
    try {
      last = await api.cypher(entry.query, parsed.params, progress.signal);
      if (last.nodes.length) onGraph(last);
      if (mode === "graph" && !last.nodes.length) mode = "table";
      showResult();
    } catch (e) {
      if (progress.signal.aborted) {
        clear(out, h("p", { class: "muted", id: "cypher-cancelled" }, `Cancelled after ${progress.elapsed()}.`));
      } else {
        const where = e instanceof ApiError && e.position ? e.position : null;
        if (where) editor.markError(where, errorText(e));
        clear(
          out,
          h(
            "div",
            { class: "error" },
            errorText(e),
            where ? h("div", {}, h("a", { class: "link", onclick: () => editor.focus() }, `Marked in the query at line ${where.line}, column ${where.column}.`)) : null,
          ),
        );
      }
    } finally {
      progress.done();
      runButton.disabled = false;
    }
  };

  const save = () => {
    const name = saveName.value.trim();
    if (!name) return void saveName.focus();
    saveQuery(store, { name, query: editor.value(), params: params.value });
    saveName.value = "";
    showSaved();
  };
  saveName.addEventListener("keydown", (e) => {
    if (e.key === "Enter") save();
  });

  showHistory(loadHistory(store));
  showSaved();
  checkParams();

  const elements = [
    h("h3", {}, "Cypher (read-only)"),
    editor.element,
    h("label", { for: "cypher-params" }, "Parameters (JSON object; whole numbers are sent as integers)"),
    params,
    paramsNote,
    h(
      "div",
      { class: "console-tools" },
      runButton,
      h("span", { class: "muted" }, "Ctrl/⌘+Enter runs"),
      h("span", { class: "spacer" }),
      saveName,
      h("button", { class: "btn", id: "cypher-save", type: "button", onclick: save }, "Save"),
    ),
    h(
      "p",
      { class: "examples" },
      ...EXAMPLES.flatMap(([label, q]) => [
        h("a", { class: "link", onclick: () => load({ query: q, params: q.includes("$") ? EXAMPLE_PARAMS : params.value }) }, label),
        " · ",
      ]),
    ),
    status,
    out,
    h("h3", {}, "Saved"),
    saved,
    h("h3", {}, "History"),
    history,
  ];
  return {
    elements,
    refresh: () =>
      void api
        .schema()
        .then((s) => editor.setSchema(s))
        .catch(() => undefined),
  };
}
