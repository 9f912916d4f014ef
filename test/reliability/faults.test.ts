/*
 * Faults against the real Neo4j, through a TCP proxy that can cut it off: the app starts and
 * answers while Neo4j is down (health says so, data routes 503) and recovers without a restart;
 * an ingest whose connection dies mid-write fails naming the batch, and re-running it converges to
 * exactly the graph an uninterrupted ingest writes, also when it joins a stored graph; a relink cut
 * off midway is completed by the next; SIGTERM lets a request in flight finish.
 */

import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../server/src/config";
import { createDriver } from "../../server/src/db/driver";
import { writeGraph } from "../../server/src/db/write-graph";
import { isClaimGraphError } from "../../server/src/errors";
import { loadInputs } from "../../server/src/io/load-inputs";
import { serve } from "../../server/src/main";
import { buildClaimGraph } from "../../server/src/nlp/pipeline";
import { ingestFiles, relinkStored } from "../../server/src/services/ingest";
import { dumpGraph } from "../helpers/graph-dump";
import { counts, testDriver, wipe } from "../helpers/neo4j";
import { faultProxy, type FaultProxy } from "../helpers/proxy";

let driver: Driver;
let database: string;
let proxy: FaultProxy;
let proxied: Driver;

function proxiedConfig() {
  const base = loadConfig();
  return { ...base, neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${proxy.port}`, local: false }, http: { host: "127.0.0.1", port: 0 } };
}

async function snapshot(d: Driver): Promise<{ counts: unknown; checksum: string }> {
  const { records } = await d.executeQuery(
    "MATCH (c:Claim) WITH c ORDER BY c.id RETURN collect(c.id + ':' + c.text) AS claims, COUNT { ()-[:CONTRADICTS|SUPPORTS]->() } AS rels",
    {},
    { database },
  );
  const body = JSON.stringify([records[0]!.get("claims"), records[0]!.get("rels")]);
  return { counts: await counts(d, database), checksum: crypto.createHash("sha256").update(body).digest("hex") };
}

/** Seeds plus copies with fresh text, so the write has many batches to be interrupted in. */
function corpus() {
  const seeds = loadInputs(["seeds"]).files;
  const out = [...seeds];
  for (let k = 1; k <= 6; k += 1) {
    for (const f of seeds) out.push({ name: `copy${k}/${f.name}`, bytes: Buffer.concat([Buffer.from(f.bytes), Buffer.from(`\n\nCopy ${k}.\n`)]), manifest: f.manifest ? { ...f.manifest, file: `copy${k}/${f.name}` } : null });
  }
  return out;
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  proxy = await faultProxy(loadConfig().local.boltPort);
  proxied = createDriver(proxiedConfig().neo4j);
});
afterAll(async () => {
  await proxied.close();
  await proxy.close();
  await driver.close();
});

describe("Neo4j down and back", () => {
  it("should start, report the outage, answer 503, and recover without a restart", async () => {
    await proxy.down();
    const app = await serve(proxiedConfig(), createDriver(proxiedConfig().neo4j), { log: () => {}, events: () => {} });
    try {
      const health = await fetch(`${app.url}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, neo4j: "down" });
      const graph = await fetch(`${app.url}/api/graph`);
      expect(graph.status).toBe(503);
      const body = (await graph.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("NEO4J_UNAVAILABLE");
      expect(body.error.message).not.toMatch(/bolt:|at \w+ \(/);

      await proxy.up();
      const t0 = Date.now();
      let status = 0;
      while (Date.now() - t0 < 20_000 && status !== 200) {
        status = (await fetch(`${app.url}/api/health`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      expect((await fetch(`${app.url}/api/graph`)).status).toBe(200);
    } finally {
      await proxy.up().catch(() => {});
      await app.close();
    }
  });
});

describe("connection lost mid-ingest", () => {
  it("should fail naming the batch, and a re-run should converge to the uninterrupted graph", async () => {
    const graph = buildClaimGraph(corpus());
    await wipe(driver, database);
    let cut = false;
    const failed = await writeGraph(proxied, database, graph, {
      batchSize: 20,
      onProgress: (stage, done) => {
        if (!cut && stage === "claims" && done >= 40) {
          cut = true;
          void proxy.down();
        }
      },
    }).catch((e: unknown) => e);
    // The driver retries for its retry window, then the ingest fails naming the batch.
    expect(cut).toBe(true);
    expect(isClaimGraphError(failed, "NEO4J_WRITE_FAILED")).toBe(true);
    expect((failed as Error).message).toMatch(/writing \w[\w ]* rows \d+–\d+ of \d+ failed/);
    // The interruption left a partial graph: some claims are missing until the re-run.
    expect((await counts(driver, database)).labels.Claim ?? 0).toBeLessThan(graph.claims.length);
    await proxy.up();
    await writeGraph(proxied, database, graph, { batchSize: 20 });
    const rerun = await snapshot(driver);

    await wipe(driver, database);
    await writeGraph(driver, database, graph, { batchSize: 20 });
    const clean = await snapshot(driver);
    expect(rerun).toEqual(clean);
  }, 120_000);
});

describe("connection lost mid-ingest of documents that join a stored graph", () => {
  it("should fail, and a re-run should converge to the graph of one uninterrupted ingest of everything", async () => {
    const files = corpus();
    const first = files.filter((_, i) => i % 3 === 0);
    const rest = files.filter((_, i) => i % 3 !== 0);
    await wipe(driver, database);
    await ingestFiles(files, [], { driver, database, judge: null });
    const clean = await dumpGraph(driver, database);

    await wipe(driver, database);
    await ingestFiles(first, [], { driver, database, judge: null });
    let cut = false;
    const failed = await ingestFiles(rest, [], {
      driver: proxied,
      database,
      judge: null,
      log: (line) => {
        if (!cut && /^ingest: wrote claims/.test(line)) {
          cut = true;
          void proxy.down();
        }
      },
    }).catch((e: unknown) => e);
    expect(cut).toBe(true);
    expect(isClaimGraphError(failed, "NEO4J_WRITE_FAILED")).toBe(true);
    expect(await dumpGraph(driver, database)).not.toEqual(clean);
    await proxy.up();
    // The failed ingest could not hand back its lease; the re-run waits for it to expire.
    await ingestFiles(rest, [], { driver: proxied, database, judge: null });
    expect(await dumpGraph(driver, database)).toEqual(clean);
  }, 240_000);
});

describe("connection lost mid-relink", () => {
  it("should fail, and a second relink should restore the one-ingest graph", async () => {
    const files = corpus().slice(0, 15);
    await wipe(driver, database);
    await ingestFiles(files, [], { driver, database, judge: null });
    const clean = await dumpGraph(driver, database);
    await driver.executeQuery("MATCH ()-[r:SUPPORTS]->() DELETE r", {}, { database });
    let cut = false;
    const failed = await relinkStored(
      { driver: proxied, database, judge: null },
      {
        batchSize: 5,
        onProgress: (done) => {
          if (!cut && done >= 5) {
            cut = true;
            void proxy.down();
          }
        },
      },
    ).catch((e: unknown) => e);
    expect(cut).toBe(true);
    expect(failed).toBeInstanceOf(Error);
    await proxy.up();
    await relinkStored({ driver: proxied, database, judge: null }, { batchSize: 5 });
    expect(await dumpGraph(driver, database)).toEqual(clean);
  }, 240_000);
});

describe("SIGTERM", () => {
  it("should let a request in flight finish and exit 0", async () => {
    const c = loadConfig();
    const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${c.local.boltPort}`, NEO4J_PASSWORD: c.neo4j.password, PORT: "0" };
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts"], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
      child.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // One quick query first, so the route and the driver are warm and the slow one is surely in
    // flight, not still being accepted, when SIGTERM arrives (a loaded machine made that a race).
    const warm = await fetch(`${url}/api/cypher`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query: "RETURN 1 AS n" }) });
    expect(warm.status).toBe(200);
    const slow = fetch(`${url}/api/cypher`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: "UNWIND range(1, 3000000) AS x WITH x WHERE x % 3 = 0 RETURN count(x) AS n" }),
    });
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGTERM");
    const res = await slow;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rows: number[][] }).rows[0]![0]).toBe(1_000_000);
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM/);
  }, 90_000);
});
