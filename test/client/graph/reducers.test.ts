/*
 * The reducers: hidden kinds and types win over everything, an edge goes with a hidden end, focus
 * dims the rest, hover wins over focus on small graphs and only lifts on large ones; the graph's
 * data is never changed. expandFocus adds a focused claim's document and outlet.
 */

import { buildGraph } from "../../../client/src/graph/build";
import { DIMMED_COLOR, emptyView, expandFocus, reduceEdge, reduceNode, type HighlightView } from "../../../client/src/graph/reducers";
import { payload } from "./payload.fixtures";

const graph = buildGraph(payload());
const view = (over: Partial<HighlightView>): HighlightView => ({ ...emptyView(), ...over });
const node = (v: HighlightView, id: string) => reduceNode(v, id, graph.getNodeAttributes(id));
const edge = (v: HighlightView, id: string) => reduceEdge(v, graph, id, graph.getEdgeAttributes(id));
const CONTRA = "CONTRADICTS:clm-a1->clm-b1";
const CONTAINS = "CONTAINS:doc-aaaa->clm-a1";

describe("reduceNode", () => {
  it("should draw every node as it is when nothing is hidden, focused or hovered", () => {
    graph.forEachNode((id, attrs) => expect(node(emptyView(), id)).toEqual(attrs));
  });

  it("should hide the nodes of a hidden kind, even focused or hovered ones", () => {
    const v = view({ hidden: new Set(["Claim"]), focused: new Set(["clm-a1"]), hovered: "clm-a1", hoverNeighbours: new Set(["clm-a1"]) });
    expect(node(v, "clm-a1").hidden).toBe(true);
    expect(node(v, "doc-aaaa").hidden).toBeUndefined();
  });

  it("should dim and unlabel what is outside the focus and highlight what is in it", () => {
    const v = view({ focused: new Set(["clm-a1"]) });
    expect(node(v, "clm-b1")).toMatchObject({ color: DIMMED_COLOR, label: "", zIndex: 0 });
    expect(node(v, "clm-a1")).toMatchObject({ highlighted: true, zIndex: 2, forceLabel: true });
  });

  it("should let hover win over focus on a small graph", () => {
    const v = view({ focused: new Set(["clm-a1"]), hovered: "clm-b1", hoverNeighbours: new Set(["clm-b1", "clm-a1"]) });
    expect(node(v, "clm-b1")).toMatchObject({ highlighted: true, forceLabel: false });
    expect(node(v, "clm-a2").color).toBe(DIMMED_COLOR);
  });

  it("should only lift the hovered neighbourhood on a large graph, leaving the rest undimmed", () => {
    const v = view({ large: true, hovered: "clm-b1", hoverNeighbours: new Set(["clm-b1", "clm-a1"]) });
    expect(node(v, "clm-a1")).toMatchObject({ highlighted: true, zIndex: 2 });
    expect(node(v, "clm-a2").color).toBe(graph.getNodeAttribute("clm-a2", "color"));
  });

  it("should never change the graph's own attributes", () => {
    const before = JSON.stringify(graph.export());
    node(view({ focused: new Set(["clm-a1"]), hidden: new Set(["Entity"]) }), "clm-b1");
    edge(view({ hidden: new Set(["CONTRADICTS"]) }), CONTRA);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("reduceEdge", () => {
  it("should hide an edge of a hidden type and an edge with an end of a hidden kind", () => {
    expect(edge(view({ hidden: new Set(["CONTRADICTS"]) }), CONTRA).hidden).toBe(true);
    expect(edge(view({ hidden: new Set(["Document"]) }), CONTAINS).hidden).toBe(true);
    expect(edge(view({ hidden: new Set(["Document"]) }), CONTRA).hidden).toBeUndefined();
  });

  it("should hide an edge that leaves the focus and keep one inside it", () => {
    const v = view({ focused: new Set(["clm-a1", "clm-b1"]) });
    expect(edge(v, CONTRA).hidden).toBeUndefined();
    expect(edge(v, CONTAINS).hidden).toBe(true);
  });
});

describe("expandFocus", () => {
  it("should add a focused claim's document and that document's outlet", () => {
    expect([...expandFocus(graph, ["clm-b1"])].sort()).toEqual(["clm-b1", "doc-bbbb", "src-river-post"]);
  });

  it("should leave out ids that are not drawn and not climb from an entity", () => {
    expect([...expandFocus(graph, ["ent-port-authority", "clm-absent"])]).toEqual(["ent-port-authority"]);
  });
});
