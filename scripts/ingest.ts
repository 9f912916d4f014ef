/*
 * `npm run ingest [-- <files or folders>]` (default seeds/): builds the claim graph and writes it to
 * Neo4j — the local one, started if needed, or the server NEO4J_URI names. Progress on stderr, a
 * summary at the end. Exits 1 when nothing could be ingested, 2 on a database or config failure.
 */

import { reportDiagnostics, runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { ingestPaths } from "../server/src/services/ingest";
import { isClaimGraphError } from "../server/src/errors";

const log = (line: string) => process.stderr.write(`${line}\n`);

runCli("ingest", async (argv) => {
  const paths = argv.length > 0 ? argv : ["seeds"];
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  try {
    const result = await ingestPaths(paths, { driver, database: config.neo4j.database, log });
    reportDiagnostics(result.diagnostics);
    const g = result.graph;
    const byType = (t: string) => g.relations.filter((r) => r.type === t).length;
    process.stdout.write(
      [
        `ingest: ${result.documentIds.length} documents in this run; with the ${g.documents.length - result.documentIds.length} stored documents they touch, ${g.claims.length} claims and ${g.entities.length} entities were recomputed`,
        `ingest: recomputed: CONTRADICTS ${byType("CONTRADICTS")}, SUPPORTS ${byType("SUPPORTS")}, MENTIONS ${g.mentions.length}`,
        `ingest: database ${config.neo4j.uri} (${config.neo4j.database}) now holds:`,
        ...Object.entries(result.counts.labels).map(([k, v]) => `  (:${k}) ${v}`),
        ...Object.entries(result.counts.relationships).map(([k, v]) => `  [:${k}] ${v}`),
        "",
      ].join("\n"),
    );
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
