/*
 * `npm run remove -- <document id or file> [...]`: removes stored documents and recomputes what they
 * touched (their stories' other documents, names they shared), so the graph is what an ingest of the
 * rest would give. An unknown id or file removes nothing and exits 1.
 */

import { reportDiagnostics, runCli } from "./cli";
import { withIngestDeps } from "./db-cli";
import { removeDocuments } from "../server/src/services/ingest";

runCli("remove", (argv) => {
  if (argv.length === 0) {
    process.stderr.write("remove: name the documents to remove, by id (doc-…) or by the file they were ingested from: npm run remove -- <id or file> [...]\n");
    return Promise.resolve(1);
  }
  return withIngestDeps(async (deps) => {
    const result = await removeDocuments(argv, deps);
    reportDiagnostics(result.diagnostics);
    process.stdout.write(`remove: ${result.removed.length} documents removed (${result.removed.join(", ")}); ${result.graph.documents.length} stored documents recomputed.\nremove: the database now holds ${result.counts.labels.Document ?? 0} documents, ${result.counts.relationships.CONTRADICTS ?? 0} CONTRADICTS, ${result.counts.relationships.SUPPORTS ?? 0} SUPPORTS.\n`);
    return 0;
  });
});
