/*
 * The console's static layer, table-driven: write and admin clauses in any case, hidden after
 * comments or inside subqueries, several statements, procedures off the allow-list — refused with
 * a reason; reads and keywords inside strings pass.
 */

import { blankLiterals, checkReadOnlyCypher } from "../../../server/src/db/cypher-guard";

describe("checkReadOnlyCypher", () => {
  it.each([
    "CREATE (n:X)",
    "create (n:X)",
    "CrEaTe (n:X)",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) SET n.x = 1",
    "MATCH (n) REMOVE n.text",
    "MERGE (n:Claim {id: 'x'})",
    "MATCH (n) // harmless\nDELETE n",
    "MATCH (n) /* comment */ SET n.x = 1",
    "MATCH (n) CALL (n) { DELETE n } RETURN 1",
    "MATCH (n) FOREACH (x IN [1] | SET n.y = x)",
    "MATCH (n) CALL (n) { SET n.a = 1 } IN TRANSACTIONS",
    "MATCH (n) RETURN n; MATCH (m) DELETE m",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load csv from 'http://example.com/x.csv' as row return row",
    "CALL dbms.components()",
    "CALL dbms.security.createUser('x', 'y')",
    "CALL db.createLabel('X')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "CALL db.clearQueryCaches",
    "SHOW USERS",
    "CREATE USER eve SET PASSWORD 'x'",
    "DROP INDEX claim_text",
    "CREATE INDEX x FOR (n:Claim) ON (n.text)",
    "DROP CONSTRAINT claim_id",
    "CREATE DATABASE evil",
    "USE system SHOW USERS",
    "GRANT ROLE admin TO eve",
    "",
    "   ",
    "// only a comment",
  ])("should refuse %j", (q) => {
    const r = checkReadOnlyCypher(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
  });

  it.each([
    "MATCH (c:Claim) RETURN c.text LIMIT 5",
    "MATCH (c:Claim) WHERE c.text CONTAINS 'create' RETURN c",
    "MATCH (c:Claim) WHERE c.text = 'DELETE; SET x' RETURN c",
    "CALL db.labels()",
    "CALL db.index.fulltext.queryNodes('claim_text', 'losses') YIELD node RETURN node",
    "MATCH (a)-[r:CONTRADICTS]->(b) RETURN a, r, b;",
    "MATCH (n) WITH n.settlement AS created RETURN created",
  ])("should pass %j", (q) => {
    expect(checkReadOnlyCypher(q).ok).toBe(true);
  });

  it("should blank strings and comments but keep positions", () => {
    const q = "MATCH (n) WHERE n.a = 'x;y' // z\nRETURN n";
    const b = blankLiterals(q);
    expect(b).toHaveLength(q.length);
    expect(b).not.toMatch(/;|z/);
  });
});
