/*
 * The stage: the drawn graph, the note under it and its tools (mode, fit, layout, PNG, GEXF), with
 * a spinner while the layout runs. In overview mode the claims are collapsed into outlets or stories
 * (graph/collapse.ts) before drawing. The explorer's graph and a Cypher result are drawn by the same
 * draw(), so both get the renderer's click, hover and hidden types and a recounted legend.
 */

import { downloadAsPNG } from "@sigma/export-image";
import type Graph from "graphology";
import type { CypherResponse, GraphPayload } from "../../../graph-schema/api";
import { api } from "../api";
import { buildGraph } from "../graph/build";
import { collapseGraph } from "../graph/collapse";
import type { RendererController } from "../renderer";
import { graphFilters, type GraphMode } from "../state";
import { changed, type Store } from "../store";
import { byId, h, showError } from "./dom";
import type { LegendController } from "./legend";
import { startProgress, type Progress } from "./progress";

export interface StageController {
  /** Loads the graph the state's filters ask for; resolves once it is drawn (or the error shown). */
  load(): Promise<boolean>;
  showCypherResult(r: CypherResponse): void;
  /**
   * A click on an overview node narrows to its outlet or story and draws its claims; false when
   * the node is not an overview group (the caller handles it as usual).
   */
  drill(node: string): boolean;
}

const MODES: ReadonlyArray<[GraphMode, string]> = [
  ["claims", "Claims"],
  ["outlets", "Overview: outlets"],
  ["stories", "Overview: stories"],
];

export function mountStage(
  store: Store,
  renderer: RendererController,
  legend: LegendController,
  status: (text: string) => void,
  onPayload?: (payload: GraphPayload) => void,
): StageController {
  const note = byId("graph-note");
  const mode = byId("graph-mode") as HTMLSelectElement;
  mode.replaceChildren(...MODES.map(([value, label]) => h("option", { value }, label)));
  mode.value = store.get().mode;
  mode.addEventListener("change", () => store.set({ mode: MODES.find(([m]) => m === mode.value)?.[0] ?? "claims" }));
  store.subscribe((state, before) => {
    if (changed(state, before, ["mode"])) mode.value = state.mode;
  });
  const gexf = byId("gexf") as HTMLAnchorElement;
  byId("fit").addEventListener("click", () => renderer.fit());
  byId("relayout").addEventListener("click", () => renderer.relayout());
  byId("png").addEventListener("click", () => {
    const sigma = renderer.sigma();
    if (sigma) void downloadAsPNG(sigma, { fileName: "claimgraph", backgroundColor: "#ffffff" });
  });

  // The renderer marks its container while the layout runs (whoever started it); the spinner follows.
  const container = byId("sigma");
  let layout: Progress | null = null;
  new MutationObserver(() => {
    const running = container.dataset.layout === "running";
    if (running && !layout) layout = startProgress(byId("graph-tools"), "Layout");
    else if (!running && layout) {
      layout.done();
      layout = null;
    }
  }).observe(container, { attributes: true, attributeFilter: ["data-layout"] });

  const draw = (graph: Graph, text: string, rejectedHidden = 0) => {
    renderer.show(graph);
    note.textContent = text;
    legend.update(graph, rejectedHidden);
  };

  return {
    async load() {
      status("Loading graph…");
      const filters = graphFilters(store.get());
      try {
        const { mode: drawn } = store.get();
        const payload = await api.graph(filters);
        onPayload?.(payload);
        gexf.href = api.exportUrl("gexf", filters);
        const graph = buildGraph(payload);
        const claims = payload.nodes.filter((n) => n.kind === "Claim").length;
        const shown = payload.truncated ? `showing ${claims} of ${payload.totalClaims} claims (capped; filter to see others)` : `${payload.totalClaims} claims`;
        if (drawn === "claims") draw(graph, `${graph.order} nodes, ${graph.size} edges · ${shown}`, payload.rejectedHidden);
        else {
          const overview = collapseGraph(graph, drawn);
          draw(overview, `Overview: ${overview.order} ${drawn}, ${overview.size} links weighted by conflicts and echoes · ${shown} · click one to see its claims`);
        }
        return true;
      } catch (e) {
        showError(note, e);
        return false;
      } finally {
        status("");
      }
    },
    drill(node) {
      const graph = renderer.graph();
      const group = graph?.hasNode(node) ? (graph.getNodeAttribute(node, "group") as unknown) : undefined;
      if (group === "outlet") store.set({ outlet: graph!.getNodeAttribute(node, "name") as string, mode: "claims" });
      else if (group === "story") store.set({ story: node, mode: "claims" });
      else return false;
      return true;
    },
    showCypherResult(r) {
      const graph = buildGraph({ nodes: r.nodes, edges: r.edges, stories: [], totalClaims: r.nodes.filter((n) => n.kind === "Claim").length, truncated: r.truncated });
      draw(graph, `Cypher result: ${graph.order} nodes, ${graph.size} edges`);
    },
  };
}
