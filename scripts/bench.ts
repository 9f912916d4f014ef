/*
 * `npm run bench [-- --corpus fnc1|<folder> --scale 1,4 --runs 3 --stages overview,…]`: each stage
 * at each size, in a fresh process per run; prints one line per figure and writes BENCHMARKS.md
 * with the machine.
 * Figures are medians of the runs; the scaling ratio compares medians taken in this one invocation.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCliArgs, runCli } from "./cli";
import { winkAnchor } from "./bench/anchor";
import type { ClientFigure } from "./bench/client";
import { benchExplorer } from "./bench/explorer";
import { benchIncremental } from "./bench/incremental";
import { benchIngest } from "./bench/ingest";
import { benchOverview } from "./bench/overview";

interface ExtractRun {
  documents: number;
  claims: number;
  relations: number;
  contradicts: number;
  judged: number;
  stances: number;
  ms: number;
  perDocumentMs: number;
  peakMiB: number;
}

/**
 * The extraction runs' heap budget: GC works to it, so peak RSS measures the live set, not V8's
 * appetite. 1.5 GiB since every checkable sentence became a claim (twice the claims of before): 10×
 * FNC-1 holds about 250,000 claims and no longer fits in 1 GiB.
 */
export const HEAP_BUDGET_MIB = 1536;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function javaVersion(): string {
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  return (r.stderr || r.stdout || "not found").split("\n")[0]!.trim();
}

function runExtract(corpus: string, scale: number): ExtractRun {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_BUDGET_MIB}`, tsx, "scripts/bench/extract-run.ts", corpus, String(scale)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_BUDGET_MIB}` },
  });
  if (r.status !== 0) throw new Error(`bench: extract run failed: ${r.stderr.trim().split("\n").pop()}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ExtractRun;
}

function runClient(pans: number): ClientFigure | null {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "scripts/bench/client-run.ts", String(pans)], { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error("bench: client run failed (see above)");
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ClientFigure | null;
}

runCli("bench", async (argv) => {
  const args = parseCliArgs(argv, { corpus: "string", scale: "string", runs: "string", stages: "string" });
  const stages = new Set((typeof args.flags.stages === "string" ? args.flags.stages : "extract,reuters,ingest,incremental,api,client,explorer,overview").split(","));
  const corpus = typeof args.flags.corpus === "string" ? args.flags.corpus : "fnc1";
  const scales = (typeof args.flags.scale === "string" ? args.flags.scale : "1,4,10").split(",").map(Number);
  const runs = typeof args.flags.runs === "string" ? Number(args.flags.runs) : 3;
  const sections: Array<{ title: string; lines: string[]; note?: string }> = [];
  let current: { title: string; lines: string[]; note?: string } | null = null;
  const section = (title: string, note?: string) => {
    current = { title, lines: [], ...(note ? { note } : {}) };
    sections.push(current);
  };
  const say = (s: string) => {
    current?.lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, ${javaVersion()}`;
  const command = `npm run bench -- --corpus ${corpus} --scale ${scales.join(",")} --runs ${runs} --stages ${[...stages].join(",")}`;

  if (stages.has("extract")) {
    section(
      "Extraction, relations and the judge (worker threads on every core, corpus stages on the main thread)",
      `Targets: ≥ 150 documents/s with both cores at 1×, 10× the documents ≤ 12× the time, peak < 1.5 GiB at 10× (each run in its own process with a ${HEAP_BUDGET_MIB} MiB heap budget; peak RSS includes the worker threads). ` +
        "The k× corpora are k copies of FNC-1 with fresh ids: every claim of a copy is a verbatim repeat, which the engine links once to its original and leaves out of pairing, so relation finding grows less than the document count.",
    );
    const byScale = new Map<number, { ms: number; run: ExtractRun }>();
    for (const scale of scales) {
      const results = Array.from({ length: runs }, () => runExtract(corpus, scale));
      const ms = median(results.map((r) => r.ms));
      const run = results[0]!;
      const peak = Math.max(...results.map((r) => r.peakMiB));
      byScale.set(scale, { ms, run });
      say(
        `extract ${scale}x: ${run.documents} documents, ${run.claims} claims, ${run.relations} relations (${run.contradicts} CONTRADICTS, ${run.judged} by the judge), ${run.stances} stances | ` +
          `median ${(ms / 1000).toFixed(2)} s over ${runs} runs (per-document stages ${(median(results.map((r) => r.perDocumentMs)) / 1000).toFixed(2)} s) = ` +
          `${(run.documents / (ms / 1000)).toFixed(0)} documents/s on ${os.availableParallelism()} cores | peak RSS ${peak} MiB`,
      );
    }
    const lo = Math.min(...scales);
    for (const hi of scales.filter((s) => s > lo)) {
      say(`extract scaling: ${hi / lo}x the documents took ${(byScale.get(hi)!.ms / byScale.get(lo)!.ms).toFixed(2)}x the time (target ≤ ${(hi / lo) * 1.2}x)`);
    }
    const anchor = winkAnchor(corpus);
    const first = byScale.get(lo)!;
    say(
      `anchor: wink-nlp's tokeniser (with sentence boundaries) alone on the same ${anchor.documents} texts, one core: ${anchor.docsPerSec.toFixed(0)} documents/s ` +
        `(${(anchor.tokensPerSec / 1000).toFixed(0)}k tokens/s); the whole pipeline at ${lo}x runs at ${((first.run.documents / (first.ms / 1000)) / anchor.docsPerSec * 100).toFixed(0)}% of that pass over the words`,
    );
  }

  if (stages.has("ingest") || stages.has("api")) {
    section(
      "Ingest into the local Neo4j and the API over the resulting graph",
      "Targets: full ingest of 1× in ≤ 60 s end to end, ≥ 20,000 rows/s in the load stage (anchor: ~70,000 rows/s reported for batched UNWIND writes); " +
        "on the 10× graph, 50 concurrent clients on loopback (a separate process reading bytes like autocannon, gzip accepted): /api/graph and /api/contradictions p95 ≤ 250 ms, /api/search p95 ≤ 50 ms, zero errors.",
    );
    const ingestScales = stages.has("api") ? [1, Math.max(...scales)] : [1];
    for (const scale of [...new Set(ingestScales)]) {
      const withApi = stages.has("api") && scale === Math.max(...ingestScales);
      const figs = [];
      const top = scale === Math.max(...ingestScales);
      for (let i = 0; i < (scale === 1 ? runs : 1); i += 1) figs.push(await benchIngest(corpus, scale, log, withApi && i === 0 ? { clients: 50, requests: 2000 } : undefined, top ? 2 : 0));
      const f = figs[0]!;
      const total = median(figs.map((x) => x.totalMs));
      const write = median(figs.map((x) => x.writeMs));
      say(
        `ingest ${scale}x into the local Neo4j: ${f.documents} documents, ${f.claims} claims, ${f.relations} relations, ${f.rows} rows in ${f.batches} batches | ` +
          `end to end ${figs.length > 1 ? "median " : ""}${(total / 1000).toFixed(1)} s (pipeline ${(median(figs.map((x) => x.pipelineMs)) / 1000).toFixed(1)} s, writes ${(write / 1000).toFixed(1)} s) = ` +
          `${(f.rows / (write / 1000)).toFixed(0)} rows/s in the load stage, ${((f.rows / (write / 1000)) / 70000 * 100).toFixed(0)}% of the ~70,000 rows/s anchor`,
      );
      if (f.warmWriteMs.length > 0) {
        const warm = median(f.warmWriteMs);
        say(
          `ingest ${scale}x, the same rows written again into the emptied database with Neo4j already running (median of ${f.warmWriteMs.length}): ` +
            `writes ${(warm / 1000).toFixed(1)} s = ${(f.rows / (warm / 1000)).toFixed(0)} rows/s in the load stage, ${((f.rows / (warm / 1000)) / 70000 * 100).toFixed(0)}% of the anchor ` +
            `(the first write above met a JVM just started)`,
        );
      }
      if (f.searchIndexMs !== null) say(`api: the explorer's in-memory search index over the ${scale}x graph built in ${(f.searchIndexMs / 1000).toFixed(1)} s after start (searches meanwhile use the full-text indexes)`);
      for (const a of f.api) {
        say(`api ${a.route} on the ${scale}x graph: ${a.requests} requests, ${a.concurrency} concurrent clients, p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, ${a.errors} errors`);
      }
    }
  }

  if (stages.has("reuters")) {
    section(
      "Extraction on real newswire: Reuters-21578 (../shared/datasets/reuters21578)",
      "1,000, 5,000 and all 19,043 stories with a body, real text (no copies), each run in its own process; the growth ratio compares time per document.",
    );
    const sizes: Array<[string, number]> = [["1000", 1000], ["5000", 5000], ["all", Infinity]];
    const figs: Array<{ label: string; run: ExtractRun; ms: number }> = [];
    for (const [label, n] of sizes) {
      const results = Array.from({ length: runs }, () => runExtract(Number.isFinite(n) ? `reuters:${n}` : "reuters", 1));
      const ms = median(results.map((r) => r.ms));
      const run = results[0]!;
      figs.push({ label, run, ms });
      say(
        `extract Reuters ${label}: ${run.documents} documents, ${run.claims} claims, ${run.relations} relations (${run.contradicts} CONTRADICTS) | median ${(ms / 1000).toFixed(1)} s over ${runs} runs = ` +
          `${(run.documents / (ms / 1000)).toFixed(0)} documents/s | peak RSS ${Math.max(...results.map((r) => r.peakMiB))} MiB`,
      );
    }
    const first = figs[0]!;
    for (const f of figs.slice(1)) {
      say(`extract Reuters growth: ${(f.run.documents / first.run.documents).toFixed(1)}x the documents took ${(f.ms / first.ms).toFixed(2)}x the time (${((f.ms / f.run.documents) / (first.ms / first.run.documents)).toFixed(2)}x the time per document)`);
    }
  }

  if (stages.has("incremental")) {
    section(
      "Incremental adds on a stored graph",
      "Targets: adding 1 document ≤ 1 s median end to end (parse, relate with stored claims, write), 100 documents ≤ 15 s, and the adding process's peak memory not growing with the stored graph. " +
        "105 FNC-1 bodies are held out of both stored graphs; each add runs in a fresh process with the judge loaded before the clock starts; the whole-set ingest is timed too.",
    );
    for (const f of await benchIncremental(log)) {
      say(`ingest of ${f.graph} (${f.storedDocuments} documents) through the joining ingest, one run: ${(f.ingestMs / 1000).toFixed(0)} s`);
      say(
        `add 1 document to ${f.graph}: median ${median(f.ones.map((o) => o.ms)).toFixed(0)} ms over ${f.ones.length} adds (each: ${f.ones.map((o) => `${o.ms} ms, ${o.recomputed} documents recomputed`).join("; ")}) | peak RSS ${Math.max(...f.ones.map((o) => o.peakMiB))} MiB`,
      );
      say(`add 100 documents to ${f.graph}: ${(f.hundred.ms / 1000).toFixed(1)} s, ${f.hundred.recomputed} documents recomputed | peak RSS ${f.hundred.peakMiB} MiB`);
    }
  }

  if (stages.has("client")) {
    section("Client rendering (Chromium, headless, software WebGL)", "Target: median frame time while panning ≤ 33 ms on a 10,000-node / 30,000-edge graph.");
    const c = runClient(runs);
    if (c) {
      say(
        `client: ${c.nodes} nodes, ${c.edges} edges in Sigma (the app's renderer and styles), layout stopped after ${(c.layoutMs / 1000).toFixed(1)} s | ` +
          `panning with the mouse, ${c.panMeansMs.length} pans of 3 s: ${c.frames} frames, mean frame time ${c.meanFrameMs.toFixed(0)} ms (median of the pans' means ${c.panMeansMs.map((m) => m.toFixed(0)).join(" / ")} ms), ` +
          `median interval ${c.medianFrameMs.toFixed(1)} ms, p95 ${c.p95FrameMs.toFixed(0)} ms (edges and labels hidden while moving; ` +
          `the median interval counts idle frames between drawn ones, so the mean is the figure a user feels)`,
      );
      if (c.floorFrameMs !== null) {
        say(
          `client floor: ${c.nodes} bare WebGL points (one draw call, no library, edges or labels) redraw at ${c.floorFrameMs.toFixed(0)} ms per frame in this browser on this machine; ` +
            `the explorer's mean is ${(c.meanFrameMs / c.floorFrameMs).toFixed(1)}× that floor`,
        );
      }
    } else say("client: not measured (client/dist or Chromium missing)");
  }

  if (stages.has("explorer")) {
    section("Explorer on the seeds graph", "Targets: API p95 ≤ 150 ms with 10 clients; first paint ≤ 2 s.");
    const ex = await benchExplorer(log);
    for (const f of ex.latencies) {
      say(`api ${f.route} on the seeds: ${f.requests} requests, ${f.concurrency} concurrent clients, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, ${f.errors} errors`);
    }
    if (ex.firstPaintMs.length) {
      say(`client first paint of the seeds graph (warm server, Chromium): median ${median(ex.firstPaintMs).toFixed(0)} ms over ${ex.firstPaintMs.length} loads`);
    }
  }

  if (stages.has("overview")) {
    const scale = Math.max(...scales);
    section(
      "Overview mode in Chromium on FNC-1 copies",
      "Target: with 10× FNC-1 loaded, the overview mode (claims collapsed into outlets, and into stories) draws in under 3 s in headless Chromium: navigation start to the first frame " +
        "after the collapsed graph is handed to Sigma (overview mode collapses the 2,000 claims most involved in conflicts). A first load with the server's read cache cold, then the median of reloads.",
    );
    const figures = await benchOverview(corpus, scale, log, Math.max(3, runs));
    for (const o of figures ?? []) {
      say(
        `overview by ${o.mode} ${scale}x: ${o.documents} documents, ${o.claims} claims stored | first draw: first load ${(o.coldMs / 1000).toFixed(2)} s, ` +
          `median ${(median(o.drawMs) / 1000).toFixed(2)} s over ${o.drawMs.length} reloads (${o.drawMs.map((m) => (m / 1000).toFixed(2)).join(" / ")} s) | drawn: ${o.note}`,
      );
    }
    if (!figures) say(`overview ${scale}x: not measured (the ${corpus} corpus, client/dist or Chromium is missing; see the log)`);
  }

  // Sections this invocation did not measure are kept from the file as it was, under their own command.
  const kept: string[] = [];
  if (fs.existsSync("BENCHMARKS.md")) {
    const file = fs.readFileSync("BENCHMARKS.md", "utf8");
    const oldCommand = /^Command: (`[^`]+`)/m.exec(file)?.[1] ?? "an earlier `npm run bench`";
    const fresh = new Set(sections.map((x) => x.title));
    for (const part of file.split(/^(?=## )/m).slice(1)) {
      const [heading, ...rest] = part.trimEnd().split("\n");
      if (fresh.has(heading!.slice(3).trim())) continue;
      const body = rest.join("\n");
      kept.push(/^Command: /m.test(body) ? part.trimEnd() : [heading, "", `Command: ${oldCommand} (an earlier run).`, body].join("\n"), "");
    }
  }
  const md = [
    "# Benchmarks",
    "",
    `Machine: ${machine}.`,
    "",
    `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}). Figures are medians of ${runs} runs where a stage repeats, each extraction run in a fresh process; peak RSS is the largest of the runs; ratios compare medians from this one invocation.`,
    "",
    ...sections.flatMap((s) => [`## ${s.title}`, "", `Command: \`${command}\`.`, "", ...(s.note ? [s.note, ""] : []), ...s.lines.map((l) => `- ${l}`), ""]),
    ...kept,
  ].join("\n");
  fs.writeFileSync("BENCHMARKS.md", md);
  process.stdout.write("bench: wrote BENCHMARKS.md\n");
  return 0;
});
