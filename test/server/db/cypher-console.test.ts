/*
 * The console's query runner against the real Neo4j: JSON parameters reach the query as Cypher
 * values (whole numbers as integers), an error Neo4j places in the query points into the caller's
 * own text (not the EXPLAIN-prefixed, trimmed one the server ran), and an aborted query is
 * stopped in Neo4j itself, not only abandoned by the server.
 */

import type { Driver } from "neo4j-driver";
import { driverParams, positionAt, runReadOnlyCypher } from "../../../server/src/db/cypher-console";
import { CypherQueryError, isClaimGraphError } from "../../../server/src/errors";
import { testDriver } from "../../helpers/neo4j";

let driver: Driver;
let database: string;
const OPTIONS = { timeoutMs: 30_000, maxRows: 100 };

beforeAll(() => {
  ({ driver, database } = testDriver());
});
afterAll(async () => {
  await driver.close();
});

/** The console queries Neo4j is running right now whose text holds `marker`. */
async function running(marker: string): Promise<number> {
  const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n", { marker }, { database });
  return Number(records[0]!.get("n"));
}

async function failure(query: string, params: Record<string, unknown> = {}): Promise<CypherQueryError> {
  const error = await runReadOnlyCypher(driver, database, query, params, OPTIONS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CypherQueryError);
  return error as CypherQueryError;
}

describe("positionAt", () => {
  it.each([
    ["RETURN x", 7, { line: 1, column: 8, offset: 7 }],
    ["MATCH (n)\nRETURN x", 17, { line: 2, column: 8, offset: 17 }],
    ["a\nb\n", 4, { line: 3, column: 1, offset: 4 }],
    ["short", 99, { line: 1, column: 6, offset: 5 }],
  ])("should place offset %#", (text, offset, expected) => {
    expect(positionAt(text, offset)).toEqual(expected);
  });
});

describe("driverParams", () => {
  it("should send whole numbers as integers and keep other JSON values", () => {
    const p = driverParams({ limit: 3, ratio: 0.5, names: ["a", 2], nested: { n: 1, flag: true, none: null } }) as Record<string, unknown>;
    expect(String(p.limit)).toBe("3");
    expect(typeof p.limit).toBe("object");
    expect(p.ratio).toBe(0.5);
    expect((p.names as unknown[])[0]).toBe("a");
    expect(typeof (p.names as unknown[])[1]).toBe("object");
    expect((p.nested as Record<string, unknown>).flag).toBe(true);
    expect((p.nested as Record<string, unknown>).none).toBeNull();
  });
});

describe("runReadOnlyCypher", () => {
  it("should run a query with parameters, LIMIT taking a JSON number", async () => {
    const r = await runReadOnlyCypher(driver, database, "UNWIND range(1, 10) AS x WITH x WHERE x > $min RETURN x LIMIT $limit", { min: 2, limit: 4 }, OPTIONS);
    expect(r.rows).toEqual([[3], [4], [5], [6]]);
  });

  it("should keep a parameter's text out of the query", async () => {
    const r = await runReadOnlyCypher(driver, database, "RETURN $s AS s", { s: "x' }) DETACH DELETE n //" }, OPTIONS);
    expect(r.rows).toEqual([["x' }) DETACH DELETE n //"]]);
  });

  it("should place a syntax error in the caller's text, past leading blank lines", async () => {
    const query = "\n  MATCH (n\nRETURN n";
    const e = await failure(query);
    expect(e.code).toBe("CYPHER_FAILED");
    // Neo4j names the token it could not read: RETURN, on the third line.
    expect(e.position).toEqual({ line: 3, column: 1, offset: query.indexOf("RETURN") });
    expect(e.message).toContain(`(line 3, column 1 (offset: ${query.indexOf("RETURN")}))`);
  });

  it("should place a semantic error at the unknown variable", async () => {
    const query = "MATCH (c) RETURN nope";
    const e = await failure(query);
    expect(e.position?.offset).toBe(query.indexOf("nope"));
  });

  it("should leave the position out when Neo4j names none (a missing parameter)", async () => {
    const e = await failure("MATCH (c) RETURN c LIMIT $limit");
    expect(e.code).toBe("CYPHER_FAILED");
    expect(e.position).toBeUndefined();
  });

  it("should stop an aborted query in Neo4j and reject with CYPHER_CANCELLED", async () => {
    const marker = `cancel_${Date.now()}`;
    const slow = `UNWIND range(1, 400000000) AS ${marker} WITH ${marker} WHERE ${marker} % 1000003 = -1 RETURN count(*)`;
    const aborter = new AbortController();
    const t0 = Date.now();
    const run = runReadOnlyCypher(driver, database, slow, {}, OPTIONS, aborter.signal).then(
      () => null,
      (e: unknown) => e,
    );
    // Wait until Neo4j is really executing it, then cancel.
    for (let i = 0; i < 600 && (await running(marker)) === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(await running(marker)).toBe(1);
    aborter.abort();
    const error = await run;
    expect(isClaimGraphError(error, "CYPHER_CANCELLED")).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);
    for (let i = 0; i < 40 && (await running(marker)) > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(await running(marker)).toBe(0);
  });
});
