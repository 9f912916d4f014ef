/*
 * `npm run bench [-- --corpus fnc1|<folder> --scale 1,4 --runs 3]`: each stage at each size, in a
 * fresh process per run; prints one line per figure and writes BENCHMARKS.md with the machine.
 * Figures are medians of the runs; the scaling ratio compares medians taken in this one invocation.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCliArgs, runCli } from "./cli";
import { benchExplorer } from "./bench/explorer";
import { benchIngest } from "./bench/ingest";

interface ExtractRun {
  documents: number;
  claims: number;
  relations: number;
  contradicts: number;
  ms: number;
  peakMiB: number;
}

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
  const r = spawnSync(process.execPath, [tsx, "scripts/bench/extract-run.ts", corpus, String(scale)], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench: extract run failed: ${r.stderr.trim().split("\n").pop()}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ExtractRun;
}

runCli("bench", async (argv) => {
  const args = parseCliArgs(argv, { corpus: "string", scale: "string", runs: "string", stages: "string" });
  const stages = new Set((typeof args.flags.stages === "string" ? args.flags.stages : "extract,ingest,explorer").split(","));
  const corpus = typeof args.flags.corpus === "string" ? args.flags.corpus : "fnc1";
  const scales = (typeof args.flags.scale === "string" ? args.flags.scale : "1,4").split(",").map(Number);
  const runs = typeof args.flags.runs === "string" ? Number(args.flags.runs) : 3;
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, ${javaVersion()}`;
  const command = `npm run bench -- --corpus ${corpus} --scale ${scales.join(",")} --runs ${runs} --stages ${[...stages].join(",")}`;

  const extractLines: string[] = [];
  const byScale = new Map<number, { docsPerSec: number; ms: number; peak: number; run: ExtractRun }>();
  for (const scale of stages.has("extract") ? scales : []) {
    const results = Array.from({ length: runs }, () => runExtract(corpus, scale));
    const ms = median(results.map((r) => r.ms));
    const peak = Math.max(...results.map((r) => r.peakMiB));
    const run = results[0]!;
    byScale.set(scale, { docsPerSec: run.documents / (ms / 1000), ms, peak, run });
    say(
      `extract ${scale}x: ${run.documents} documents, ${run.claims} claims, ${run.relations} relations (${run.contradicts} CONTRADICTS) | ` +
        `median ${(ms / 1000).toFixed(2)} s over ${runs} runs = ${(run.documents / (ms / 1000)).toFixed(0)} documents/s on one core | peak RSS ${peak} MiB`,
    );
  }
  const [lo, hi] = [Math.min(...scales), Math.max(...scales)];
  if (lo !== hi && stages.has("extract")) {
    const ratio = byScale.get(hi)!.ms / byScale.get(lo)!.ms;
    say(`extract scaling: ${hi / lo}x the documents took ${ratio.toFixed(2)}x the time (target ≤ ${hi / lo === 4 ? 5 : ((hi / lo) * 1.2).toFixed(0)}x)`);
  }

  extractLines.push(...lines.splice(0));
  if (stages.has("ingest")) {
    const figs = [];
    for (let i = 0; i < runs; i += 1) figs.push(await benchIngest(corpus, 1, (l) => process.stderr.write(`${l}\n`)));
    const f = figs[0]!;
    const total = median(figs.map((x) => x.totalMs));
    const write = median(figs.map((x) => x.writeMs));
    say(
      `ingest 1x into the local Neo4j: ${f.documents} documents, ${f.rows} rows in ${f.batches} batches | end to end median ${(total / 1000).toFixed(1)} s ` +
        `(pipeline ${(median(figs.map((x) => x.pipelineMs)) / 1000).toFixed(1)} s, writes ${(write / 1000).toFixed(1)} s) = ${(f.rows / (write / 1000)).toFixed(0)} rows/s in the load stage (targets ≤ 60 s, ≥ 20,000 rows/s; anchor ~70,000 rows/s for batched UNWIND)`,
    );
  }
  if (stages.has("explorer")) {
    const ex = await benchExplorer((l) => process.stderr.write(`${l}\n`));
    for (const f of ex.latencies) {
      say(`api ${f.route} on the seeds: ${f.requests} requests, ${f.concurrency} concurrent clients, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, ${f.errors} errors (target p95 ≤ 150 ms)`);
    }
    if (ex.firstPaintMs.length) {
      say(`client first paint of the seeds graph (warm server, Chromium): median ${median(ex.firstPaintMs).toFixed(0)} ms over ${ex.firstPaintMs.length} loads (target ≤ 2000 ms)`);
    }
  }

  const md = [
    "# Benchmarks",
    "",
    `Machine: ${machine}.`,
    "",
    `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}). Each figure is the median of ${runs} runs, each run in a fresh process; peak RSS is the largest of the runs.`,
    "",
    "## Extraction and relations (pure pipeline, one core)",
    "",
    ...extractLines.map((l) => `- ${l}`),
    "",
    "Targets: ≥ 50 documents/s on one core, peak < 1.5 GiB, 4× the documents ≤ 5× the time. Anchor for a pass over the words: not measured yet.",
    "",
    "## Ingest and explorer (local Neo4j; API on loopback and client in Chromium on the seeds graph)",
    "",
    ...lines.map((l) => `- ${l}`),
    "",
  ].join("\n");
  fs.writeFileSync("BENCHMARKS.md", md);
  process.stdout.write("bench: wrote BENCHMARKS.md\n");
  return 0;
});
