/*
 * Incremental adds on a stored graph: the graph holds FNC-1 alone, then Reuters-21578 plus FNC-1
 * (about 20,700 real documents), less 105 FNC-1 bodies held out; each add of held-out bodies runs in
 * a fresh process (add-run.ts) and joins the stored graph as `npm run ingest` would. Reports the
 * whole-set ingest, the median of five one-document adds, one hundred-document add, and the adding
 * process's peak memory, for both stored graphs side by side.
 */

import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadJudge } from "../../server/src/io/judge";
import type { InputFile } from "../../server/src/nlp/pipeline";
import { ingestFiles } from "../../server/src/services/ingest";
import { loadFnc1, loadReuters } from "./corpus";
import { emptyDatabase, withBenchDb } from "./harness";

const HELD_OUT = 105;

/** The FNC-1 bodies kept out of the stored graphs, to be added one or a hundred at a time. */
export function heldOut(): InputFile[] {
  return loadFnc1().slice(-HELD_OUT);
}

export interface AddFigure {
  documents: number;
  recomputed: number;
  ms: number;
  peakMiB: number;
}

export interface IncrementalFigure {
  graph: string;
  storedDocuments: number;
  ingestMs: number;
  ones: AddFigure[];
  hundred: AddFigure;
}

function add(from: number, count: number): AddFigure {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "scripts/bench/add-run.ts", String(from), String(count)], { encoding: "utf8", maxBuffer: 1 << 20, env: process.env });
  if (r.status !== 0) throw new Error(`bench: add run failed: ${r.stderr.trim().split("\n").pop()}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as AddFigure;
}

export async function benchIncremental(log: (l: string) => void): Promise<IncrementalFigure[]> {
  const judge = loadJudge();
  const fnc = loadFnc1().slice(0, -HELD_OUT);
  const bases: Array<[string, () => InputFile[]]> = [
    ["FNC-1", () => fnc],
    ["Reuters-21578 + FNC-1", () => [...loadReuters(), ...fnc]],
  ];
  const out: IncrementalFigure[] = [];
  for (const [name, load] of bases) {
    const figure = await withBenchDb(log, async (db) => {
      await emptyDatabase(db);
      const inputs = load();
      log(`bench: ingesting ${name} (${inputs.length} inputs) into the bench database`);
      const t0 = performance.now();
      const result = await ingestFiles(inputs, [], { driver: db.driver, database: db.database, judge, log: (l) => (/documents \d+\/\d+$/.test(l) ? undefined : log(l)) });
      const ingestMs = performance.now() - t0;
      const storedDocuments = result.counts.labels.Document ?? 0;
      const ones = [0, 1, 2, 3, 4].map((i) => add(i, 1));
      const hundred = add(5, 100);
      return { graph: name, storedDocuments, ingestMs, ones, hundred };
    });
    out.push(figure);
  }
  return out;
}
