/*
 * Rendering benchmark page (bench.html, used by `npm run bench -- --stages client`): a synthetic graph
 * of ?nodes=10000&edges=30000 built by the app's own buildGraph and drawn by the app's renderer, so
 * the figure is the explorer's, on a graph far larger than the server sends by default. The layout
 * runs in its worker and stops by itself; the page then marks body[data-layout=done].
 */
import type { GraphPayload } from "../../graph-schema/api";
import { buildGraph } from "./graph/build";
import { createRenderer } from "./renderer";

const params = new URLSearchParams(location.search);
const nodeCount = Number(params.get("nodes") ?? 10_000);
const edgeCount = Number(params.get("edges") ?? 30_000);

// Seeded, so every run draws the same graph.
let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};

const kinds = ["Claim", "Claim", "Claim", "Entity", "Document"] as const;
const nodes: GraphPayload["nodes"] = Array.from({ length: nodeCount }, (_, i) => {
  const kind = kinds[i % kinds.length]!;
  return { id: `n${i}`, kind, label: `${kind} ${i}`, attributes: {} };
});
const types = ["MENTIONS", "MENTIONS", "CONTAINS", "SUPPORTS", "CONTRADICTS"] as const;
const seen = new Set<string>();
const edges: GraphPayload["edges"] = [];
while (edges.length < edgeCount) {
  // Mostly local links (communities of ~50), some long ones, as a claim graph has.
  const s = Math.floor(random() * nodeCount);
  const t = random() < 0.8 ? (s + 1 + Math.floor(random() * 50)) % nodeCount : Math.floor(random() * nodeCount);
  const key = `${s}-${t}`;
  if (s === t || seen.has(key)) continue;
  seen.add(key);
  edges.push({ id: `e${edges.length}`, type: types[edges.length % types.length]!, source: `n${s}`, target: `n${t}`, attributes: { confidence: 0.8 } });
}

const graph = buildGraph({ nodes, edges, stories: [], totalClaims: nodeCount, truncated: false });
const container = document.getElementById("graph")!;
const started = performance.now();
const renderer = createRenderer(container, {
  onLayoutDone: () => {
    document.body.dataset.layoutMs = String(Math.round(performance.now() - started));
    document.body.dataset.layout = "done";
  },
});
renderer.show(graph);
document.body.dataset.nodes = String(graph.order);
document.body.dataset.edges = String(graph.size);
(window as unknown as { benchRenderer: typeof renderer }).benchRenderer = renderer;
