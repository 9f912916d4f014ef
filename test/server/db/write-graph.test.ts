/*
 * writeGraph against the real Neo4j, on the hand-built fixture graph: every node and relationship
 * written with the properties the read side needs, a second write converging to the same graph
 * (whatever the batch size), a rewritten document's stale claims, relations and story links
 * removed, and the stages' CREATE/MERGE split by which documents the database already holds.
 */

import { countGraph, graphStages, writeGraph } from "../../../server/src/db/write-graph";
import { claimGraph, DOC_A } from "../../helpers/claim-graph.fixtures";
import { dumpGraph } from "../../helpers/graph-dump";
import { useEmptyDatabase } from "../../helpers/neo4j";

const db = useEmptyDatabase();
const one = async (cypher: string) => (await db.driver.executeQuery(cypher, {}, { database: db.database })).records[0]!.toObject();

describe("writeGraph", () => {
  it("should write every node and relationship of the graph", async () => {
    const summary = await writeGraph(db.driver, db.database, claimGraph());
    expect(summary.rows).toBeGreaterThan(0);
    expect(await countGraph(db.driver, db.database)).toEqual({
      labels: { Claim: 4, Document: 2, Entity: 3, Source: 3, Story: 1 },
      relationships: { ATTRIBUTED_TO: 2, CITES: 1, CONTAINS: 4, CONTRADICTS: 1, DISPUTES: 1, IN_STORY: 2, MENTIONS: 1, PUBLISHED: 2, SUPPORTS: 1 },
    });
    // What the read side relies on: quantities as JSON text, outlet and date copied onto claims,
    // aliases joined for the full-text index, the story's summary.
    const claim = await one("MATCH (c:Claim {id: 'clm-gazette-figure'}) RETURN c.quantities AS q, c.measures AS m, c.outlet AS outlet, c.published AS published, c.timeDate AS time");
    expect({ ...claim, q: JSON.parse(claim.q as string) }).toEqual({ q: claimGraph().claims[0]!.quantities, m: ["ferries"], outlet: "Harbour Gazette", published: "2031-03-02", time: "2031-03-02" });
    expect(await one("MATCH (e:Entity {id: 'ent-port-authority'}) RETURN e.aliasText AS a")).toEqual({ a: "harbour authority" });
    expect(await one("MATCH (s:Story) RETURN s.documentCount AS n, s.title AS title, s.lastPublished AS last")).toEqual({ n: 2, title: DOC_A.title, last: "2031-03-03" });
    expect(await one("MATCH (:Claim)-[r:CONTRADICTS]->(:Claim) RETURN r.quotes AS quotes, r.engine IS NOT NULL AS stamped")).toEqual({
      quotes: [claimGraph().claims[0]!.text, claimGraph().claims[2]!.text],
      stamped: true,
    });
  });

  it("should converge to the same graph when written again, in any batch size", async () => {
    await writeGraph(db.driver, db.database, claimGraph());
    const first = await dumpGraph(db.driver, db.database);
    await writeGraph(db.driver, db.database, claimGraph(), { batchSize: 1, concurrency: 3 });
    expect(await dumpGraph(db.driver, db.database)).toEqual(first);
  });

  it("should remove what a rewritten document no longer yields", async () => {
    await writeGraph(db.driver, db.database, claimGraph());
    const full = claimGraph();
    const story = full.stories[0]!;
    // The later article, read again: it lost its strike claim (and so the echo), its stance, and it
    // left the story, which keeps the earlier article.
    await writeGraph(db.driver, db.database, {
      ...full,
      claims: full.claims.filter((c) => c.id !== "clm-herald-strike"),
      relations: full.relations.filter((r) => r.id === "rel-ferries"),
      stances: [],
      stories: [{ ...story, documentIds: [DOC_A.id], lastPublished: DOC_A.published }],
    });
    let counts = await countGraph(db.driver, db.database);
    expect(counts.labels.Claim).toBe(3);
    expect([counts.relationships.SUPPORTS, counts.relationships.DISPUTES]).toEqual([undefined, undefined]);
    expect([counts.relationships.CONTRADICTS, counts.relationships.IN_STORY]).toEqual([1, 1]);
    expect(await one("MATCH (s:Story) RETURN s.documentCount AS n, s.lastPublished AS last")).toEqual({ n: 1, last: "2031-03-02" });

    // A story left with no document is gone.
    await writeGraph(db.driver, db.database, { ...full, stories: [] });
    counts = await countGraph(db.driver, db.database);
    expect([counts.labels.Story, counts.relationships.IN_STORY]).toEqual([undefined, undefined]);
    expect(counts.relationships.SUPPORTS).toBe(1);
  });
});

describe("graphStages", () => {
  const names = (known?: Set<string>) => graphStages(claimGraph(), known).map((s) => `${s.name}: ${s.cypher.includes(" CREATE ") ? "CREATE" : s.cypher.includes(" MERGE ") ? "MERGE" : "-"}`);

  it("should MERGE every relationship when every document may be stored", () => {
    const stages = names();
    expect(stages).toContain("CONTRADICTS: MERGE");
    expect(stages.filter((s) => s.endsWith("CREATE"))).toEqual([]);
  });

  it("should CREATE the relationships of documents new to the database", () => {
    expect(names(new Set())).toEqual(expect.arrayContaining(["CONTAINS: CREATE", "CONTRADICTS: CREATE", "PUBLISHED: CREATE", "DISPUTES: CREATE"]));
    // A relation with one end in a stored document must MERGE: it may exist already.
    const mixed = names(new Set([DOC_A.id]));
    expect(mixed).toEqual(expect.arrayContaining(["CONTRADICTS: CREATE", "PUBLISHED: CREATE", "PUBLISHED (existing documents): MERGE"]));
  });
});
