/*
 * Integration: the seeds through the pipeline into the real Neo4j. Constraints exist, the labels
 * and relationship types are there, a second ingest changes no count, and a batch with bad files
 * still ingests the good ones.
 */

import fs from "node:fs";
import path from "node:path";
import { SCHEMA_STATEMENTS } from "../../../graph-schema";
import { graphStages } from "../../../server/src/db/write-graph";
import { ingestPaths } from "../../../server/src/services/ingest";
import { counts, useEmptyDatabase } from "../../helpers/neo4j";
import { tempDir } from "../../helpers/tmp";

const db = useEmptyDatabase();

describe("ingest into Neo4j", () => {
  it("should create every constraint and index from graph-schema", async () => {
    await ingestPaths(["seeds"], { ...db });
    const { records } = await db.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c", {}, { database: db.database });
    const { records: idx } = await db.driver.executeQuery("SHOW INDEXES YIELD name, state RETURN collect([name, state]) AS i", {}, { database: db.database });
    const constraintNames = records[0]!.get("c") as string[];
    const indexes = new Map((idx[0]!.get("i") as [string, string][]).map(([n, s]) => [n, s]));
    for (const stmt of SCHEMA_STATEMENTS) {
      const name = /CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(stmt)![1]!;
      if (stmt.startsWith("CREATE CONSTRAINT")) expect(constraintNames).toContain(name);
      else expect(indexes.get(name)).toBe("ONLINE");
    }
  });

  it("should write 5 documents with claims, entities, sources and every structural relationship type", async () => {
    const result = await ingestPaths(["seeds"], { ...db });
    const c = result.counts;
    expect(c.labels.Document).toBe(5);
    expect(c.labels.Claim).toBe(result.graph.claims.length);
    expect(c.labels.Claim).toBeGreaterThan(20);
    expect(c.labels.Entity).toBe(result.graph.entities.length);
    expect(c.labels.Source).toBe(result.graph.sources.length);
    expect(c.labels.Story).toBe(result.graph.stories.length);
    for (const type of ["PUBLISHED", "CITES", "CONTAINS", "ATTRIBUTED_TO", "MENTIONS", "IN_STORY", "CONTRADICTS", "SUPPORTS"]) {
      expect(c.relationships[type] ?? 0).toBeGreaterThan(0);
    }
    // Censor.NET relays Bloomberg; Focus relays Barron's (manifest "via").
    const { records } = await db.driver.executeQuery(
      "MATCH (s:Source)-[:PUBLISHED]->(d:Document)-[:CITES]->(v:Source) RETURN s.name AS outlet, v.name AS via ORDER BY outlet",
      {},
      { database: db.database },
    );
    expect(records.map((r) => `${r.get("outlet")}>${r.get("via")}`)).toEqual(expect.arrayContaining(["Censor.NET>Bloomberg", "Focus>Barron's"]));
  });

  it("should leave every label and relationship count identical on a second ingest", async () => {
    const first = await ingestPaths(["seeds"], { ...db });
    const second = await ingestPaths(["seeds"], { ...db });
    expect(second.counts).toEqual(first.counts);
    expect(await counts(db.driver, db.database)).toEqual(first.counts);
  });

  it("should CREATE the relationships of new documents and MERGE those among known ones, converging to the one-shot graph", async () => {
    // Two seeds first, with their manifest entries, then all five: the second write mixes known
    // documents (MERGE) with new ones (CREATE), including edges between a known and a new claim.
    const dir = tempDir("claimgraph-part-");
    const manifest = JSON.parse(fs.readFileSync("seeds/manifest.json", "utf8")) as { documents: Array<{ file: string }> };
    const firstTwo = manifest.documents.slice(0, 2);
    for (const d of firstTwo) fs.copyFileSync(path.join("seeds", d.file), path.join(dir, d.file));
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, documents: firstTwo }));
    const part = await ingestPaths([dir], { ...db });
    const whole = await ingestPaths(["seeds"], { ...db });
    const knownIds = new Set(part.graph.documents.map((d) => d.id));
    expect(whole.graph.documents.filter((d) => knownIds.has(d.id))).toHaveLength(2);

    const stages = graphStages(whole.graph, knownIds);
    const contains = stages.filter((st) => st.name.startsWith("CONTAINS"));
    expect(contains.map((st) => st.cypher.includes(" CREATE (d)-[r:CONTAINS]->(c)"))).toEqual([true, false]);
    expect(new Set(contains[0]!.rows.map((r) => r.document as string))).toEqual(new Set(whole.graph.documents.filter((d) => !knownIds.has(d.id)).map((d) => d.id)));
    // With no known set every relationship is a MERGE: the safe default for callers that do not know.
    expect(graphStages(whole.graph).some((st) => / CREATE \(/.test(st.cypher))).toBe(false);

    const { records } = await db.driver.executeQuery(
      "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicates",
      {},
      { database: db.database },
    );
    expect(records[0]!.get("duplicates")).toBe(0);
    const c = await counts(db.driver, db.database);
    expect(c.labels.Claim).toBe(whole.graph.claims.length);
    expect(c.labels.Entity).toBe(whole.graph.entities.length);
    expect(c.relationships.ATTRIBUTED_TO ?? 0).toBe(whole.graph.claims.filter((x) => x.speakerId).length);
    expect(c.relationships.CONTAINS).toBe(whole.graph.claims.length);
    expect(c.labels.Story).toBe(whole.graph.stories.length);
    expect(c.relationships.IN_STORY).toBe(whole.graph.documents.length);
    expect(c.relationships.MENTIONS ?? 0).toBe(whole.graph.mentions.length);
    for (const type of ["CONTRADICTS", "SUPPORTS"] as const) expect(c.relationships[type] ?? 0).toBe(whole.graph.relations.filter((r) => r.type === type).length);
    for (const type of ["DISPUTES", "ECHOES"] as const) expect(c.relationships[type] ?? 0).toBe(whole.graph.stances.filter((st) => st.type === type).length);
  });

  it("should ingest the good files of a batch and name the bad ones", async () => {
    const dir = tempDir("claimgraph-bad-");
    fs.copyFileSync("seeds/001_d198313880f0c90b.txt", path.join(dir, "good.txt"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ documents: [{ file: "missing.txt", outlet: "X" }] }));
    const result = await ingestPaths([dir, path.join(dir, "nope")], { ...db });
    expect(result.counts.labels.Document).toBe(1);
    const codes = result.diagnostics.map((d) => `${path.basename(d.file)}:${d.code}`).sort();
    expect(codes).toEqual(["binary.txt:INPUT_BINARY", "empty.txt:INPUT_EMPTY", "manifest.json:MANIFEST_MISSING_FILE", "nope:INPUT_MISSING"]);
  });

  it("should refuse with NOTHING_TO_INGEST and write nothing when every file is bad", async () => {
    const dir = tempDir("claimgraph-none-");
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    await expect(ingestPaths([dir], { ...db })).rejects.toMatchObject({ code: "NOTHING_TO_INGEST" });
    const c = await counts(db.driver, db.database);
    expect(c.labels.Document ?? 0).toBe(0);
  });
});
