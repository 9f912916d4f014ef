/*
 * A small graph payload as /api/graph sends it: two outlets, a document each, claims that contradict
 * across them, a speaker and a mention. Invented names; `payload(overrides)` adds or replaces parts.
 */

import type { GraphEdge, GraphNode, GraphPayload } from "../../../graph-schema/api";

const node = (id: string, kind: GraphNode["kind"], label: string, attributes: GraphNode["attributes"] = {}): GraphNode => ({ id, kind, label, attributes });
const edge = (type: GraphEdge["type"], source: string, target: string, attributes: GraphEdge["attributes"] = {}): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, attributes });

export const NODES: GraphNode[] = [
  node("src-harbour-gazette", "Source", "Harbour Gazette"),
  node("src-river-post", "Source", "River Post"),
  node("doc-aaaa", "Document", "Cranes idle at the port", { published: "2025-03-01" }),
  node("doc-bbbb", "Document", "Port says cranes are working", { published: "2025-03-02" }),
  node("clm-a1", "Claim", "The union said 17 cranes had been idle since the strike began.", { outlet: "Harbour Gazette" }),
  node("clm-a2", "Claim", "The union said the strike would last a week.", { outlet: "Harbour Gazette" }),
  node("clm-b1", "Claim", "The port authority said only 3 cranes were idle.", { outlet: "River Post" }),
  node("ent-port-authority", "Entity", "Port Authority", { type: "ORG" }),
];

export const EDGES: GraphEdge[] = [
  edge("PUBLISHED", "src-harbour-gazette", "doc-aaaa"),
  edge("PUBLISHED", "src-river-post", "doc-bbbb"),
  edge("CONTAINS", "doc-aaaa", "clm-a1"),
  edge("CONTAINS", "doc-aaaa", "clm-a2"),
  edge("CONTAINS", "doc-bbbb", "clm-b1"),
  edge("ATTRIBUTED_TO", "clm-b1", "ent-port-authority"),
  edge("CONTRADICTS", "clm-a1", "clm-b1", { confidence: 0.9, kind: "numeric" }),
];

export function payload(overrides: Partial<GraphPayload> = {}): GraphPayload {
  return { nodes: NODES, edges: EDGES, stories: [], totalClaims: 3, truncated: false, ...overrides };
}
