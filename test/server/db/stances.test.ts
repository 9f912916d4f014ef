/*
 * Integration: the relation judge's document stances go from invented articles through the pipeline
 * into the real Neo4j and come back through the API's claim detail; a re-ingest without the judge
 * removes them (stale-stance cleanup), and a graph file from before the judge still loads.
 */
import request from "supertest";
import { ClaimGraphSchema } from "../../../graph-schema";
import { createApp } from "../../../server/src/app";
import { ingestPaths } from "../../../server/src/services/ingest";
import { appDeps } from "../../helpers/app";
import { useEmptyDatabase } from "../../helpers/neo4j";

const CORPUS = "test/fixtures/stance-corpus";
const db = useEmptyDatabase();

async function stanceRows(): Promise<Array<{ type: string; outlet: string; claimOutlet: string; quote: string; method: string }>> {
  const { records } = await db.driver.executeQuery(
    `MATCH (d:Document)-[s:DISPUTES|ECHOES]->(c:Claim)
     RETURN type(s) AS type, d.outlet AS outlet, c.outlet AS claimOutlet, s.quote AS quote, s.method AS method ORDER BY s.id`,
    {},
    { database: db.database },
  );
  return records.map((r) => r.toObject() as { type: string; outlet: string; claimOutlet: string; quote: string; method: string });
}

describe("document stances in Neo4j", () => {
  it("should write the debunking outlet's DISPUTES edges to the reporting outlet's claims, with the debunking sentence as evidence", async () => {
    const result = await ingestPaths([CORPUS], { ...db });
    expect(result.graph.stances.length).toBeGreaterThan(0);
    // The debunk shares the report's words but calls it a hoax: no echo between the two.
    expect(result.graph.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
    const rows = await stanceRows();
    expect(rows.length).toBe(result.graph.stances.length);
    for (const r of rows) {
      expect(r).toMatchObject({ type: "DISPUTES", outlet: "Coastal Fact Check", claimOutlet: "Harbor Daily Gazette", method: "judge" });
      expect(r.quote).toMatch(/hoax|not|fake|false/i);
    }
  });

  it("should list the stances in the claim detail and draw them in the graph", async () => {
    const result = await ingestPaths([CORPUS], { ...db });
    const disputed = result.graph.stances[0]!;
    const app = createApp(appDeps(db.driver, db.database));
    const res = await request(app).get(`/api/claims/${disputed.claimId}`).expect(200);
    expect(res.body.stances).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "DISPUTES", outlet: "Coastal Fact Check", method: "judge", quote: disputed.evidence.quote })]),
    );
    // And the graph view draws them, from the disputing article to the claim.
    const graph = await request(app).get("/api/graph").expect(200);
    expect(graph.body.edges).toEqual(expect.arrayContaining([expect.objectContaining({ id: disputed.id, type: "DISPUTES", source: disputed.documentId, target: disputed.claimId })]));
  });

  it("should remove stances a re-ingest no longer finds", async () => {
    await ingestPaths([CORPUS], { ...db });
    expect((await stanceRows()).length).toBeGreaterThan(0);
    await ingestPaths([CORPUS], { ...db, judge: null });
    expect(await stanceRows()).toEqual([]);
  });

  it("should read a graph file written before stances existed", () => {
    const old = { version: 1, sources: [], documents: [], entities: [], claims: [], mentions: [], relations: [], diagnostics: [] };
    expect(ClaimGraphSchema.parse(old).stances).toEqual([]);
  });
});
