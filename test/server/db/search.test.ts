/*
 * Search against the real Neo4j: the in-memory prefix index finds the same claims and entities as
 * the full-text indexes it stands in for, and a document written after the index was built is found
 * at once (the graph's version changed, so the index is rebuilt and the full-text indexes answer
 * meanwhile).
 */

import fs from "node:fs";
import path from "node:path";
import { createReadStore } from "../../../server/src/db/read";
import { ingestPaths } from "../../../server/src/services/ingest";
import { useEmptyDatabase } from "../../helpers/neo4j";
import { tempDir } from "../../helpers/tmp";

const db = useEmptyDatabase();

describe("search", () => {
  it("should find in memory what the full-text indexes find", async () => {
    await ingestPaths(["seeds"], { ...db });
    const memory = createReadStore(db.driver, db.database);
    await memory.warmSearch();
    const fulltext = createReadStore(db.driver, db.database, { searchIndexMax: 0 });
    let compared = 0;
    for (const q of ["losses", "kursk", "ministry", "forc", "Russian troops", "general staff", "ukrain", "defen"]) {
      const a = await memory.search(q, 50);
      const b = await fulltext.search(q, 50);
      expect(b.claims.length + b.entities.length).toBeGreaterThan(0);
      if (b.claims.length < 50) {
        expect(new Set(a.claims.map((c) => c.id))).toEqual(new Set(b.claims.map((c) => c.id)));
        compared += 1;
      }
      if (b.entities.length < 50) expect(new Set(a.entities.map((e) => e.id))).toEqual(new Set(b.entities.map((e) => e.id)));
      // Each claim found has a word that one of the query's words begins.
      const begun = new RegExp(`(^|[^\\p{L}\\p{N}])(${q.toLowerCase().split(" ").join("|")})`, "u");
      for (const c of a.claims) expect(c.text.toLowerCase()).toMatch(begun);
    }
    expect(compared).toBeGreaterThan(4);
  });

  it("should find a document written after the index was built", async () => {
    await ingestPaths(["seeds"], { ...db });
    const store = createReadStore(db.driver, db.database);
    await store.warmSearch();
    expect((await store.search("zanzibarite", 10)).claims).toEqual([]);
    const dir = tempDir("claimgraph-search-");
    fs.writeFileSync(path.join(dir, "new.txt"), "Harbor Daily\n\nThe port authority said on Monday that zanzibarite shipments had doubled since spring.\n");
    await ingestPaths([dir], { ...db });
    store.invalidate();
    expect((await store.search("zanzibarite", 10)).claims.map((c) => c.text)).toEqual([expect.stringContaining("zanzibarite shipments had doubled")]);
    await store.warmSearch();
    expect((await store.search("zanzib", 10)).claims.map((c) => c.text)).toEqual([expect.stringContaining("zanzibarite shipments had doubled")]);
  });

  it("should build once at a time and end on the newest graph when writes land during a build", async () => {
    await ingestPaths(["seeds"], { ...db });
    const store = createReadStore(db.driver, db.database);
    const first = store.warmSearch();
    const dir = tempDir("claimgraph-search-");
    fs.writeFileSync(path.join(dir, "a.txt"), "River Post\n\nThe port authority said on Monday that quillback shipments had doubled since spring.\n");
    await ingestPaths([dir], { ...db });
    store.invalidate();
    fs.writeFileSync(path.join(dir, "b.txt"), "Coast Herald\n\nThe harbour master said on Friday that marlinspike orders had risen since the storm.\n");
    await ingestPaths([dir], { ...db });
    store.invalidate();
    await Promise.all([first, store.warmSearch()]);
    expect((await store.search("quillback", 5)).claims).toHaveLength(1);
    expect((await store.search("marlinspike", 5)).claims).toHaveLength(1);
  });
});
