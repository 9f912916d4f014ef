/*
 * Owns Sigma and the ForceAtlas2 worker. Hover and focus are shown through reducers (the graph's
 * data is never mutated for display); the layout runs in a web worker and stops by itself.
 * Returns a controller; kill() releases the renderer and the worker.
 */

import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";

export interface RendererController {
  sigma: Sigma;
  setHidden(kinds: string[]): void;
  focus(nodes: string[]): void;
  fit(): void;
  relayout(): void;
  onClickNode(cb: (id: string, kind: string) => void): void;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: Graph, onLayoutDone?: () => void): RendererController {
  const large = graph.order > 2000;
  let hovered: string | null = null;
  let hoverNeighbours = new Set<string>();
  let focused = new Set<string>();
  let hidden = new Set<string>();

  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: large ? 12 : 6,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    defaultEdgeType: "line",
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    zIndex: true,
    nodeReducer: (node, data) => {
      const res: Record<string, unknown> = { ...data };
      if (hidden.has(data.kind as string)) return { ...res, hidden: true };
      const lit = hovered && !large ? hoverNeighbours : focused.size ? focused : null;
      if (large && hovered && hoverNeighbours.has(node)) {
        // Large graphs: hover lifts the neighbourhood without dimming the rest, so only the nodes
        // whose look changes are reprocessed (see hover below).
        res.highlighted = true;
        res.zIndex = 2;
      }
      if (lit && !lit.has(node)) {
        res.color = "#e6e8ec";
        res.label = "";
        res.zIndex = 0;
      } else if (lit) {
        res.highlighted = true;
        res.zIndex = 2;
        res.forceLabel = focused.has(node) && !hovered;
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Record<string, unknown> = { ...data };
      if (hidden.has(data.relType as string)) return { ...res, hidden: true };
      const [s, t] = graph.extremities(edge);
      if (hidden.has(graph.getNodeAttribute(s, "kind")) || hidden.has(graph.getNodeAttribute(t, "kind"))) return { ...res, hidden: true };
      const lit = hovered && !large ? hoverNeighbours : focused.size ? focused : null;
      if (lit && !(lit.has(s) && lit.has(t))) res.hidden = true;
      return res;
    },
  });

  // Hover restyles the graph through the reducers. On a small graph every node and edge is
  // reprocessed (the rest dims); on a large one only the neighbourhoods entered and left are. A drag
  // that passes over nodes is panning, not hovering: nothing is restyled while the button is down.
  const hover = (node: string | null) => {
    if (node !== null && sigma.getMouseCaptor().isMouseDown) return;
    if (node === hovered) return;
    const before = hoverNeighbours;
    hovered = node;
    hoverNeighbours = node === null ? new Set() : new Set([node, ...graph.neighbors(node)]);
    if (large) sigma.refresh({ partialGraph: { nodes: [...before, ...hoverNeighbours] }, skipIndexation: true });
    else sigma.refresh({ skipIndexation: true });
  };
  sigma.on("enterNode", ({ node }) => hover(node));
  sigma.on("leaveNode", () => hover(null));

  let layout: FA2Layout | null = null;
  let stopTimer: number | undefined;
  const runLayout = () => {
    layout?.kill();
    window.clearTimeout(stopTimer);
    const settings = forceAtlas2.inferSettings(graph);
    layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 500, slowDown: 4, edgeWeightInfluence: 1 }, getEdgeWeight: "weight" });
    layout.start();
    // Stops by itself: a few seconds is enough for the sizes the server sends.
    stopTimer = window.setTimeout(() => {
      layout?.stop();
      sigma.getCamera().animatedReset({ duration: 300 });
      container.dataset.layout = "done";
      onLayoutDone?.();
    }, Math.min(6000, 1500 + graph.order * 2));
  };
  container.dataset.layout = "running";
  runLayout();

  let clickCb: ((id: string, kind: string) => void) | null = null;
  sigma.on("clickNode", ({ node }) => clickCb?.(node, graph.getNodeAttribute(node, "kind") as string));

  return {
    sigma,
    setHidden(kinds) {
      hidden = new Set(kinds);
      sigma.refresh({ skipIndexation: true });
    },
    focus(nodes) {
      focused = new Set(nodes.filter((n) => graph.hasNode(n)));
      for (const n of [...focused]) if (graph.getNodeAttribute(n, "kind") === "Claim") for (const m of graph.neighbors(n)) if (graph.getNodeAttribute(m, "kind") === "Document") focused.add(m);
      for (const n of [...focused]) if (graph.getNodeAttribute(n, "kind") === "Document") for (const m of graph.neighbors(n)) if (graph.getNodeAttribute(m, "kind") === "Source") focused.add(m);
      sigma.refresh({ skipIndexation: true });
      const first = nodes.find((n) => graph.hasNode(n));
      if (first) {
        const pos = sigma.getNodeDisplayData(first);
        if (pos) sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.6 }, { duration: 400 });
      }
    },
    fit() {
      sigma.getCamera().animatedReset({ duration: 300 });
    },
    relayout: runLayout,
    onClickNode(cb) {
      clickCb = cb;
    },
    kill() {
      window.clearTimeout(stopTimer);
      layout?.kill();
      sigma.kill();
    },
  };
}
