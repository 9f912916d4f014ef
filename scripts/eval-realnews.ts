/*
 * npm run eval:realnews -- <folder with gold.json> [--misses] [--no-judge] [--json out.json]
 *
 * Extracts the folder's articles (manifest.json beside them) and scores the graph against its
 * gold.json: recall of conflicts and echoes by kind, look-alike pairs flagged, the share of gold
 * quotes inside an extracted claim, and the number of CONTRADICTS edges. --misses lists every missed
 * or wrongly flagged pair. Reads only the folder it is given; says so when it is absent.
 */

import fs from "node:fs";
import path from "node:path";
import { parseCliArgs, runCli } from "./cli";
import { loadJudge } from "../server/src/io/judge";
import { loadInputs } from "../server/src/io/load-inputs";
import { buildClaimGraphParallel } from "../server/src/workers/extract-pool";
import { formatMisses, formatReport, GoldSchema, scoreGraph } from "./eval/gold";

runCli("eval:realnews", async (argv) => {
  const args = parseCliArgs(argv, { misses: "boolean", "no-judge": "boolean", json: "string" });
  const folder = args.positional[0] ?? path.join("..", "shared", "datasets", "realnews-dev");
  const goldFile = path.join(folder, "gold.json");
  if (!fs.existsSync(goldFile)) {
    process.stderr.write(`eval:realnews: ${goldFile} does not exist; pass a folder that holds articles, manifest.json and gold.json (the development set lives in ../shared/datasets/realnews-dev, which a user's clone does not have).\n`);
    return 2;
  }
  const parsed = GoldSchema.safeParse(JSON.parse(fs.readFileSync(goldFile, "utf8")));
  if (!parsed.success) {
    process.stderr.write(`eval:realnews: ${goldFile} is not in the gold format (${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}).\n`);
    return 2;
  }
  const loaded = loadInputs([folder]);
  const inputs = loaded.files.filter((f) => !/(^|[\\/])(gold\.json|README\.md|[^\\/]+\.py)$/.test(f.name));
  const t0 = Date.now();
  const graph = await buildClaimGraphParallel(inputs, {}, args.flags["no-judge"] ? {} : { judge: loadJudge() });
  const report = scoreGraph(graph, parsed.data);
  process.stdout.write(`realnews eval of ${folder}: ${graph.documents.length} documents, ${graph.claims.length} claims, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`${formatReport(report)}\n`);
  if (args.flags.misses) process.stdout.write(`\n${formatMisses(report)}\n`);
  if (typeof args.flags.json === "string") fs.writeFileSync(args.flags.json, `${JSON.stringify({ ...report, outcomes: undefined }, null, 2)}\n`);
  return 0;
});
