/*
 * One extraction run in its own process, so that peak memory is this run's alone. Prints one JSON
 * line: documents, claims, relations, milliseconds, peak RSS in MiB.
 */

import { buildClaimGraph } from "../../server/src/nlp/pipeline";
import { loadCorpus } from "./corpus";

const [corpus = "fnc1", scaleArg = "1"] = process.argv.slice(2);
const inputs = loadCorpus(corpus, Number(scaleArg));
const t0 = performance.now();
const graph = buildClaimGraph(inputs);
const ms = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({
    documents: graph.documents.length,
    claims: graph.claims.length,
    relations: graph.relations.length,
    contradicts: graph.relations.filter((r) => r.type === "CONTRADICTS").length,
    ms: Math.round(ms),
    peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
