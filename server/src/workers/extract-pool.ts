/*
 * The pipeline across cores: the per-document stages (parsing, sentences, mentions, claim drafts)
 * run on worker threads in chunks handed out as workers free up; the corpus stages (duplicates,
 * entity resolution, relations, judge stances) run on the calling thread over the analysed chunks,
 * in input-name order, so the graph is identical to buildClaimGraph's whatever the thread count.
 * Each chunk's raw bytes are released once analysed.
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ClaimGraph } from "../../../graph-schema";
import { analyseInput, assembleGraph, buildClaimGraph, type AnalysedInput, type InputFile, type PipelineHooks } from "../nlp/pipeline";
import type { PipelineOverrides } from "../nlp/options";
import type { ChunkReply, ChunkRequest } from "./extract-worker";

export interface ParallelOptions {
  /** Worker threads; default: the available cores. 1 runs everything on the calling thread. */
  workers?: number;
  /** Files per message to a worker. */
  chunkSize?: number;
  /** Below this many files everything runs on the calling thread (starting workers costs more). */
  minParallelFiles?: number;
}

const MIN_PARALLEL_FILES = 64;

export async function buildClaimGraphParallel(
  inputs: InputFile[],
  overrides: PipelineOverrides = {},
  hooks: PipelineHooks = {},
  options: ParallelOptions = {},
): Promise<ClaimGraph> {
  const workers = Math.max(1, options.workers ?? os.availableParallelism());
  if (workers === 1 || inputs.length < (options.minParallelFiles ?? MIN_PARALLEL_FILES)) return buildClaimGraph(inputs, overrides, hooks);
  return assembleGraph(await analyseInputsParallel(inputs, overrides, hooks, options), overrides, hooks);
}

/** The per-document stages of every input, on worker threads when there are enough inputs, in input-name order. */
export async function analyseInputsParallel(
  inputs: InputFile[],
  overrides: PipelineOverrides = {},
  hooks: PipelineHooks = {},
  options: ParallelOptions = {},
): Promise<AnalysedInput[]> {
  const workers = Math.max(1, options.workers ?? os.availableParallelism());
  const sorted = [...inputs].sort((a, b) => a.name.localeCompare(b.name));
  if (workers === 1 || inputs.length < (options.minParallelFiles ?? MIN_PARALLEL_FILES)) {
    return sorted.map((input, i) => {
      const a = analyseInput(input, overrides);
      hooks.progress?.(i + 1, sorted.length);
      return a;
    });
  }
  const size = options.chunkSize ?? Math.max(8, Math.min(128, Math.ceil(sorted.length / (workers * 8))));
  const chunks: InputFile[][] = [];
  for (let i = 0; i < sorted.length; i += size) chunks.push(sorted.slice(i, i + size));
  const results: AnalysedInput[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  let filesDone = 0;
  const pool = Array.from({ length: Math.min(workers, chunks.length) }, () => startWorker());
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next >= chunks.length) return;
        const chunk = next++;
        w.postMessage({ chunk, inputs: chunks[chunk]!, overrides } satisfies ChunkRequest);
      };
      for (const w of pool) {
        w.on("message", (reply: ChunkReply) => {
          if ("error" in reply) {
            reject(new Error(`pipeline worker failed on chunk ${reply.chunk}: ${reply.error}`));
            return;
          }
          results[reply.chunk] = reply.analysed;
          filesDone += chunks[reply.chunk]!.length;
          chunks[reply.chunk] = [];
          hooks.progress?.(filesDone, sorted.length);
          done += 1;
          if (done === chunks.length) resolve();
          else feed(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (code !== 0 && done < chunks.length) reject(new Error(`pipeline worker exited with code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}

/**
 * The worker's entry. Compiled, it is extract-worker.js; run from source (tsx, ts-jest), the worker
 * registers tsx's CommonJS hook before requiring the .ts file, since hooks are per thread.
 */
function startWorker(): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `extract-worker${ext}`);
  if (ext !== ".ts") return new Worker(file);
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { eval: true });
}
