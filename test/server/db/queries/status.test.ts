/*
 * Ping and the graph's version against the real Neo4j: ping fails fast on a server that is not
 * there, the version changes with a write that adds a node or a relationship, and the counts
 * answer on an empty graph and on one without relationships or entities.
 */

import neo4j from "neo4j-driver";
import { searchSource } from "../../../../server/src/db/queries/search";
import { ping, readGraphVersion } from "../../../../server/src/db/queries/status";
import { readQuery } from "../../../../server/src/db/read-records";
import { useFixtureGraph } from "../../../helpers/claim-graph.fixtures";
import { wipe } from "../../../helpers/neo4j";

const db = useFixtureGraph();

describe("ping", () => {
  it("should resolve on a running server and reject within seconds on a closed port", async () => {
    await expect(ping(db.driver, db.database)).resolves.toBeUndefined();
    const nowhere = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "x"), { connectionTimeout: 2_000 });
    const t0 = Date.now();
    try {
      await expect(ping(nowhere, "neo4j")).rejects.toThrow();
    } finally {
      await nowhere.close();
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe("readGraphVersion", () => {
  it("should be the node and relationship counts and change with a write", async () => {
    const q = readQuery(db.driver, db.database);
    // The fixture: 13 nodes; 15 relationships (see queries/overview.test.ts).
    expect(await readGraphVersion(q)).toBe("13/15");
    await db.driver.executeQuery("CREATE (:Source {id: 'src-extra', name: 'Extra'})", {}, { database: db.database });
    expect(await readGraphVersion(q)).toBe("14/15");
  });
});

describe("on an empty graph", () => {
  it("should read version 0/0 and a search source of size 0", async () => {
    await wipe(db.driver, db.database);
    const q = readQuery(db.driver, db.database);
    expect(await readGraphVersion(q)).toBe("0/0");
    await db.driver.executeQuery("CREATE (:Claim {id: 'clm-alone', text: 'Alone.'})", {}, { database: db.database });
    // Nodes but no relationship, and claims but no entity: each count still answers.
    expect(await readGraphVersion(q)).toBe("1/0");
    expect(await searchSource(q).size()).toBe(1);
  });
});
