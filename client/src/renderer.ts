/*
 * The one renderer lifecycle: every graph the explorer draws, its own or a Cypher result, goes
 * through show(), which replaces Sigma and the ForceAtlas2 worker but keeps the click handler and
 * the hidden types, so a new graph behaves like the last one. Display goes through the reducers
 * (graph/reducers.ts); kill() releases Sigma, the worker and every listener.
 */

import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import type { NodeKind } from "../../graph-schema/api";
import { drawWrappedHover } from "./graph/hover";
import { emptyView, expandFocus, reduceEdge, reduceNode, type HighlightView } from "./graph/reducers";

export interface RendererOptions {
  onClickNode?: (id: string, kind: NodeKind) => void;
  /** Called each time a layout run stops by itself. */
  onLayoutDone?: () => void;
  hidden?: readonly string[];
}

export interface RendererController {
  /** Draws this graph in place of the current one. */
  show(graph: Graph): void;
  graph(): Graph | null;
  sigma(): Sigma | null;
  setHidden(kinds: readonly string[]): void;
  focus(nodes: readonly string[]): void;
  fit(): void;
  relayout(): void;
  kill(): void;
}

/** Above this many nodes hover stops dimming the rest and labels need a larger size. */
const LARGE_GRAPH = 2000;
/** Below this many nodes the stage keeps a wider margin. */
const SMALL_GRAPH = 50;

interface Mounted {
  graph: Graph;
  sigma: Sigma;
  view: HighlightView;
  relayout(): void;
  kill(): void;
}

// ---------------------------------------------------------------------------------------------
// Internal
// ---------------------------------------------------------------------------------------------

function mount(container: HTMLElement, graph: Graph, hidden: ReadonlySet<string>, options: RendererOptions): Mounted {
  const large = graph.order > LARGE_GRAPH;
  const view: HighlightView = { ...emptyView(large), hidden };
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: large ? 12 : 6,
    // A handful of nodes (an overview, a small Cypher result) fills the stage edge to edge: keep their labels in.
    stagePadding: graph.order < SMALL_GRAPH ? 90 : 30,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    defaultEdgeType: "line",
    defaultDrawNodeHover: drawWrappedHover,
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    zIndex: true,
    nodeReducer: (node, data) => reduceNode(view, node, data),
    edgeReducer: (edge, data) => reduceEdge(view, graph, edge, data),
  });

  // On a small graph every node and edge is reprocessed (the rest dims); on a large one only the
  // neighbourhoods entered and left are. A drag that passes over nodes is panning, not hovering:
  // nothing is restyled while the button is down.
  const hover = (node: string | null) => {
    if (node !== null && sigma.getMouseCaptor().isMouseDown) return;
    if (node === view.hovered) return;
    const before = view.hoverNeighbours;
    view.hovered = node;
    view.hoverNeighbours = node === null ? new Set() : new Set([node, ...graph.neighbors(node)]);
    if (large) sigma.refresh({ partialGraph: { nodes: [...before, ...view.hoverNeighbours] }, skipIndexation: true });
    else sigma.refresh({ skipIndexation: true });
  };
  const onEnter = ({ node }: { node: string }) => hover(node);
  const onLeave = () => hover(null);
  const onClick = ({ node }: { node: string }) => options.onClickNode?.(node, graph.getNodeAttribute(node, "kind") as NodeKind);
  sigma.on("enterNode", onEnter);
  sigma.on("leaveNode", onLeave);
  sigma.on("clickNode", onClick);

  let layout: FA2Layout | null = null;
  let stopTimer: number | undefined;
  const relayout = () => {
    layout?.kill();
    window.clearTimeout(stopTimer);
    const settings = forceAtlas2.inferSettings(graph);
    // A graph may carry its own layout settings (the overview keeps unlinked groups in view with gravity).
    const own = (graph.getAttribute("layoutSettings") ?? {}) as Partial<typeof settings>;
    layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 500, slowDown: 4, edgeWeightInfluence: 1, ...own }, getEdgeWeight: "weight" });
    layout.start();
    container.dataset.layout = "running";
    // Stops by itself: a few seconds is enough for the sizes the server sends.
    stopTimer = window.setTimeout(
      () => {
        layout?.stop();
        sigma.getCamera().animatedReset({ duration: 300 });
        container.dataset.layout = "done";
        options.onLayoutDone?.();
      },
      Math.min(6000, 1500 + graph.order * 2),
    );
  };
  relayout();

  return {
    graph,
    sigma,
    view,
    relayout,
    kill() {
      window.clearTimeout(stopTimer);
      layout?.kill();
      sigma.off("enterNode", onEnter);
      sigma.off("leaveNode", onLeave);
      sigma.off("clickNode", onClick);
      sigma.kill();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export function createRenderer(container: HTMLElement, options: RendererOptions = {}): RendererController {
  let hidden: ReadonlySet<string> = new Set(options.hidden ?? []);
  let current: Mounted | null = null;

  return {
    show(graph) {
      current?.kill();
      current = mount(container, graph, hidden, options);
    },
    graph: () => current?.graph ?? null,
    sigma: () => current?.sigma ?? null,
    setHidden(kinds) {
      hidden = new Set(kinds);
      if (!current) return;
      current.view.hidden = hidden;
      current.sigma.refresh({ skipIndexation: true });
    },
    focus(nodes) {
      if (!current) return;
      const { graph, sigma, view } = current;
      view.focused = expandFocus(graph, nodes);
      sigma.refresh({ skipIndexation: true });
      const first = nodes.find((n) => graph.hasNode(n));
      const pos = first ? sigma.getNodeDisplayData(first) : undefined;
      if (pos) sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.6 }, { duration: 400 });
    },
    fit() {
      current?.sigma.getCamera().animatedReset({ duration: 300 });
    },
    relayout() {
      current?.relayout();
    },
    kill() {
      current?.kill();
      current = null;
    },
  };
}
