/*
 * Overview mode: a payload built into a graph and collapsed by outlet or by story. Groups count
 * their claims and documents; relations between groups become one weighted edge, coloured by the
 * side that outweighs; relations inside a group and structural edges leave no edge.
 */

import type { GraphEdge, GraphNode } from "../../../graph-schema/api";
import { buildGraph } from "../../../client/src/graph/build";
import { collapseGraph } from "../../../client/src/graph/collapse";
import { EDGE_STYLE } from "../../../client/src/graph/style";
import { EDGES, NODES, payload } from "./payload.fixtures";

const OUTLETS: Record<string, string> = { "doc-aaaa": "Harbour Gazette", "doc-bbbb": "River Post", "doc-cccc": "Lake Courier" };
/** The fixture's documents with their outlets (as /api/graph sends them), a third outlet with one claim. */
const nodes: GraphNode[] = [
  ...NODES.map((n) => (n.kind === "Document" ? { ...n, attributes: { ...n.attributes, outlet: OUTLETS[n.id]! } } : n)),
  { id: "doc-cccc", kind: "Document", label: "Lake view", attributes: { outlet: "Lake Courier" } },
  { id: "clm-c1", kind: "Claim", label: "The ferry company said 3 cranes were idle.", attributes: { outlet: "Lake Courier" } },
];
const extra = (type: GraphEdge["type"], source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, attributes: {} });
const edges: GraphEdge[] = [
  ...EDGES,
  extra("CONTAINS", "doc-cccc", "clm-c1"),
  extra("SUPPORTS", "clm-c1", "clm-b1"),
  extra("ECHOES", "doc-cccc", "clm-b1"),
  extra("CONTRADICTS", "clm-c1", "clm-a2"),
  // Inside one outlet: no edge in the overview.
  extra("SUPPORTS", "clm-a2", "clm-a1"),
];
const stories = [
  { id: "sty-port", title: "Cranes at the port", documentIds: ["doc-aaaa", "doc-bbbb"], documentCount: 2, firstPublished: null, lastPublished: null },
  { id: "sty-lake", title: "Lake ferries", documentIds: ["doc-cccc"], documentCount: 1, firstPublished: null, lastPublished: null },
];
const graph = () => buildGraph(payload({ nodes, edges, stories }));

describe("collapseGraph", () => {
  it("should make one node per outlet with its claim and document counts, and no other nodes", () => {
    const g = collapseGraph(graph(), "outlets");
    expect(g.nodes().sort()).toEqual(["outlet:Harbour Gazette", "outlet:Lake Courier", "outlet:River Post"]);
    expect(g.getNodeAttributes("outlet:Harbour Gazette")).toMatchObject({ kind: "Source", group: "outlet", name: "Harbour Gazette", claims: 2, documents: 1 });
    expect(g.getNodeAttribute("outlet:Lake Courier", "claims")).toBe(1);
    // The biggest group is drawn biggest.
    expect(g.getNodeAttribute("outlet:Harbour Gazette", "size")).toBeGreaterThan(g.getNodeAttribute("outlet:Lake Courier", "size") as number);
  });

  it("should weigh each outlet pair's edge by its conflicts and echoes, whichever way they point", () => {
    const g = collapseGraph(graph(), "outlets");
    expect(g.size).toBe(3);
    const edge = (a: string, b: string) => g.getEdgeAttributes(g.edge(`outlet:${a}`, `outlet:${b}`)!);
    expect(edge("Harbour Gazette", "River Post")).toMatchObject({ conflicts: 1, echoes: 0, weight: 1, relType: "CONTRADICTS", color: EDGE_STYLE.CONTRADICTS!.color });
    // One SUPPORTS and one article ECHOES between the Lake Courier and the River Post.
    expect(edge("River Post", "Lake Courier")).toMatchObject({ conflicts: 0, echoes: 2, weight: 2, relType: "SUPPORTS", color: EDGE_STYLE.SUPPORTS!.color });
    expect(edge("Lake Courier", "Harbour Gazette")).toMatchObject({ conflicts: 1, echoes: 0 });
    expect(edge("River Post", "Lake Courier").size).toBeGreaterThan(edge("Harbour Gazette", "River Post").size as number);
  });

  it("should group by story, named by the story's title", () => {
    const g = collapseGraph(graph(), "stories");
    expect(g.nodes().sort()).toEqual(["sty-lake", "sty-port"]);
    expect(g.getNodeAttributes("sty-port")).toMatchObject({ kind: "Story", group: "story", name: "Cranes at the port", claims: 3, documents: 2 });
    const e = g.getEdgeAttributes(g.edge("sty-port", "sty-lake")!);
    expect(e).toMatchObject({ conflicts: 1, echoes: 2 });
  });

  it("should leave claims outside every story out of the story overview", () => {
    const g = collapseGraph(buildGraph(payload({ nodes, edges, stories: [stories[0]!] })), "stories");
    expect(g.nodes()).toEqual(["sty-port"]);
    expect(g.size).toBe(0);
  });
});
