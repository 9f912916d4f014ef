/*
 * What Sigma draws for each node and edge, given what is hidden, focused and hovered. Pure: the
 * reducers return display attributes and never touch the graph's data, so a highlight is undone by
 * refreshing with an empty view rather than by restoring colours.
 */

import type Graph from "graphology";
import type { Attributes } from "graphology-types";

export interface HighlightView {
  /** Node kinds and edge types switched off in the legend. */
  hidden: ReadonlySet<string>;
  focused: ReadonlySet<string>;
  hovered: string | null;
  /** The hovered node and its neighbours. */
  hoverNeighbours: ReadonlySet<string>;
  /** Large graphs do not dim on hover: restyling every node per mouse move costs a frame. */
  large: boolean;
}

export const DIMMED_COLOR = "#e6e8ec";

export function emptyView(large = false): HighlightView {
  return { hidden: new Set(), focused: new Set(), hovered: null, hoverNeighbours: new Set(), large };
}

/** Hover wins over focus on small graphs; on large ones focus stays and hover only lifts. */
function litNodes(view: HighlightView): ReadonlySet<string> | null {
  if (view.hovered && !view.large) return view.hoverNeighbours;
  return view.focused.size ? view.focused : null;
}

export function reduceNode(view: HighlightView, node: string, data: Attributes): Attributes {
  const res: Attributes = { ...data };
  if (view.hidden.has(data.kind as string)) return { ...res, hidden: true };
  // The hovered node shows its whole text: claims are drawn under a short label (short-label.ts).
  if (view.hovered === node && typeof data.fullLabel === "string") res.label = data.fullLabel;
  const lit = litNodes(view);
  if (view.large && view.hovered && view.hoverNeighbours.has(node)) {
    res.highlighted = true;
    res.zIndex = 2;
  }
  if (lit && !lit.has(node)) {
    res.color = DIMMED_COLOR;
    res.label = "";
    res.zIndex = 0;
  } else if (lit) {
    res.highlighted = true;
    res.zIndex = 2;
    res.forceLabel = view.focused.has(node) && !view.hovered;
  }
  return res;
}

/** An edge is hidden with its type, with either end's kind, or when it leaves the lit set. */
export function reduceEdge(view: HighlightView, graph: Graph, edge: string, data: Attributes): Attributes {
  const res: Attributes = { ...data };
  if (view.hidden.has(data.relType as string)) return { ...res, hidden: true };
  const [s, t] = graph.extremities(edge);
  if (view.hidden.has(graph.getNodeAttribute(s, "kind") as string) || view.hidden.has(graph.getNodeAttribute(t, "kind") as string)) return { ...res, hidden: true };
  const lit = litNodes(view);
  if (lit && !(lit.has(s) && lit.has(t))) res.hidden = true;
  return res;
}

/**
 * The nodes a focus lights: the given ones that are drawn, plus the documents their claims stand in
 * and the outlets of those documents, so a focused claim is seen with where it was published.
 */
export function expandFocus(graph: Graph, nodes: readonly string[]): Set<string> {
  const focused = new Set(nodes.filter((n) => graph.hasNode(n)));
  const kind = (n: string) => graph.getNodeAttribute(n, "kind") as string;
  for (const n of [...focused]) if (kind(n) === "Claim") for (const m of graph.neighbors(n)) if (kind(m) === "Document") focused.add(m);
  for (const n of [...focused]) if (kind(n) === "Document") for (const m of graph.neighbors(n)) if (kind(m) === "Source") focused.add(m);
  return focused;
}
