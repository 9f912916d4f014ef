/*
 * Worker thread for the per-document pipeline stages: receives chunks of input files, answers with
 * their analysed form. A shell only; the work is analyseInput in the pure pipeline.
 */
import { parentPort } from "node:worker_threads";
import { analyseInput, type AnalysedInput } from "../nlp/pipeline";
import type { InputFile } from "../nlp/documents/parse";
import type { PipelineOverrides } from "../nlp/options";

export interface ChunkRequest {
  chunk: number;
  inputs: InputFile[];
  overrides: PipelineOverrides;
}

export type ChunkReply = { chunk: number; analysed: AnalysedInput[] } | { chunk: number; error: string };

parentPort?.on("message", (msg: ChunkRequest) => {
  try {
    const analysed = msg.inputs.map((input) => analyseInput(input, msg.overrides));
    parentPort!.postMessage({ chunk: msg.chunk, analysed } satisfies ChunkReply);
  } catch (error) {
    parentPort!.postMessage({ chunk: msg.chunk, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ChunkReply);
  }
});
