/*
 * `npm run extract -- <files or folders>... [--out graph.json] [--no-judge]`: the claim pipeline
 * without a database. Writes the whole graph as JSON (stdout without --out); diagnostics go to
 * stderr. Exits 1 when nothing could be extracted. --no-judge leaves the relation judge out (rules
 * only, no document stances).
 */

import fs from "node:fs";
import { parseCliArgs, reportDiagnostics, runCli } from "./cli";
import { loadJudge } from "../server/src/io/judge";
import { loadInputs } from "../server/src/io/load-inputs";
import { buildClaimGraphParallel } from "../server/src/workers/extract-pool";

runCli("extract", async (argv) => {
  const args = parseCliArgs(argv, { out: "string", "no-judge": "boolean" });
  const paths = args.positional.length > 0 ? args.positional : ["seeds"];
  const loaded = loadInputs(paths);
  const graph = await buildClaimGraphParallel(loaded.files, {}, args.flags["no-judge"] ? {} : { judge: loadJudge() });
  graph.diagnostics = [...loaded.diagnostics, ...graph.diagnostics];
  reportDiagnostics(graph.diagnostics);
  const json = `${JSON.stringify(graph, null, 2)}\n`;
  if (typeof args.flags.out === "string") fs.writeFileSync(args.flags.out, json);
  else process.stdout.write(json);
  process.stderr.write(
    `extract: ${graph.documents.length} documents, ${graph.claims.length} claims, ${graph.entities.length} entities, ` +
      `${graph.relations.filter((r) => r.type === "CONTRADICTS").length} CONTRADICTS, ${graph.relations.filter((r) => r.type === "SUPPORTS").length} SUPPORTS, ` +
      `${graph.stances.filter((s) => s.type === "DISPUTES").length} DISPUTES, ${graph.stances.filter((s) => s.type === "ECHOES").length} ECHOES\n`,
  );
  return graph.documents.length > 0 ? 0 : 1;
});
