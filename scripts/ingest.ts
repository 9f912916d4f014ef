/*
 * `npm run ingest [-- <files or folders>]` (default seeds/): builds the claim graph and writes it to
 * Neo4j — the local one, started if needed, or the server NEO4J_URI names. Progress on stderr, a
 * summary at the end. Exits 1 when nothing could be ingested, 2 on a database or config failure.
 */

import { reportDiagnostics, runCli } from "./cli";
import { withIngestDeps } from "./db-cli";
import { ingestPaths } from "../server/src/services/ingest";

runCli("ingest", (argv) =>
  withIngestDeps(async (deps, config) => {
    const paths = argv.length > 0 ? argv : ["seeds"];
    const result = await ingestPaths(paths, deps);
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
  }),
);
