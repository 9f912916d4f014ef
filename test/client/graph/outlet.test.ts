/* An outlet as drawn: its documents, their claims, and the other outlets its claims contradict. */

import { buildGraph } from "../../../client/src/graph/build";
import { outletSummary } from "../../../client/src/graph/outlet";
import { EDGES, payload } from "./payload.fixtures";

describe("outletSummary", () => {
  it("should list the outlet's documents, their claims and the outlets that contradict them", () => {
    expect(outletSummary(buildGraph(payload()), "src-harbour-gazette")).toEqual({
      id: "src-harbour-gazette",
      name: "Harbour Gazette",
      documents: ["doc-aaaa"],
      claims: ["clm-a1", "clm-a2"],
      conflictsWith: ["River Post"],
    });
  });

  it("should count a contradiction from either side of the edge", () => {
    expect(outletSummary(buildGraph(payload()), "src-river-post").conflictsWith).toEqual(["Harbour Gazette"]);
  });

  it("should not count a supporting edge or an outlet contradicting itself", () => {
    const edges = EDGES.map((e) => (e.type === "CONTRADICTS" ? { ...e, type: "SUPPORTS" as const } : e));
    expect(outletSummary(buildGraph(payload({ edges })), "src-harbour-gazette").conflictsWith).toEqual([]);
    const self = [...EDGES, { id: "inner", type: "CONTRADICTS" as const, source: "clm-a1", target: "clm-a2", attributes: {} }];
    const g = buildGraph(payload({ edges: self.filter((e) => e.target !== "clm-b1" || e.type !== "CONTRADICTS") }));
    expect(outletSummary(g, "src-harbour-gazette").conflictsWith).toEqual([]);
  });
});
