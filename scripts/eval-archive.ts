/*
 * npm run eval:archive -- <folder | file.jsonl | train_bodies.csv> [--limit N] [--no-judge] [--sample N] [--seed S] [--out sample.md]
 *
 * Precision on real archives, where no gold exists: extracts the archive (the first N stories by id
 * with --limit), prints documents, claims, CONTRADICTS and SUPPORTS, CONTRADICTS by detector and
 * kind, wall time, docs/s and peak RSS; --sample prints N CONTRADICTS edges drawn with --seed (1 by
 * default), and --out writes them as markdown with a blank verdict column. The datasets it is meant
 * for live in ../shared/datasets; it says so when the path given is absent.
 */

import fs from "node:fs";
import { parseCliArgs, reportDiagnostics, runCli } from "./cli";
import { loadJudge } from "../server/src/io/judge";
import { buildClaimGraphParallel } from "../server/src/workers/extract-pool";
import { countEdges, formatCounts, formatSample, loadArchive, sampleContradictions, sampleMarkdown } from "./eval/archive";

const USAGE = "usage: npm run eval:archive -- <folder | file.jsonl | train_bodies.csv> [--limit N] [--no-judge] [--sample N] [--seed S] [--out sample.md]";

function count(value: string | boolean | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number of at least ${min}, not ${String(value)}`);
  return n;
}

runCli("eval:archive", async (argv) => {
  const args = parseCliArgs(argv, { limit: "string", "no-judge": "boolean", sample: "string", seed: "string", out: "string" });
  const file = args.positional[0];
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const limit = count(args.flags.limit, "limit", 1);
  const sample = count(args.flags.sample, "sample", 1);
  const seed = count(args.flags.seed, "seed", 0) ?? 1;
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (out && sample === undefined) throw new Error("--out writes the sample; add --sample N");

  const archive = loadArchive(file);
  reportDiagnostics(archive.diagnostics);
  const inputs = limit === undefined ? archive.inputs : archive.inputs.slice(0, limit);
  const judge = args.flags["no-judge"] ? undefined : loadJudge();
  const t0 = performance.now();
  const graph = await buildClaimGraphParallel(inputs, {}, judge ? { judge } : {});
  const seconds = (performance.now() - t0) / 1000;
  const run = { inputs: inputs.length, skipped: archive.skipped, seconds, peakMiB: process.resourceUsage().maxRSS / 1024 };
  const counts = countEdges(graph);
  const heading = `eval:archive ${file}${limit === undefined ? "" : ` --limit ${limit}`}${judge ? "" : " --no-judge"}`;
  process.stdout.write(`${heading}\n${formatCounts(counts, run)}\n`);
  if (graph.diagnostics.length > 0) process.stdout.write(`pipeline diagnostics: ${graph.diagnostics.length} (first: ${graph.diagnostics[0]!.message})\n`);

  if (sample !== undefined) {
    const edges = sampleContradictions(graph, sample, seed);
    process.stdout.write(`\n${edges.length} of ${counts.contradicts} CONTRADICTS edges, seed ${seed}:\n\n${formatSample(edges)}\n`);
    if (out) {
      const about = [
        `command: \`npm run eval:archive -- ${argv.join(" ")}\``,
        `${counts.documents} documents, ${counts.claims} claims, ${counts.contradicts} CONTRADICTS, ${counts.supports} SUPPORTS`,
        `${edges.length} of ${counts.contradicts} CONTRADICTS edges drawn with seed ${seed}`,
      ];
      fs.writeFileSync(out, sampleMarkdown(edges, `CONTRADICTS sample: ${heading}`, about));
      process.stdout.write(`\nwrote ${out}\n`);
    }
  }
  return 0;
});
