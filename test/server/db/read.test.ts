/*
 * The read store put together, over the fixture graph in the real Neo4j: cached answers are the
 * same object while the graph is unchanged (the API's serialised-answer cache relies on it) and
 * fresh after invalidate(); a malformed stored value is a StoredRecordError naming the claim and
 * the field, and through the API a 500 that does not leak it.
 */

import request from "supertest";
import { createApp } from "../../../server/src/app";
import { createReadStore } from "../../../server/src/db/read";
import { StoredRecordError } from "../../../server/src/db/read-records";
import { appDeps } from "../../helpers/app";
import { useFixtureGraph } from "../../helpers/claim-graph.fixtures";

const db = useFixtureGraph();
const run = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });

describe("read store", () => {
  it("should hand out one answer while the graph is unchanged and a fresh one after invalidate", async () => {
    const store = createReadStore(db.driver, db.database);
    const first = await store.stats();
    expect(await store.stats()).toBe(first);
    await run("MATCH (d:Document {id: 'doc-herald'}) SET d.outlet = 'Coast Herald Weekly'");
    // Same counts, same version: the cached answer stands until told.
    expect(await store.stats()).toBe(first);
    store.invalidate();
    const fresh = await store.stats();
    expect(fresh.outlets.map((o) => o.outlet)).toEqual(["Coast Herald Weekly", "Harbour Gazette"]);
    await run("MATCH (d:Document {id: 'doc-herald'}) SET d.outlet = 'Coast Herald'");
  });

  it("should search the fixture in memory once warm, as through the full-text indexes", async () => {
    const memory = createReadStore(db.driver, db.database);
    await memory.warmSearch();
    const fulltext = createReadStore(db.driver, db.database, { searchIndexMax: 0 });
    const ids = async (store: typeof memory) => (await store.search("ferr", 10)).claims.map((c) => c.id).sort();
    expect(await ids(memory)).toEqual(["clm-gazette-figure", "clm-herald-figure"]);
    expect(await ids(fulltext)).toEqual(await ids(memory));
  });

  describe("a malformed stored quantity", () => {
    beforeAll(async () => {
      await run("MATCH (c:Claim {id: 'clm-herald-figure'}) SET c.quantities = '[{\"text\": \"4 ferries\", \"low\": '");
    });
    afterAll(async () => {
      await run("MATCH (c:Claim {id: 'clm-herald-figure'}) SET c.quantities = '[]'");
    });

    it("should fail the claim's read naming the claim and the field", async () => {
      const store = createReadStore(db.driver, db.database);
      const error = await store.claim("clm-herald-figure").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoredRecordError);
      expect({ record: (error as StoredRecordError).record, field: (error as StoredRecordError).field }).toEqual({ record: "clm-herald-figure", field: "quantities" });
      // Reads that do not carry quantities are unaffected.
      expect((await store.claim("clm-gazette-figure"))!.related.map((r) => r.other.id)).toEqual(["clm-herald-figure"]);
    });

    it("should answer the API with a 500 that logs the cause and does not send it", async () => {
      const logged: Array<Record<string, unknown>> = [];
      const app = createApp(appDeps(db.driver, db.database, { log: (e) => logged.push(e) }));
      const res = await request(app).get("/api/claims/clm-herald-figure").expect(500);
      expect(res.body.error.code).toBe("INTERNAL");
      expect(res.body.error.message).not.toContain("quantities");
      expect(logged.some((e) => e.code === "INTERNAL" && String(e.message).includes("clm-herald-figure"))).toBe(true);
    });
  });
});
