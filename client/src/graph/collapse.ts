/*
 * Overview mode: the claim graph collapsed into its outlets or its stories. Claims and documents
 * (graphology-operators' subgraph) are grouped by outlet or story; each group becomes one node and
 * the CONTRADICTS, SUPPORTS, DISPUTES and ECHOES edges between two groups become one undirected edge
 * weighted by how many of each it stands for. The grouping uses graphology's upserts (updateNode,
 * updateUndirectedEdge), which create a group or an edge on first sight and add to it after.
 */

import Graph from "graphology";
import { subgraph } from "graphology-operators";
import type { Attributes } from "graphology-types";
import { hash01 } from "./build";
import { EDGE_STYLE, NODE_STYLE, shorten } from "./style";

export const COLLAPSE_MODES = ["outlets", "stories"] as const;
export type CollapseMode = (typeof COLLAPSE_MODES)[number];

/** The relations an overview edge counts, and which side of the balance each falls on. */
const CONFLICT_TYPES = new Set(["CONTRADICTS", "DISPUTES"]);
const ECHO_TYPES = new Set(["SUPPORTS", "ECHOES"]);

export const STORY_GROUP_COLOR = "#2a9d8f";
const UNKNOWN = "unknown";
const LABEL_ALL_BELOW = 60;

/** The group a claim or document falls in; documents and claims outside every story form none. */
function groupOf(mode: CollapseMode, a: Attributes): { id: string; name: string } | null {
  if (mode === "outlets") {
    const outlet = typeof a.outlet === "string" && a.outlet !== "" ? a.outlet : UNKNOWN;
    return { id: `outlet:${outlet}`, name: outlet };
  }
  return typeof a.story === "string" ? { id: a.story, name: typeof a.storyTitle === "string" ? a.storyTitle : a.story } : null;
}

const count = (v: unknown) => (typeof v === "number" ? v : 0);

/** The overview of `graph` (as buildGraph makes it) by outlet or by story. */
export function collapseGraph(graph: Graph, mode: CollapseMode): Graph {
  const parts = subgraph(graph, (_key, a) => (a.kind === "Claim" || a.kind === "Document") && groupOf(mode, a) !== null);
  const out = new Graph({ type: "undirected", multi: false });
  parts.forEachNode((_key, a) => {
    const { id, name } = groupOf(mode, a)!;
    out.updateNode(id, (g) => ({ ...g, name, claims: count(g.claims) + (a.kind === "Claim" ? 1 : 0), documents: count(g.documents) + (a.kind === "Document" ? 1 : 0) }));
  });
  parts.forEachEdge((_key, a, _s, _t, sa, ta) => {
    const type = a.relType as string;
    if (!CONFLICT_TYPES.has(type) && !ECHO_TYPES.has(type)) return;
    const from = groupOf(mode, sa)!.id;
    const to = groupOf(mode, ta)!.id;
    if (from === to) return;
    out.updateUndirectedEdge(from, to, (e) => ({ ...e, [type]: count(e[type]) + 1 }));
  });
  // Strong gravity keeps groups with no link between them near the rest instead of drifting off.
  out.setAttribute("layoutSettings", { strongGravityMode: true, gravity: 0.5, scalingRatio: 20 });
  const maxClaims = Math.max(1, ...out.mapNodes((_n, a) => count(a.claims)));
  out.updateEachNodeAttributes((id, a) => {
    const angle = hash01(id) * Math.PI * 2;
    return {
      ...a,
      kind: mode === "outlets" ? "Source" : "Story",
      group: mode === "outlets" ? "outlet" : "story",
      fullLabel: `${a.name as string}: ${count(a.claims)} claims in ${count(a.documents)} documents`,
      label: `${shorten(a.name as string, 32)} (${count(a.claims)})`,
      color: mode === "outlets" ? NODE_STYLE.Source!.color : STORY_GROUP_COLOR,
      size: 6 + 14 * Math.sqrt(count(a.claims) / maxClaims),
      x: Math.cos(angle) * 5 + hash01(`${id}x`),
      y: Math.sin(angle) * 5 + hash01(`${id}y`),
      // A few dozen groups are all named; beyond that Sigma's label grid picks.
      forceLabel: out.order <= LABEL_ALL_BELOW,
      type: "circle",
    };
  });
  out.updateEachEdgeAttributes((_e, a) => {
    const conflicts = count(a.CONTRADICTS) + count(a.DISPUTES);
    const echoes = count(a.SUPPORTS) + count(a.ECHOES);
    const relType = conflicts >= echoes ? "CONTRADICTS" : "SUPPORTS";
    return {
      ...a,
      conflicts,
      echoes,
      relType,
      weight: conflicts + echoes,
      color: EDGE_STYLE[relType]!.color,
      size: 1 + 2 * Math.log2(1 + conflicts + echoes),
      label: `${conflicts} ≠ · ${echoes} =`,
      type: "line",
    };
  });
  return out;
}
