/*
 * The CLIs as a user runs them: `db:start` without Java says what is missing in one sentence and
 * exits non-zero; with NEO4J_URI set, `ingest` writes to that server and starts nothing.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { counts, testDriver, wipe } from "../helpers/neo4j";
import { tempDir } from "../helpers/tmp";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [tsx, script, ...args], { encoding: "utf8", env, timeout: 120_000 });
}

describe("npm run db:start", () => {
  it("should print one sentence naming Java and exit non-zero when Java is missing", () => {
    const bin = tempDir("cg-nojava-");
    fs.symlinkSync(process.execPath, path.join(bin, "node"));
    const data = tempDir("cg-data-");
    const env = { PATH: bin, HOME: os.tmpdir(), NEO4J_BOLT_PORT: "7697", CLAIMGRAPH_DATA_DIR: data };
    const r = run("scripts/db.ts", ["start"], env);
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^db: Java was not found/);
  });
});

describe("NEO4J_URI", () => {
  it("should make ingest write to that server and start no local Neo4j", async () => {
    const { driver, database, config } = testDriver();
    try {
      await wipe(driver, database);
      const data = tempDir("cg-remote-");
      const env = {
        ...process.env,
        NEO4J_URI: config.neo4j.uri,
        NEO4J_USER: config.neo4j.user,
        NEO4J_PASSWORD: config.neo4j.password,
        NEO4J_DATABASE: database,
        NEO4J_BOLT_PORT: "7698",
        CLAIMGRAPH_DATA_DIR: data,
      };
      const r = run("scripts/ingest.ts", ["seeds"], env);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(config.neo4j.uri);
      expect(r.stderr).not.toMatch(/starting local Neo4j/);
      expect(fs.readdirSync(data)).toEqual([]);
      expect((await counts(driver, database)).labels.Document).toBe(5);
    } finally {
      await driver.close();
    }
  });
});
