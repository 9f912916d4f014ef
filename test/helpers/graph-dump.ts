/*
 * The stored graph as sorted lines, for tests that compare two graphs whole: every node with its
 * labels, key and properties, every relationship with its type, ends and properties. The ingest
 * lock, which holds who wrote last, is left out.
 */

import type { Driver } from "neo4j-driver";

/** Every node and relationship as sorted lines: label(s), key and properties; type, ends and properties. */
export async function dumpGraph(driver: Driver, database: string): Promise<string[]> {
  const key = (n: string) => `coalesce(${n}.id, ${n}.norm, ${n}.key)`;
  const { records: nodes } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, ${key("n")} AS key, properties(n) AS props`,
    {},
    { database, routing: "READ" },
  );
  const { records: rels } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, ${key("a")} AS a, ${key("b")} AS b, properties(r) AS props`,
    {},
    { database, routing: "READ" },
  );
  const stable = (o: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, Array.isArray(v) && k === "keys" ? [...v].sort() : v])));
  return [
    ...nodes.map((r) => `(${(r.get("labels") as string[]).sort().join(":")} ${r.get("key")}) ${stable(r.get("props") as Record<string, unknown>)}`),
    ...rels.map((r) => `(${r.get("a")})-[${r.get("type")}]->(${r.get("b")}) ${stable(r.get("props") as Record<string, unknown>)}`),
  ].sort();
}

