/*
 * Payload → graphology: every node and edge kept with its display attributes, the entity's type
 * moved out of Sigma's `type`, edges to missing nodes and repeated pairs dropped, positions
 * deterministic, and the legend's counts per kind and type.
 */

import { buildGraph, countTypes, hash01 } from "../../../client/src/graph/build";
import { CONFIRMED_COLOR, EDGE_STYLE, NODE_STYLE, REJECTED_COLOR } from "../../../client/src/graph/style";
import { EDGES, NODES, payload } from "./payload.fixtures";

describe("buildGraph", () => {
  it("should keep every node and edge with the colour of its kind or type", () => {
    const g = buildGraph(payload());
    expect(g.order).toBe(NODES.length);
    expect(g.size).toBe(EDGES.length);
    expect(g.getNodeAttribute("clm-a1", "color")).toBe(NODE_STYLE.Claim!.color);
    expect(g.getEdgeAttribute("CONTRADICTS:clm-a1->clm-b1", "color")).toBe(EDGE_STYLE.CONTRADICTS!.color);
  });

  it("should draw claim-to-claim edges as arrows and structural ones as lines", () => {
    const g = buildGraph(payload());
    expect(g.getEdgeAttribute("CONTRADICTS:clm-a1->clm-b1", "type")).toBe("arrow");
    expect(g.getEdgeAttribute("CONTAINS:doc-aaaa->clm-a1", "type")).toBe("line");
  });

  it("should keep the entity's type as entityType, since Sigma reads type as the render program", () => {
    const g = buildGraph(payload());
    expect(g.getNodeAttribute("ent-port-authority", "entityType")).toBe("ORG");
    expect(g.getNodeAttribute("ent-port-authority", "type")).toBe("circle");
  });

  it("should shorten long claim labels and keep the full text apart", () => {
    const long = "x".repeat(80);
    const g = buildGraph(payload({ nodes: [{ id: "clm-long", kind: "Claim", label: long, attributes: {} }], edges: [] }));
    expect((g.getNodeAttribute("clm-long", "label") as string).length).toBe(50);
    expect(g.getNodeAttribute("clm-long", "fullLabel")).toBe(long);
  });

  it("should drop edges whose ends were not sent and a second edge between the same pair", () => {
    const g = buildGraph(
      payload({
        edges: [
          ...EDGES,
          { id: "dangling", type: "MENTIONS", source: "clm-a1", target: "ent-absent", attributes: {} },
          { id: "again", type: "SUPPORTS", source: "clm-a1", target: "clm-b1", attributes: {} },
        ],
      }),
    );
    expect(g.size).toBe(EDGES.length);
    expect(g.hasEdge("dangling")).toBe(false);
    expect(g.hasEdge("again")).toBe(false);
  });

  it("should place nodes the same way every time", () => {
    const a = buildGraph(payload());
    const b = buildGraph(payload());
    a.forEachNode((n, attrs) => expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, "x"), b.getNodeAttribute(n, "y")]));
    expect(hash01("clm-a1")).toBeGreaterThanOrEqual(0);
    expect(hash01("clm-a1")).toBeLessThan(1);
    expect(hash01("clm-a1")).not.toBe(hash01("clm-a2"));
  });
});

describe("countTypes", () => {
  it("should count nodes per kind and edges per type", () => {
    expect(countTypes(buildGraph(payload()))).toEqual({
      nodes: { Source: 2, Document: 2, Claim: 3, Entity: 1 },
      edges: { PUBLISHED: 2, CONTAINS: 3, ATTRIBUTED_TO: 1, CONTRADICTS: 1 },
      reviews: { unreviewed: 1 },
    });
  });
});

describe("review looks", () => {
  const claims = NODES.filter((n) => n.kind === "Claim");
  const relation = (source: string, target: string, review: string, relabel: string | null = null) => ({
    id: `rel-${source}-${target}`,
    type: "CONTRADICTS" as const,
    source,
    target,
    attributes: { review, relabel },
  });
  const g = buildGraph(
    payload({
      nodes: claims,
      edges: [relation("clm-a1", "clm-b1", "confirmed"), relation("clm-a2", "clm-b1", "unreviewed"), relation("clm-b1", "clm-a2", "rejected"), relation("clm-a1", "clm-a2", "relabelled", "SUPPORTS"), relation("clm-a2", "clm-a1", "relabelled", "NONE")],
    }),
  );

  it.each([
    ["confirmed: darker and bolder than the engine's", "rel-clm-a1-clm-b1", "CONTRADICTS", CONFIRMED_COLOR.CONTRADICTS, EDGE_STYLE.CONTRADICTS!.size * 1.8],
    ["unreviewed: the type's own colour", "rel-clm-a2-clm-b1", "CONTRADICTS", EDGE_STYLE.CONTRADICTS!.color, EDGE_STYLE.CONTRADICTS!.size],
    ["rejected: grey", "rel-clm-b1-clm-a2", "CONTRADICTS", REJECTED_COLOR, EDGE_STYLE.CONTRADICTS!.size * 0.8],
    ["relabelled to the other type: drawn as that type", "rel-clm-a1-clm-a2", "SUPPORTS", CONFIRMED_COLOR.SUPPORTS, EDGE_STYLE.SUPPORTS!.size * 1.8],
    ["relabelled to neither: grey", "rel-clm-a2-clm-a1", "CONTRADICTS", REJECTED_COLOR, EDGE_STYLE.CONTRADICTS!.size * 1.8],
  ])("should draw %s", (_what, id, relType, color, size) => {
    expect(g.getEdgeAttributes(id)).toMatchObject({ relType, color, size });
  });

  it("should count each review state for the legend", () => {
    expect(countTypes(g).reviews).toEqual({ confirmed: 1, unreviewed: 1, rejected: 1, relabelled: 2 });
  });
});
