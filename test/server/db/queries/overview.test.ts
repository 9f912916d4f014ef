/*
 * Stats and overview over the fixture graph in the real Neo4j: exact counts per label, type and
 * outlet, with the store's own index (Name, NameKey, IngestLock and their relationships) left out;
 * the outlet matrix and the timeline.
 */

import { readOverview, readStats } from "../../../../server/src/db/queries/overview";
import { readQuery } from "../../../../server/src/db/read-records";
import { useFixtureGraph } from "../../../helpers/claim-graph.fixtures";

const db = useFixtureGraph();
const q = () => readQuery(db.driver, db.database);

describe("readStats", () => {
  it("should count the graph model's labels, types and outlets only", async () => {
    // The store's own index, as write-names.ts and ingest-lock.ts keep it beside the graph.
    await db.driver.executeQuery(
      `MATCH (d:Document {id: 'doc-gazette'}), (e:Entity {id: 'ent-tessaly'})
       CREATE (d)-[:NAMES]->(n:Name {key: 'tessaly'})-[:NAME_OF]->(e), (k:NameKey {key: 'tessaly'})-[:KEYED]->(n), (:IngestLock {id: 'lock'})`,
      {},
      { database: db.database },
    );
    try {
      const stats = await readStats(q());
      expect(stats.labels).toEqual({ Source: 3, Document: 2, Claim: 4, Entity: 3, Story: 1 });
      expect(stats.relationships).toEqual({ PUBLISHED: 2, CITES: 1, CONTAINS: 4, ATTRIBUTED_TO: 2, MENTIONS: 1, IN_STORY: 2, CONTRADICTS: 1, SUPPORTS: 1, DISPUTES: 1 });
      expect(stats.outlets).toEqual([
        { outlet: "Coast Herald", documents: 1, claims: 2, contradictions: 1 },
        { outlet: "Harbour Gazette", documents: 1, claims: 2, contradictions: 1 },
      ]);
    } finally {
      await db.driver.executeQuery("MATCH (n) WHERE n:Name OR n:NameKey OR n:IngestLock DETACH DELETE n", {}, { database: db.database });
    }
  });
});

describe("readOverview", () => {
  it("should count conflicts and echoes per outlet pair and claims per date", async () => {
    expect(await readOverview(q())).toEqual({
      outlets: ["Coast Herald", "Harbour Gazette"],
      matrix: [{ a: "Coast Herald", b: "Harbour Gazette", contradicts: 1, supports: 1 }],
      timeline: [
        { date: "2031-03-02", outlet: "Harbour Gazette", claims: 2, contradicted: 1 },
        { date: "2031-03-03", outlet: "Coast Herald", claims: 2, contradicted: 1 },
      ],
    });
  });
});
