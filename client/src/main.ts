/*
 * The explorer: loads stats, the capped graph and the conflict list; wires the legend, filters,
 * search, the Conflicts/Echoes/Cypher tabs and the detail panel to the renderer and the URL state.
 */

import type Graph from "graphology";
import type { Conflict, GraphPayload, Stats } from "../../graph-schema/api";
import { api } from "./api";
import { buildGraph, countTypes } from "./graph/build";
import { EDGE_STYLE, NODE_STYLE } from "./graph/style";
import { createRenderer, type RendererController } from "./renderer";
import { decodeState, encodeState, type UiState } from "./state";
import { conflictCard } from "./views/conflicts";
import { EXAMPLES, loadHistory, remember, resultTable } from "./views/cypher";
import { matrixView, timelineView } from "./views/overview";
import { downloadAsPNG } from "@sigma/export-image";
import { claimView, entityView, type DetailActions } from "./views/detail";
import { clear, h } from "./views/dom";

const $ = (id: string) => document.getElementById(id)!;
let state: UiState = decodeState(location.search);
let renderer: RendererController | null = null;
let graph: Graph | null = null;
let stats: Stats | null = null;

function setState(patch: Partial<UiState>, push = true): void {
  state = { ...state, ...patch };
  const url = `${location.pathname}${encodeState(state)}`;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function status(text: string): void {
  $("status").textContent = text;
}

function showError(where: HTMLElement, error: unknown): void {
  clear(where, h("div", { class: "error" }, error instanceof Error ? error.message : String(error)));
}

const actions: DetailActions = {
  openClaim: (id) => void openClaim(id),
  openEntity: (id) => void openEntity(id),
};

async function openClaim(id: string, push = true): Promise<void> {
  setState({ selected: id }, push);
  try {
    const d = await api.claim(id);
    clear($("detail"), claimView(d, actions));
    renderer?.focus([id, ...d.related.map((r) => r.other.id)]);
  } catch (e) {
    showError($("detail"), e);
  }
}

async function openEntity(id: string, push = true): Promise<void> {
  setState({ selected: id }, push);
  try {
    const d = await api.entity(id);
    clear($("detail"), entityView(d, actions));
    renderer?.focus([id, ...d.asSpeaker.map((c) => c.id), ...d.byOutlet.flatMap((g) => g.claims.map((c) => c.id))]);
  } catch (e) {
    showError($("detail"), e);
  }
}

function openOutlet(sourceId: string): void {
  if (!graph) return;
  const name = graph.getNodeAttribute(sourceId, "fullLabel") as string;
  const docs = graph.outNeighbors(sourceId);
  const claims = docs.flatMap((d) => graph!.outNeighbors(d).filter((n) => graph!.getNodeAttribute(n, "kind") === "Claim"));
  const conflictsWith = new Set<string>();
  for (const c of claims) graph.forEachEdge(c, (_e, a, s, t) => {
    if (a.relType !== "CONTRADICTS") return;
    const other = s === c ? t : s;
    const outlet = graph!.getNodeAttribute(other, "outlet") as string | null;
    if (outlet && outlet !== name) conflictsWith.add(outlet);
  });
  clear(
    $("detail"),
    h("h3", {}, `Outlet: ${name}`),
    h("p", { class: "muted" }, `${docs.length} documents, ${claims.length} claims shown; conflicts with: ${[...conflictsWith].join(", ") || "none shown"}`),
    ...claims.map((c) => h("div", { class: "item" }, h("a", { class: "link", onclick: () => actions.openClaim(c) }, graph!.getNodeAttribute(c, "fullLabel") as string))),
  );
  renderer?.focus([sourceId, ...docs, ...claims]);
}

function renderLegend(): void {
  if (!graph) return;
  const counts = countTypes(graph);
  const row = (key: string, color: string, label: string, n: number, line: boolean) =>
    h(
      "div",
      {
        class: `legend-row ${state.hidden.includes(key) ? "off" : ""}`,
        "data-type": key,
        onclick: () => {
          const hidden = state.hidden.includes(key) ? state.hidden.filter((x) => x !== key) : [...state.hidden, key];
          setState({ hidden });
          renderer?.setHidden(hidden);
          renderLegend();
        },
      },
      h("span", { class: `swatch ${line ? "line" : ""}`, style: `background:${color}` }),
      `${label} (${n})`,
    );
  clear(
    $("legend"),
    h("h3", {}, "Legend"),
    ...Object.entries(NODE_STYLE).map(([k, s]) => row(k, s.color, s.label, counts.nodes[k] ?? 0, false)),
    ...Object.entries(EDGE_STYLE).map(([k, s]) => row(k, s.color, s.label, counts.edges[k] ?? 0, true)),
  );
}

function renderFilters(): void {
  const outlets = stats?.outlets.map((o) => o.outlet) ?? [];
  const select = h("select", { id: "f-outlet" }, h("option", { value: "" }, "All outlets"), ...outlets.map((o) => h("option", { value: o }, o))) as HTMLSelectElement;
  select.value = state.outlet ?? "";
  const rel = h("select", { id: "f-rel" }, ...["any", "CONTRADICTS", "SUPPORTS"].map((r) => h("option", { value: r }, r === "any" ? "All claims" : `Only ${r.toLowerCase()}`))) as HTMLSelectElement;
  rel.value = state.relation;
  const conf = h("input", { id: "f-conf", type: "number", min: "0", max: "1", step: "0.05", value: String(state.minConfidence) }) as HTMLInputElement;
  const from = h("input", { id: "f-from", type: "date", value: state.from ?? "" }) as HTMLInputElement;
  const to = h("input", { id: "f-to", type: "date", value: state.to ?? "" }) as HTMLInputElement;
  const apply = () => {
    setState({ outlet: select.value || null, relation: rel.value as UiState["relation"], minConfidence: Number(conf.value) || 0, from: from.value || null, to: to.value || null });
    void loadGraph();
    void loadList();
  };
  clear(
    $("filters"),
    h("h3", {}, "Filters"),
    h("label", {}, "Outlet"),
    select,
    h("label", {}, "Relations"),
    rel,
    h("label", {}, "Min confidence"),
    conf,
    h("label", {}, "Published from"),
    from,
    h("label", {}, "to"),
    to,
    state.entity ? h("p", { class: "muted" }, `Entity: ${state.entity} `, h("a", { class: "link", onclick: () => { setState({ entity: null }); void loadGraph(); renderFilters(); } }, "clear")) : null,
    h("p", {}, h("button", { class: "btn", id: "apply", onclick: apply }, "Apply")),
  );
}

async function loadGraph(): Promise<void> {
  status("Loading graph…");
  let payload: GraphPayload;
  try {
    payload = await api.graph({
      outlet: state.outlet,
      entity: state.entity,
      relation: state.relation,
      linkedOnly: state.relation !== "any",
      minConfidence: state.minConfidence || undefined,
      from: state.from,
      to: state.to,
    });
  } catch (e) {
    status("");
    showError($("graph-note"), e);
    return;
  }
  ($("gexf") as HTMLAnchorElement).href = `/api/export?format=gexf${state.outlet ? `&outlet=${encodeURIComponent(state.outlet)}` : ""}${state.entity ? `&entity=${state.entity}` : ""}`;
  renderer?.kill();
  graph = buildGraph(payload);
  const container = $("sigma");
  renderer = createRenderer(container, graph);
  renderer.setHidden(state.hidden);
  renderer.onClickNode((id, kind) => {
    if (kind === "Claim") void openClaim(id);
    else if (kind === "Entity") void openEntity(id);
    else if (kind === "Source") openOutlet(id);
  });
  $("graph-note").textContent = `${graph.order} nodes, ${graph.size} edges · ${payload.truncated ? `showing ${payload.nodes.filter((n) => n.kind === "Claim").length} of ${payload.totalClaims} claims (capped; filter to see others)` : `${payload.totalClaims} claims`}`;
  renderLegend();
  status("");
  if (state.selected?.startsWith("clm-")) void openClaim(state.selected, false);
  else if (state.selected?.startsWith("ent-")) void openEntity(state.selected, false);
}

async function loadList(against?: string): Promise<void> {
  const panel = $("panel");
  if (state.tab === "cypher") return renderCypher();
  if (state.tab === "overview") return renderOverview();
  const type = state.tab === "echoes" ? "SUPPORTS" : "CONTRADICTS";
  try {
    const list = await api.conflicts({ type, outlet: state.outlet, against, minConfidence: state.minConfidence || undefined });
    const pick = (item: Conflict) => {
      for (const el of panel.querySelectorAll(".card.selected")) el.classList.remove("selected");
      panel.querySelector(`[data-relation="${CSS.escape(item.id)}"]`)?.classList.add("selected");
      void openClaim(item.a.id);
      renderer?.focus([item.a.id, item.b.id]);
    };
    clear(
      panel,
      h("h3", {}, `${type === "CONTRADICTS" ? "Conflicts" : "Echoes"} (${list.items.length}${list.truncated ? "+" : ""})${against && state.outlet ? `: ${state.outlet} × ${against}` : ""}`),
      ...list.items.map((item) => conflictCard(item, pick)),
      list.items.length === 0 ? h("p", { class: "muted" }, "None with these filters.") : null,
    );
  } catch (e) {
    showError(panel, e);
  }
}

async function renderOverview(): Promise<void> {
  const panel = $("panel");
  try {
    const o = await api.overview();
    clear(
      panel,
      h("h3", {}, "Outlet × outlet: conflicts (≠) and echoes (=)"),
      matrixView(o, (a, b) => {
        setState({ tab: "conflicts", outlet: a });
        setupTabs();
        renderFilters();
        void loadGraph();
        void loadList(b);
      }),
      h("h3", {}, "Claims by date and outlet (red: contradicted)"),
      timelineView(o),
    );
  } catch (e) {
    showError(panel, e);
  }
}

async function uploadFiles(files: FileList): Promise<void> {
  const documents = await Promise.all([...files].map(async (f) => ({ name: f.name.replace(/[/\\]/g, "_"), text: await f.text() })));
  status(`Uploading ${documents.length} file(s)…`);
  try {
    const r = await api.upload({ documents });
    const problems = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    stats = await api.stats().catch(() => stats);
    renderFilters();
    await Promise.all([loadGraph(), loadList()]);
    // After the reload, which uses the status line for its own progress.
    status(`Added ${r.documents} document(s), ${r.claims} claims, ${r.relations} relations with the stored graph${problems.length ? `; skipped: ${problems.join(" ")}` : ""}`);
  } catch (e) {
    status(`Upload refused: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function renderCypher(): void {
  const box = h("textarea", { id: "cypher-query", spellcheck: "false" }) as HTMLTextAreaElement;
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void run();
  });
  box.value = EXAMPLES[0]![1];
  const out = h("div", { id: "cypher-result" });
  const history = h("ul", { id: "history" });
  const showHistory = (items: string[]) => clear(history, ...items.map((q) => h("li", { title: q, onclick: () => (box.value = q) }, q.replace(/\s+/g, " "))));
  showHistory(loadHistory());
  const run = async () => {
    out.textContent = "Running…";
    showHistory(remember(box.value));
    try {
      const r = await api.cypher(box.value);
      clear(out, resultTable(r));
      if (r.nodes.length) {
        renderer?.kill();
        graph = buildGraph({ nodes: r.nodes, edges: r.edges, stories: [], totalClaims: r.nodes.filter((n) => n.kind === "Claim").length, truncated: r.truncated });
        renderer = createRenderer($("sigma"), graph);
        $("graph-note").textContent = `Cypher result: ${graph.order} nodes, ${graph.size} edges`;
        renderLegend();
      }
    } catch (e) {
      showError(out, e);
    }
  };
  clear(
    $("panel"),
    h("h3", {}, "Cypher (read-only)"),
    box,
    h("p", {}, h("button", { class: "btn", id: "cypher-run", onclick: () => void run() }, "Run"), h("span", { class: "muted" }, "  Ctrl+Enter runs")),
    h("p", {}, ...EXAMPLES.flatMap(([label, q]) => [h("a", { class: "link", onclick: () => (box.value = q) }, label), " · "])),
    out,
    h("h3", {}, "History"),
    history,
  );
}

function setupSearch(): void {
  const input = $("search") as HTMLInputElement;
  const list = $("suggestions");
  let seq = 0;
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    const mine = (seq += 1);
    if (q.length < 2) return clear(list);
    try {
      const r = await api.search(q);
      if (mine !== seq) return;
      const pick = (fn: () => void) => () => {
        clear(list);
        input.value = "";
        fn();
      };
      clear(
        list,
        ...r.entities.map((e) => h("li", { onclick: pick(() => { setState({ entity: e.id }); renderFilters(); void loadGraph(); void openEntity(e.id); }) }, h("span", { class: "kind" }, e.type), e.name)),
        ...r.claims.map((c) => h("li", { onclick: pick(() => void openClaim(c.id)) }, h("span", { class: "kind" }, c.outlet ?? "claim"), c.text)),
      );
    } catch {
      clear(list);
    }
  });
  document.addEventListener("click", (e) => {
    if (!(e.target as HTMLElement).closest(".search")) clear(list);
  });
}

function setupTabs(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("#tabs button")) {
    b.classList.toggle("active", b.dataset.tab === state.tab);
    b.onclick = () => {
      setState({ tab: b.dataset.tab as UiState["tab"] });
      setupTabs();
      void loadList();
    };
  }
}

async function boot(): Promise<void> {
  $("fit").onclick = () => renderer?.fit();
  $("relayout").onclick = () => renderer?.relayout();
  $("png").onclick = () => {
    if (renderer) void downloadAsPNG(renderer.sigma, { fileName: "claimgraph", backgroundColor: "#ffffff" });
  };
  ($("upload") as HTMLInputElement).addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.files?.length) void uploadFiles(input.files).finally(() => (input.value = ""));
  });
  setupTabs();
  setupSearch();
  try {
    const health = await api.health();
    if (!health.ok) status(`Neo4j is down: ${health.message ?? ""}`);
  } catch (e) {
    status(`Server unreachable: ${e instanceof Error ? e.message : String(e)}`);
  }
  stats = await api.stats().catch(() => null);
  renderFilters();
  await Promise.all([loadGraph(), loadList()]);
  document.body.dataset.ready = "true";
}

window.addEventListener("popstate", () => {
  state = decodeState(location.search);
  setupTabs();
  void loadGraph();
  void loadList();
});

void boot();
