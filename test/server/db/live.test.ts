/*
 * News as it arrives, against the real Neo4j: concurrent ingests (two CLI processes; an ingest and
 * uploads at once) converge to the graph of one sequential run; a watched folder ingests files as
 * they appear and replaces a changed file's document, keeps only the last of a burst of versions and
 * one document for a file dropped twice; relink restores the one-ingest graph after
 * the stored relations and stories were tampered with, and stamps the engine version.
 */

import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { loadInputs } from "../../../server/src/io/load-inputs";
import { ENGINE_VERSION } from "../../../server/src/nlp/version";
import { withIngestLock } from "../../../server/src/db/ingest-lock";
import { applySchema } from "../../../server/src/db/schema";
import { uploadDocuments } from "../../../server/src/services/explore";
import { ingestFiles, relinkStored, type IngestResult } from "../../../server/src/services/ingest";
import { watchFolder } from "../../../server/src/services/watch";
import { dumpGraph } from "../../helpers/graph-dump";
import { useEmptyDatabase, wipe } from "../../helpers/neo4j";
import { tempDir } from "../../helpers/tmp";

const db = useEmptyDatabase();
const deps = () => ({ driver: db.driver, database: db.database, judge: null });
const CORPUS = path.join("test", "fixtures", "join-corpus");

async function oneIngest(paths: string[]): Promise<string[]> {
  await wipe(db.driver, db.database);
  const loaded = loadInputs(paths);
  await ingestFiles(loaded.files, loaded.diagnostics, deps());
  return dumpGraph(db.driver, db.database);
}

/** A folder holding `files` of the invented corpus, with their manifest entries. */
function corpusCopy(files: string[], dir = tempDir("claimgraph-live-")): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, "manifest.json"), "utf8")) as { documents: Array<{ file: string }> };
  for (const f of files) fs.copyFileSync(path.join(CORPUS, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ documents: manifest.documents.filter((d) => files.includes(d.file)) }));
  return dir;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("concurrent ingests", () => {
  it("should let one ingest hold the lease at a time when many ask at once", async () => {
    let inside = 0;
    let most = 0;
    const hold = () =>
      withIngestLock(
        db.driver,
        db.database,
        async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 40));
          inside -= 1;
        },
        { pollMs: 10 },
      );
    // The lease node is unique by constraint, as every ingest applies the schema before asking.
    await applySchema(db.driver, db.database);
    for (let round = 0; round < 5; round += 1) {
      await wipe(db.driver, db.database);
      await Promise.all(Array.from({ length: 8 }, hold));
    }
    expect(most).toBe(1);
  }, 120_000);

  it("should converge to one sequential run when two CLI processes ingest at once", async () => {
    const a = corpusCopy(["dam-gazette.txt", "strike-post.txt", "council-gazette.txt"]);
    const b = corpusCopy(["dam-herald.txt", "dam-wire.txt", "strike-wire.txt", "festival-herald.txt"]);
    const run = promisify(execFile);
    const cli = (...dirs: string[]) => run(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/ingest.ts", ...dirs], { env: process.env, timeout: 240_000 });
    // The CLI ingests with the judge: the sequential reference is the CLI too, over both folders.
    await wipe(db.driver, db.database);
    await cli(a, b);
    const expected = await dumpGraph(db.driver, db.database);
    await wipe(db.driver, db.database);
    const [ra, rb] = await Promise.all([cli(a), cli(b)]);
    expect(ra.stdout).toMatch(/ingest: 3 documents in this run/);
    expect(rb.stdout).toMatch(/ingest: 4 documents in this run/);
    // One waited for the other's lease.
    expect(`${ra.stderr}${rb.stderr}`).toMatch(/another ingest is writing to this database; waiting/);
    expect(await dumpGraph(db.driver, db.database)).toEqual(expected);
  }, 300_000);

  it("should converge when an ingest and one-document uploads run at once", async () => {
    // Uploads carry bare file names; the folder's files are named the same way, so both runs store one graph.
    const inputs = (files: string[]) => loadInputs([corpusCopy(files)]).files.map((f) => ({ ...f, name: path.basename(f.name) }));
    await wipe(db.driver, db.database);
    await ingestFiles(inputs(["dam-gazette.txt", "dam-herald.txt", "strike-post.txt", "dam-wire.txt", "strike-wire.txt"]), [], deps());
    const expected = await dumpGraph(db.driver, db.database);
    await wipe(db.driver, db.database);
    const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, "manifest.json"), "utf8")) as { documents: Array<Record<string, string | null>> };
    const upload = (file: string) => {
      const m = manifest.documents.find((d) => d.file === file)!;
      const text = fs.readFileSync(path.join(CORPUS, file), "utf8");
      return uploadDocuments({ documents: [{ name: file, text, outlet: m.outlet!, title: m.title!, published: m.published!, via: m.via ?? undefined }] }, deps());
    };
    const results = await Promise.all([ingestFiles(inputs(["dam-gazette.txt", "dam-herald.txt", "strike-post.txt"]), [], deps()), upload("dam-wire.txt"), upload("strike-wire.txt")]);
    expect(results[1].documents).toBe(1);
    expect(results[2].documents).toBe(1);
    expect(await dumpGraph(db.driver, db.database)).toEqual(expected);
  }, 300_000);
});

describe("watch", () => {
  it("should ingest files as they appear, replace a changed file's document, and stop cleanly", async () => {
    const dir = corpusCopy(["dam-gazette.txt"]);
    const results: Array<IngestResult | Error> = [];
    const lines: string[] = [];
    const watcher = await watchFolder(dir, deps(), { debounceMs: 150, log: (l) => lines.push(l), onIngest: (r) => results.push(r) });
    try {
      await until(() => results.length >= 1, "the first file");
      fs.writeFileSync(path.join(dir, "manifest.json"), fs.readFileSync(path.join(corpusCopy(["dam-gazette.txt", "dam-herald.txt"]), "manifest.json")));
      fs.copyFileSync(path.join(CORPUS, "dam-herald.txt"), path.join(dir, "dam-herald.txt"));
      await until(async () => (await dumpGraph(db.driver, db.database)).some((l) => l.includes('"outlet":"Coastal Herald"')), "the second file");
      await watcher.idle();
      // The herald's article changes: its old text's document goes, the new one joins the story.
      const changed = fs.readFileSync(path.join(CORPUS, "dam-herald.txt"), "utf8").replace("at least 40 people died", "at least 55 people died");
      fs.writeFileSync(path.join(dir, "dam-herald.txt"), changed);
      await until(async () => (await dumpGraph(db.driver, db.database)).some((l) => l.includes("at least 55 people died")), "the changed file");
      await watcher.idle();
    } finally {
      await watcher.close();
    }
    expect(results.every((r) => !(r instanceof Error))).toBe(true);
    const final = await dumpGraph(db.driver, db.database);
    expect(final.some((l) => l.includes("at least 40 people died"))).toBe(false);
    expect(await oneIngest([dir])).toEqual(final);
    fs.rmSync(path.join(dir, "dam-herald.txt"));
  }, 180_000);
});

describe("watch, with files written in bursts", () => {
  it("should store only a file's last version when it changes while being read, and one document for a file dropped twice", async () => {
    const dir = corpusCopy(["strike-post.txt"]);
    const results: Array<IngestResult | Error> = [];
    const watcher = await watchFolder(dir, deps(), { debounceMs: 30, log: () => {}, onIngest: (r) => results.push(r) });
    try {
      await until(() => results.length >= 1, "the first file");
      const text = fs.readFileSync(path.join(CORPUS, "strike-post.txt"), "utf8");
      // Ten versions in quick succession, some while an ingest of an earlier one is under way.
      for (let k = 1; k <= 10; k += 1) {
        fs.writeFileSync(path.join(dir, "strike-post.txt"), text.replace("4,000 workers", `${4000 + k} workers`));
        await new Promise((r) => setTimeout(r, k % 3 === 0 ? 120 : 5));
      }
      // The same file dropped twice: written again with the same bytes.
      fs.writeFileSync(path.join(dir, "strike-post.txt"), text.replace("4,000 workers", "4010 workers"));
      await new Promise((r) => setTimeout(r, 300));
      await watcher.idle();
    } finally {
      await watcher.close();
    }
    expect(results.every((r) => !(r instanceof Error))).toBe(true);
    const final = await dumpGraph(db.driver, db.database);
    expect(final.filter((l) => l.startsWith("(Document "))).toHaveLength(1);
    expect(final.some((l) => l.includes("4010 workers"))).toBe(true);
    expect(await oneIngest([dir])).toEqual(final);
  }, 180_000);
});

describe("relink", () => {
  it("should restore the one-ingest graph after relations and stories were tampered with, and stamp the engine", async () => {
    const expected = await oneIngest([CORPUS]);
    const run = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
    await run("MATCH ()-[r:CONTRADICTS]->() WITH r LIMIT 2 DELETE r");
    await run("MATCH ()-[r:SUPPORTS]->() SET r.engine = 'older', r.confidence = 0.01");
    await run("MATCH (s:Story) SET s.title = 'stale'");
    expect(await dumpGraph(db.driver, db.database)).not.toEqual(expected);
    const progress: number[] = [];
    const result = await relinkStored(deps(), { batchSize: 3, onProgress: (done) => progress.push(done) });
    expect(result.documents).toBe(9);
    expect(result.enginesBefore.older).toBeGreaterThan(0);
    expect(progress).toEqual([0, 3, 6, 9]);
    expect(await dumpGraph(db.driver, db.database)).toEqual(expected);
    const { records } = await run("MATCH ()-[r:CONTRADICTS|SUPPORTS]->() RETURN collect(DISTINCT r.engine) AS engines");
    expect(records[0]!.get("engines")).toEqual([ENGINE_VERSION]);
  }, 180_000);
});
