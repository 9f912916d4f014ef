/*
 * Benchmark corpora: the FNC-1 training bodies (../shared/datasets/fnc-1/train_bodies.csv, or
 * CLAIMGRAPH_FNC1_DIR) or a folder of articles, copied k times with fresh ids for the k× sizes.
 * Each copy's text gets a distinct last line so content-hash deduplication keeps every copy.
 */

import fs from "node:fs";
import path from "node:path";
import { loadInputs } from "../../server/src/io/load-inputs";
import type { InputFile } from "../../server/src/nlp/pipeline";
import { jsonlArchive } from "../eval/archive";
import { readFnc1Bodies } from "../judge/data";

export function fnc1Dir(): string {
  return process.env.CLAIMGRAPH_FNC1_DIR ?? path.resolve(__dirname, "../../../shared/datasets/fnc-1");
}

export function reutersFile(): string {
  return process.env.CLAIMGRAPH_REUTERS_FILE ?? path.resolve(__dirname, "../../../shared/datasets/reuters21578/reuters21578.jsonl");
}

/**
 * Reuters-21578's stories as eval:archive reads them (one input file each, so the per-document stages
 * spread over the workers; outlet Reuters, wire dates and line breaks undone), the first `limit`.
 */
export function loadReuters(limit = Infinity): InputFile[] {
  const file = reutersFile();
  if (!fs.existsSync(file)) throw new Error(`bench: ${file} not found; set CLAIMGRAPH_REUTERS_FILE (the dataset lives in ../shared/datasets, which a user's clone does not have).`);
  return jsonlArchive(fs.readFileSync(file, "utf8"), file).inputs.slice(0, Number.isFinite(limit) ? limit : undefined);
}

/** FNC-1's training bodies, one input file each. */
export function loadFnc1(): InputFile[] {
  const file = path.join(fnc1Dir(), "train_bodies.csv");
  if (!fs.existsSync(file)) throw new Error(`bench: ${file} not found; set CLAIMGRAPH_FNC1_DIR (the dataset lives in ../shared/datasets, which a user's clone does not have).`);
  const enc = new TextEncoder();
  return [...readFnc1Bodies(file)].map(([id, text]) => ({ name: `fnc1-${id}.txt`, bytes: enc.encode(text) }));
}

/** `fnc1` or a folder, k copies for scale k; `reuters:N`, the first N Reuters stories (scale ignored). */
export function loadCorpus(corpus: string, scale: number): InputFile[] {
  const base: Array<{ name: string; text: string }> = [];
  const reuters = /^reuters(?::(\d+))?$/.exec(corpus);
  if (reuters) return loadReuters(reuters[1] ? Number(reuters[1]) : Infinity);
  if (corpus === "fnc1") {
    const file = path.join(fnc1Dir(), "train_bodies.csv");
    if (!fs.existsSync(file)) throw new Error(`bench: ${file} not found; set CLAIMGRAPH_FNC1_DIR or pass --corpus <folder>.`);
    for (const [id, text] of readFnc1Bodies(file)) base.push({ name: `fnc1-${id}.txt`, text });
  } else {
    for (const f of loadInputs([corpus]).files) base.push({ name: f.name, text: Buffer.from(f.bytes).toString("utf8") });
  }
  const out: InputFile[] = [];
  const enc = new TextEncoder();
  for (let k = 0; k < scale; k += 1) {
    for (const b of base) out.push({ name: `copy${k}/${b.name}`, bytes: enc.encode(`${b.text}\n\n(copy ${k})\n`) });
  }
  return out;
}
