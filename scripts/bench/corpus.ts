/*
 * Benchmark corpora: the FNC-1 training bodies (../shared/datasets/fnc-1/train_bodies.csv, or
 * CLAIMGRAPH_FNC1_DIR) or a folder of articles, copied k times with fresh ids for the k× sizes.
 * Each copy's text gets a distinct last line so content-hash deduplication keeps every copy.
 */

import fs from "node:fs";
import path from "node:path";
import { loadInputs } from "../../server/src/io/load-inputs";
import type { InputFile } from "../../server/src/nlp/pipeline";
import { readFnc1Bodies } from "../judge/data";

export function fnc1Dir(): string {
  return process.env.CLAIMGRAPH_FNC1_DIR ?? path.resolve(__dirname, "../../../shared/datasets/fnc-1");
}

export function loadCorpus(corpus: string, scale: number): InputFile[] {
  const base: Array<{ name: string; text: string }> = [];
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
