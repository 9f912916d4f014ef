/*
 * The read-only console under attack, end to end: more than 30 hostile or expensive requests to
 * POST /api/cypher against the real Neo4j. Each gets a 4xx with a reason, or for the expensive
 * reads a bounded answer within the timeout; afterwards the counts and a checksum of every claim's
 * text are unchanged.
 */

import crypto from "node:crypto";
import type { Driver } from "neo4j-driver";
import request from "supertest";
import { createApp } from "../../server/src/app";
import { seedsApp } from "../helpers/app";
import { counts, testDriver } from "../helpers/neo4j";

let driver: Driver;
let database: string;
let app: ReturnType<typeof createApp>;

async function fingerprint() {
  const { records } = await driver.executeQuery("MATCH (c:Claim) WITH c ORDER BY c.id RETURN collect(c.text) AS t", {}, { database });
  return { counts: await counts(driver, database), checksum: crypto.createHash("sha256").update(JSON.stringify(records[0]!.get("t"))).digest("hex") };
}

const REFUSED: string[] = [
  "CREATE (:Claim {id: 'clm-evil', text: 'x'})",
  "create (:Claim {id: 'clm-evil'})",
  "cReAtE (:Claim {id: 'clm-evil'})",
  "MATCH (c:Claim) SET c.text = 'pwned'",
  "match (c:claim) set c.text = 'pwned'",
  "MATCH (c:Claim) REMOVE c.text",
  "MATCH (n) DETACH DELETE n",
  "MATCH (n) delete n",
  "MERGE (x:Claim {id: 'clm-evil'})",
  "MATCH (n) // just reading\nDETACH DELETE n",
  "MATCH (n) /* read */ SET n.x = 1 RETURN n",
  "MATCH (n) CALL (n) { DETACH DELETE n } RETURN count(*)",
  "MATCH (n) FOREACH (x IN [1] | SET n.evil = x)",
  "MATCH (n) CALL (n) { SET n.evil = 1 } IN TRANSACTIONS OF 10 ROWS",
  "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
  "RETURN 1; RETURN 2",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
  "CALL dbms.components() YIELD name RETURN name",
  "CALL dbms.listConfig()",
  "CALL dbms.security.createUser('eve', 'password123', false)",
  "CALL db.createLabel('Evil')",
  "CALL db.createProperty('evil')",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 100})",
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  "SHOW USERS",
  "CREATE USER eve SET PASSWORD 'password123'",
  "ALTER USER neo4j SET PASSWORD 'hijacked1'",
  "SHOW DATABASES",
  "CREATE DATABASE evil",
  "STOP DATABASE neo4j",
  "DROP INDEX claim_text",
  "CREATE INDEX evil FOR (n:Claim) ON (n.text)",
  "DROP CONSTRAINT claim_id",
  "USE system SHOW USERS",
  "USE system MATCH (n) RETURN n",
  "",
  "   ",
  "// nothing but a comment",
];

beforeAll(async () => {
  ({ driver, database } = testDriver());
  app = await seedsApp(driver, database);
});
afterAll(async () => {
  await driver.close();
});

describe("POST /api/cypher under attack", () => {
  let before: Awaited<ReturnType<typeof fingerprint>>;
  beforeAll(async () => {
    before = await fingerprint();
  });

  it.each(REFUSED)("should refuse %j with a 4xx and a reason", async (query) => {
    const res = await request(app).post("/api/cypher").send({ query });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.message.length).toBeGreaterThan(15);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|\.ts:\d+|\.js:\d+|Neo\.ClientError/);
  });

  it("should bound a cartesian product over the whole graph by the timeout or the row cap", async () => {
    const t0 = Date.now();
    const res = await request(app).post("/api/cypher").send({ query: "MATCH (a), (b), (c) RETURN a.id, b.id, c.id" });
    expect([200, 408]).toContain(res.status);
    if (res.status === 200) expect(res.body.truncated).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("should stop an expensive aggregation at the timeout", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "MATCH (a), (b), (c), (d) RETURN count(*)" });
    expect([200, 408]).toContain(res.status);
    if (res.status === 408) expect(res.body.error.code).toBe("CYPHER_TIMEOUT");
  });

  it("should cap a huge UNWIND", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "UNWIND range(1, 100000000) AS x RETURN x" }).expect(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rows.length).toBeLessThanOrEqual(1000);
  });

  it("should refuse a 5 MB body and broken JSON", async () => {
    const big = await request(app).post("/api/cypher").send({ query: `RETURN '${"x".repeat(5 * 1024 * 1024)}'` });
    expect(big.status).toBe(413);
    const broken = await request(app).post("/api/cypher").set("Content-Type", "application/json").send("{\"query\": \"MATCH");
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("BAD_REQUEST");
  });

  it("should leave every count and the claim texts unchanged after the battery", async () => {
    expect(await fingerprint()).toEqual(before);
  });
});
