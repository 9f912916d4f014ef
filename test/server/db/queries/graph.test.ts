/*
 * The capped subgraph over the fixture graph in the real Neo4j: every node and edge of the shown
 * claims with their directions, the cap keeping the claims most in conflict, each filter, and the
 * stories of the shown documents.
 */

import { GraphQuerySchema, type GraphPayload } from "../../../../graph-schema";
import { readGraph } from "../../../../server/src/db/queries/graph";
import { readQuery } from "../../../../server/src/db/read-records";
import { useFixtureGraph } from "../../../helpers/claim-graph.fixtures";

const db = useFixtureGraph();
const graph = (query: Record<string, string | undefined> = {}) => readGraph(readQuery(db.driver, db.database), GraphQuerySchema.parse(query));
const ids = (g: GraphPayload, kind: string) => g.nodes.filter((n) => n.kind === kind).map((n) => n.id).sort();
const edges = (g: GraphPayload) => g.edges.map((e) => `${e.type} ${e.source} ${e.target}`).sort();

describe("readGraph", () => {
  it("should hold every claim with its documents, sources, entities and edges", async () => {
    const g = await graph();
    expect(ids(g, "Claim")).toEqual(["clm-gazette-figure", "clm-gazette-strike", "clm-herald-figure", "clm-herald-strike"]);
    expect(ids(g, "Document")).toEqual(["doc-gazette", "doc-herald"]);
    expect(ids(g, "Source")).toEqual(["src-coast-herald", "src-harbour-gazette", "src-river-wire"]);
    expect(ids(g, "Entity")).toEqual(["ent-ferry-company", "ent-port-authority", "ent-tessaly"]);
    expect(edges(g)).toEqual([
      "ATTRIBUTED_TO clm-gazette-figure ent-port-authority",
      "ATTRIBUTED_TO clm-herald-figure ent-ferry-company",
      "CITES doc-herald src-river-wire",
      "CONTAINS doc-gazette clm-gazette-figure",
      "CONTAINS doc-gazette clm-gazette-strike",
      "CONTAINS doc-herald clm-herald-figure",
      "CONTAINS doc-herald clm-herald-strike",
      "CONTRADICTS clm-gazette-figure clm-herald-figure",
      "DISPUTES doc-herald clm-gazette-figure",
      "MENTIONS clm-gazette-figure ent-tessaly",
      "PUBLISHED src-coast-herald doc-herald",
      "PUBLISHED src-harbour-gazette doc-gazette",
      "SUPPORTS clm-gazette-strike clm-herald-strike",
    ]);
    expect(g.edges.find((e) => e.type === "CONTRADICTS")!.attributes).toEqual({
      kind: "numeric",
      confidence: 0.9,
      reason: "40 idle ferries against 4",
      method: "rule",
      review: "unreviewed",
      reviewer: null,
      reviewedAt: null,
      relabel: null,
    });
    expect(g.nodes.find((n) => n.id === "doc-herald")).toEqual({
      id: "doc-herald",
      kind: "Document",
      label: "Ferries run as normal",
      attributes: { outlet: "Coast Herald", published: "2031-03-03", via: "River Wire" },
    });
    expect({ totalClaims: g.totalClaims, truncated: g.truncated }).toEqual({ totalClaims: 4, truncated: false });
  });

  it("should keep the claims most in conflict under the cap", async () => {
    const g = await graph({ limit: "2" });
    // Both figures are in a contradiction (weight 2); the strike claims only in an echo (weight 1).
    expect(ids(g, "Claim")).toEqual(["clm-gazette-figure", "clm-herald-figure"]);
    expect({ totalClaims: g.totalClaims, truncated: g.truncated }).toEqual({ totalClaims: 4, truncated: true });
  });

  it.each([
    { filter: { outlet: "Coast Herald" }, claims: ["clm-herald-figure", "clm-herald-strike"] },
    { filter: { entity: "ent-tessaly" }, claims: ["clm-gazette-figure"] },
    { filter: { text: "STRIKE" }, claims: ["clm-gazette-strike", "clm-herald-strike"] },
    { filter: { from: "2031-03-03" }, claims: ["clm-herald-figure", "clm-herald-strike"] },
    // A partial date `to` takes in the whole month.
    { filter: { to: "2031-03" }, claims: ["clm-gazette-figure", "clm-gazette-strike", "clm-herald-figure", "clm-herald-strike"] },
    { filter: { to: "2031-02" }, claims: [] },
    { filter: { linkedOnly: "true", minConfidence: "0.8" }, claims: ["clm-gazette-figure", "clm-herald-figure"] },
    { filter: { linkedOnly: "true", relation: "SUPPORTS" }, claims: ["clm-gazette-strike", "clm-herald-strike"] },
  ])("should filter by $filter", async ({ filter, claims }) => {
    expect(ids(await graph(filter), "Claim")).toEqual(claims);
  });

  it("should leave out stances and other relation types under a relation filter", async () => {
    const g = await graph({ relation: "SUPPORTS" });
    expect(g.edges.filter((e) => ["CONTRADICTS", "DISPUTES", "ECHOES"].includes(e.type))).toEqual([]);
    expect(g.edges.filter((e) => e.type === "SUPPORTS")).toHaveLength(1);
  });

  it("should list the stories of the shown documents", async () => {
    expect((await graph()).stories).toEqual([
      { id: "sty-ferries", title: "Ferry fleet halted at Tessaly", documentIds: ["doc-gazette", "doc-herald"], documentCount: 2, firstPublished: "2031-03-02", lastPublished: "2031-03-03" },
    ]);
    // Only the shown documents are listed; the count is the story's in the database.
    const one = await graph({ outlet: "Coast Herald" });
    expect(one.stories.map((s) => [s.documentIds, s.documentCount])).toEqual([[["doc-herald"], 2]]);
  });
});
