/*
 * `npm run remove -- <document id or file> [...]`: removes stored documents and recomputes what they
 * touched (their stories' other documents, names they shared), so the graph is what an ingest of the
 * rest would give. An unknown id or file removes nothing and exits 1.
 */

import { reportDiagnostics, runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { isClaimGraphError } from "../server/src/errors";
import { removeDocuments } from "../server/src/services/ingest";

const log = (line: string) => process.stderr.write(`${line}\n`);

runCli("remove", async (argv) => {
  if (argv.length === 0) {
    process.stderr.write("remove: name the documents to remove, by id (doc-…) or by the file they were ingested from: npm run remove -- <id or file> [...]\n");
    return 1;
  }
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  try {
    const result = await removeDocuments(argv, { driver, database: config.neo4j.database, log });
    reportDiagnostics(result.diagnostics);
    process.stdout.write(`remove: ${result.removed.length} documents removed (${result.removed.join(", ")}); ${result.graph.documents.length} stored documents recomputed.\nremove: the database now holds ${result.counts.labels.Document ?? 0} documents, ${result.counts.relationships.CONTRADICTS ?? 0} CONTRADICTS, ${result.counts.relationships.SUPPORTS ?? 0} SUPPORTS.\n`);
    return 0;
  } catch (error) {
    if (isClaimGraphError(error, "NOTHING_TO_INGEST")) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
});
