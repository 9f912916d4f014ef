/*
 * API payload → graphology graph, with display attributes and a deterministic initial position
 * (documents around their outlet, claims around their document) so the layout starts untangled.
 * A claim-to-claim edge takes its look from its review (style.ts); one relabelled to the other type
 * is drawn as that type, one relabelled to neither like a rejected one.
 */

const CLAIM_RELATIONS = new Set(["CONTRADICTS", "SUPPORTS"]);

/** The review state an edge is drawn and counted by; edges that carry none (a Cypher result's) count as the engine's. */
export function reviewOf(attributes: Record<string, unknown>): string | null {
  if (!CLAIM_RELATIONS.has(attributes.relType as string)) return null;
  return typeof attributes.review === "string" && attributes.review in REVIEW_STYLE ? attributes.review : "unreviewed";
}

function reviewLook(type: string, review: string | null, relabel: unknown): { relType: string; color: string; size: number } {
  const base = EDGE_STYLE[type]!;
  if (review === null) return { relType: type, color: base.color, size: base.size };
  const shown = review === "relabelled" && typeof relabel === "string" && CLAIM_RELATIONS.has(relabel) ? relabel : type;
  const size = EDGE_STYLE[shown]!.size * REVIEW_STYLE[review]!.sizeFactor;
  if (review === "rejected" || (review === "relabelled" && shown !== relabel)) return { relType: shown, color: REJECTED_COLOR, size };
  return { relType: shown, color: review === "unreviewed" ? EDGE_STYLE[shown]!.color : CONFIRMED_COLOR[shown]!, size };
}

import Graph from "graphology";
import type { GraphPayload } from "../../../graph-schema/api";
import { shortLabel } from "./short-label";
import { CONFIRMED_COLOR, EDGE_STYLE, NODE_STYLE, REJECTED_COLOR, REVIEW_STYLE, shorten } from "./style";

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
      label: n.kind === "Claim" ? shortLabel({ ...n.attributes, text: n.label }) : shorten(n.label, 40),
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
    const conflict = e.type === "CONTRADICTS" || e.type === "SUPPORTS" || e.type === "DISPUTES" || e.type === "ECHOES";
    const look = reviewLook(e.type, reviewOf({ ...e.attributes, relType: e.type }), e.attributes.relabel);
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      ...e.attributes,
      type: conflict ? "arrow" : "line",
      ...look,
      weight: conflict ? 3 : 1,
    });
  }
  markStories(g, payload.stories);
  return g;
}

/** Each document of a story, and each claim of such a document, carries the story's id and title. */
function markStories(g: Graph, stories: GraphPayload["stories"]): void {
  for (const st of stories) {
    for (const doc of st.documentIds) {
      if (!g.hasNode(doc)) continue;
      const mark = { story: st.id, storyTitle: st.title };
      g.mergeNodeAttributes(doc, mark);
      // Its own claims only: a document also points at other stories' claims it disputes or echoes.
      g.forEachOutEdge(doc, (_e, a, _s, claim) => {
        if (a.relType === "CONTAINS") g.mergeNodeAttributes(claim, mark);
      });
    }
  }
}

/** Counts per node kind, edge type and claim-to-claim review state, for the legend. */
export function countTypes(g: Graph): { nodes: Record<string, number>; edges: Record<string, number>; reviews: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  const reviews: Record<string, number> = {};
  const add = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  g.forEachNode((_, a) => add(nodes, a.kind as string));
  g.forEachEdge((_, a) => {
    add(edges, a.relType as string);
    const review = reviewOf(a);
    if (review !== null) add(reviews, review);
  });
  return { nodes, edges, reviews };
}
