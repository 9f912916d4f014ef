/*
 * API payload → graphology graph, with display attributes and a deterministic initial position
 * (documents around their outlet, claims around their document) so the layout starts untangled.
 */

import Graph from "graphology";
import type { GraphPayload } from "../../../graph-schema/api";
import { EDGE_STYLE, NODE_STYLE, shorten } from "./style";

export function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

export function buildGraph(payload: GraphPayload): Graph {
  const g = new Graph({ multi: false, type: "directed" });
  for (const n of payload.nodes) {
    const style = NODE_STYLE[n.kind]!;
    const angle = hash01(n.id) * Math.PI * 2;
    const radius = n.kind === "Source" ? 1 : n.kind === "Document" ? 3 : n.kind === "Claim" ? 6 : 9;
    g.addNode(n.id, {
      kind: n.kind,
      fullLabel: n.label,
      label: n.kind === "Claim" ? shorten(n.label, 50) : shorten(n.label, 40),
      color: style.color,
      size: style.size,
      x: Math.cos(angle) * radius + hash01(`${n.id}x`),
      y: Math.sin(angle) * radius + hash01(`${n.id}y`),
      // Sigma reads `type` as the render program; the entity's type is kept as entityType.
      ...Object.fromEntries(Object.entries(n.attributes).map(([k, v]) => [k === "type" ? "entityType" : k, v])),
      type: "circle",
    });
  }
  for (const e of payload.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.source, e.target)) continue;
    const style = EDGE_STYLE[e.type]!;
    const conflict = e.type === "CONTRADICTS" || e.type === "SUPPORTS" || e.type === "DISPUTES" || e.type === "ECHOES";
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      type: conflict ? "arrow" : "line",
      relType: e.type,
      color: style.color,
      size: style.size,
      weight: conflict ? 3 : 1,
      ...e.attributes,
    });
  }
  return g;
}

/** Counts per node kind and edge type, for the legend. */
export function countTypes(g: Graph): { nodes: Record<string, number>; edges: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  g.forEachNode((_, a) => (nodes[a.kind as string] = (nodes[a.kind as string] ?? 0) + 1));
  g.forEachEdge((_, a) => (edges[a.relType as string] = (edges[a.relType as string] ?? 0) + 1));
  return { nodes, edges };
}
