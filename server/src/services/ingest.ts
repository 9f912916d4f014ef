/*
 * The ingest use cases: files and folders in, or documents out, and the stored graph recomputed where
 * they touch it (join.ts) so it is what one run over every stored document would give. No Express
 * and no Cypher here; the CLIs, the watcher and the upload route call these.
 */

import type { Driver } from "neo4j-driver";
import type { ClaimGraph, Diagnostic } from "../../../graph-schema";
import { CorpusStore } from "../db/corpus-store";
import { withIngestLock } from "../db/ingest-lock";
import { applySchema } from "../db/schema";
import { countGraph, writeGraph, type GraphCounts } from "../db/write-graph";
import { removeAndTidy, writeNames } from "../db/write-names";
import { ClaimGraphError } from "../errors";
import { loadInputs } from "../io/load-inputs";
import { loadJudge } from "../io/judge";
import { analyseDocument, appendToStory, assembleGraph, unionGraphs, type DocWork, type InputFile } from "../nlp/pipeline";
import type { StanceJudge } from "../nlp/relations/stances";
import { analyseInputsParallel } from "../workers/extract-pool";
import { planJoin } from "./join";

export interface IngestDeps {
  driver: Driver;
  database: string;
  log?: (line: string) => void;
  /** The relation judge; defaults to the committed models. `null` ingests with the rules alone. */
  judge?: StanceJudge | null;
}

/** Milliseconds of an ingest's phases under the lock: planning (store reads), assembly, graph and names writes. */
export type IngestTimings = Record<"plan" | "assemble" | "write" | "names", number>;

function phaseClock() {
  let last = performance.now();
  const ms = { plan: 0, assemble: 0, write: 0, names: 0 } as IngestTimings;
  return {
    ms,
    lap(phase: keyof IngestTimings) {
      const now = performance.now();
      ms[phase] = Math.round(now - last);
      last = now;
    },
  };
}

export interface IngestResult {
  /** What this ingest recomputed: its documents and every stored one whose claims, story or relations it touched. */
  graph: ClaimGraph;
  diagnostics: Diagnostic[];
  counts: GraphCounts;
  /** Documents of this ingest; the rest of `graph` are stored documents recomputed with them. */
  documentIds: string[];
  removed: string[];
  timings: IngestTimings;
}

/**
 * Stored documents read from `files` (a file's name, or "name#n" for the n-th record of a multi-document
 * file) that are not among `keep`: what an earlier version of those files yielded and this one no longer does.
 */
async function superseded(deps: IngestDeps, files: string[], keep: Set<string>): Promise<string[]> {
  if (files.length === 0) return [];
  const { records } = await deps.driver.executeQuery(
    "UNWIND $files AS f MATCH (d:Document) WHERE d.file = f OR d.file STARTS WITH (f + '#') RETURN DISTINCT d.id AS id",
    { files },
    { database: deps.database, routing: "READ" },
  );
  return records.map((r) => r.get("id") as string).filter((id) => !keep.has(id));
}

/**
 * Plans, assembles and writes a change to the stored corpus, holding the ingest lock throughout.
 * `files`: the files `incoming` was read from; what they yielded before and no longer do is removed.
 */
async function applyChange(incoming: DocWork[], removeIds: string[], deps: IngestDeps, files: string[] = []): Promise<Omit<IngestResult, "diagnostics" | "documentIds"> & { diagnostics: Diagnostic[] }> {
  const log = deps.log ?? (() => {});
  const judge = deps.judge === undefined ? loadJudge() : deps.judge ?? undefined;
  await applySchema(deps.driver, deps.database);
  return withIngestLock(
    deps.driver,
    deps.database,
    async () => {
      const stale = await superseded(deps, files, new Set(incoming.map((w) => w.doc.id)));
      if (stale.length > 0) log(`ingest: ${stale.length} stored documents came from earlier versions of these files and are replaced`);
      const clock = phaseClock();
      const plan = await planJoin(new CorpusStore(deps.driver, deps.database), incoming, [...removeIds, ...stale]);
      clock.lap("plan");
      if (plan.whole) log(`ingest: whole stories are recomputed: ${plan.whole}`);
      const stored = plan.work.length - incoming.length;
      if (stored > 0) log(`ingest: ${stored} stored documents share entities or stories with this ingest and are recomputed with it`);
      const own = plan.work.length > 0 || !plan.appends ? [assembleGraph([{ name: "", diagnostics: [], work: plan.work }], {}, { judge }, plan.context)] : [];
      const joined = (plan.appends ?? []).map(({ join, partners }) => appendToStory(join, partners, plan.context.resolution, {}, { judge }));
      if (plan.appends) log(`ingest: ${plan.appends.reduce((n, a) => n + a.join.fresh.length, 0)} documents join stored stories; ${plan.appends.reduce((n, a) => n + a.partners.length, 0)} stored documents are read to relate them`);
      const graph = joined.length > 0 ? unionGraphs([...own, ...joined]) : own[0]!;
      clock.lap("assemble");
      await writeGraph(deps.driver, deps.database, graph, { gone: plan.removed, schemaApplied: true, onProgress: (stage, done, total) => log(`ingest: wrote ${stage} ${done}/${total}`) });
      clock.lap("write");
      await writeNames(deps.driver, deps.database, plan.names);
      await removeAndTidy(deps.driver, deps.database, plan);
      clock.lap("names");
      const counts = await countGraph(deps.driver, deps.database);
      log(`ingest: ${Object.entries(clock.ms).map(([k, v]) => `${k} ${v} ms`).join(", ")}`);
      return { graph, counts, removed: plan.removed, diagnostics: plan.diagnostics, timings: clock.ms };
    },
    { log },
  );
}

export async function ingestFiles(files: InputFile[], preDiagnostics: Diagnostic[], deps: IngestDeps): Promise<IngestResult> {
  const log = deps.log ?? (() => {});
  const analysed = await analyseInputsParallel(files, {}, { progress: (done, total) => log(`ingest: documents ${done}/${total}`) });
  const diagnostics = [...preDiagnostics, ...analysed.flatMap((a) => a.diagnostics)];
  const incoming = analysed.flatMap((a) => a.work);
  if (incoming.length === 0) {
    throw new ClaimGraphError(
      "NOTHING_TO_INGEST",
      `ingest: nothing could be ingested${diagnostics.length ? `: ${diagnostics.filter((d) => d.severity === "error").map((d) => d.message).join(" ")}` : " (no input files)."}`,
    );
  }
  const result = await applyChange(incoming, [], deps, [...new Set(files.map((f) => f.name))]);
  const mine = new Set(incoming.map((w) => w.doc.file));
  return {
    ...result,
    documentIds: [...new Set(incoming.map((w) => w.doc.id))].sort(),
    // The pipeline's warnings about this ingest's own files; stored documents had theirs when they came.
    diagnostics: [...diagnostics, ...result.diagnostics, ...result.graph.diagnostics.filter((d) => mine.has(d.file))],
  };
}

export async function ingestPaths(paths: string[], deps: IngestDeps): Promise<IngestResult> {
  const loaded = loadInputs(paths);
  return ingestFiles(loaded.files, loaded.diagnostics, deps);
}

/**
 * Removes stored documents, named by id ("doc-…") or by the file they were ingested from, and
 * recomputes what they touched. Unknown names are an error that names them; nothing is removed then.
 */
export async function removeDocuments(names: string[], deps: IngestDeps): Promise<IngestResult> {
  const { records } = await deps.driver.executeQuery(
    "UNWIND $names AS name MATCH (d:Document) WHERE d.id = name OR d.file = name OR d.file ENDS WITH ('/' + name) RETURN name, collect(d.id) AS ids",
    { names },
    { database: deps.database, routing: "READ" },
  );
  const found = new Map(records.map((r) => [r.get("name") as string, r.get("ids") as string[]]));
  const missing = names.filter((n) => !found.has(n));
  if (missing.length > 0) throw new ClaimGraphError("NOTHING_TO_INGEST", `remove: no stored document has the id or file ${missing.map((m) => `"${m}"`).join(", ")}; nothing was removed.`);
  const ids = [...new Set([...found.values()].flat())].sort();
  const result = await applyChange([], ids, deps);
  return { ...result, documentIds: [] };
}

export interface RelinkResult {
  documents: number;
  /** Relations and stances by the engine version that made them, before the relink. */
  enginesBefore: Record<string, number>;
  counts: GraphCounts;
}

/**
 * Recomputes the stored graph with the engine as it is now: every stored document, in batches of
 * `batchSize`, is analysed again from its stored text and joins the graph as a re-ingest would, so
 * entity merges, stories, relations and stances end as one ingest of every document would make
 * them. Memory holds one batch and what it touches, not the corpus.
 */
export async function relinkStored(deps: IngestDeps, options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<RelinkResult> {
  const batchSize = options.batchSize ?? 50;
  const read = async (cypher: string) => (await deps.driver.executeQuery(cypher, {}, { database: deps.database, routing: "READ" })).records;
  const engines = await read("MATCH ()-[r:CONTRADICTS|SUPPORTS|DISPUTES|ECHOES]->() RETURN coalesce(r.engine, 'unknown') AS engine, count(*) AS n");
  const enginesBefore = Object.fromEntries(engines.map((r) => [r.get("engine") as string, Number(r.get("n"))]));
  const ids = (await read("MATCH (d:Document) RETURN d.id AS id ORDER BY id")).map((r) => r.get("id") as string);
  const store = new CorpusStore(deps.driver, deps.database);
  const judge = deps.judge === undefined ? loadJudge() : deps.judge;
  let counts = await countGraph(deps.driver, deps.database);
  options.onProgress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += batchSize) {
    const docs = await store.documents(ids.slice(i, i + batchSize));
    const work = [...docs.values()].map((doc) => analyseDocument(doc));
    if (work.length > 0) counts = (await applyChange(work, [], { ...deps, judge, log: undefined })).counts;
    options.onProgress?.(Math.min(ids.length, i + batchSize), ids.length);
  }
  return { documents: ids.length, enginesBefore, counts };
}
