/*
 * The ingest use case: files and folders in, claim graph built by the pure pipeline, written to
 * Neo4j. No Express and no Cypher here; the CLI and the upload route both call this.
 */

import type { Driver } from "neo4j-driver";
import type { ClaimGraph, Diagnostic } from "../../../graph-schema";
import { countGraph, writeGraph, type GraphCounts } from "../db/write-graph";
import { ClaimGraphError } from "../errors";
import { loadInputs } from "../io/load-inputs";
import { loadJudge } from "../io/judge";
import type { InputFile } from "../nlp/pipeline";
import { buildClaimGraphParallel } from "../workers/extract-pool";
import type { StanceJudge } from "../nlp/relations/stances";

export interface IngestDeps {
  driver: Driver;
  database: string;
  log?: (line: string) => void;
  /** The relation judge; defaults to the committed models. `null` ingests with the rules alone. */
  judge?: StanceJudge | null;
}

export interface IngestResult {
  graph: ClaimGraph;
  diagnostics: Diagnostic[];
  counts: GraphCounts;
}

export async function ingestFiles(files: InputFile[], preDiagnostics: Diagnostic[], deps: IngestDeps): Promise<IngestResult> {
  const log = deps.log ?? (() => {});
  const graph = await buildClaimGraphParallel(files, {}, {
    progress: (done, total) => log(`ingest: documents ${done}/${total}`),
    judge: deps.judge === undefined ? loadJudge() : deps.judge ?? undefined,
  });
  const diagnostics = [...preDiagnostics, ...graph.diagnostics];
  if (graph.documents.length === 0) {
    throw new ClaimGraphError(
      "NOTHING_TO_INGEST",
      `ingest: nothing could be ingested${diagnostics.length ? `: ${diagnostics.filter((d) => d.severity === "error").map((d) => d.message).join(" ")}` : " (no input files)."}`,
    );
  }
  await writeGraph(deps.driver, deps.database, graph, {
    onProgress: (stage, done, total) => log(`ingest: wrote ${stage} ${done}/${total}`),
  });
  const counts = await countGraph(deps.driver, deps.database);
  return { graph, diagnostics, counts };
}

export async function ingestPaths(paths: string[], deps: IngestDeps): Promise<IngestResult> {
  const loaded = loadInputs(paths);
  return ingestFiles(loaded.files, loaded.diagnostics, deps);
}
