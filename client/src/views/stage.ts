/*
 * The stage: the drawn graph, the note under it and its tools (fit, layout, PNG, GEXF), with a
 * spinner while the layout runs. The explorer's graph and a Cypher result are drawn by the same
 * draw(), so both get the renderer's click, hover and hidden types and a recounted legend.
 */

import { downloadAsPNG } from "@sigma/export-image";
import type Graph from "graphology";
import type { CypherResponse } from "../../../graph-schema/api";
import { api } from "../api";
import { buildGraph } from "../graph/build";
import type { RendererController } from "../renderer";
import { graphFilters } from "../state";
import type { Store } from "../store";
import { byId, showError } from "./dom";
import type { LegendController } from "./legend";
import { startProgress, type Progress } from "./progress";

export interface StageController {
  /** Loads the graph the state's filters ask for; resolves once it is drawn (or the error shown). */
  load(): Promise<boolean>;
  showCypherResult(r: CypherResponse): void;
}

export function mountStage(store: Store, renderer: RendererController, legend: LegendController, status: (text: string) => void): StageController {
  const note = byId("graph-note");
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
        const payload = await api.graph(filters);
        gexf.href = api.exportUrl("gexf", filters);
        const graph = buildGraph(payload);
        const shown = payload.truncated
          ? `showing ${payload.nodes.filter((n) => n.kind === "Claim").length} of ${payload.totalClaims} claims (capped; filter to see others)`
          : `${payload.totalClaims} claims`;
        draw(graph, `${graph.order} nodes, ${graph.size} edges · ${shown}`, payload.rejectedHidden);
        return true;
      } catch (e) {
        showError(note, e);
        return false;
      } finally {
        status("");
      }
    },
    showCypherResult(r) {
      const graph = buildGraph({ nodes: r.nodes, edges: r.edges, stories: [], totalClaims: r.nodes.filter((n) => n.kind === "Claim").length, truncated: r.truncated });
      draw(graph, `Cypher result: ${graph.order} nodes, ${graph.size} edges`);
    },
  };
}
