/*
 * Loads the committed judge models (server/models/judge-*.json, written by npm run train:judge) and
 * WordNet, once per process, and hands back the pure Judge.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Judge, type SerializedJudgeModel } from "../nlp/judge/judge";
import { loadWordNet } from "./wordnet";

export const DEFAULT_MODEL_DIR = resolve(__dirname, "..", "..", "models");

const loaded = new Map<string, Judge>();

function readModel(file: string): SerializedJudgeModel {
  if (!existsSync(file)) throw new Error(`judge model ${file} is missing; run npm run train:judge`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as SerializedJudgeModel;
  } catch (e) {
    throw new Error(`judge model ${file} is not valid JSON (${(e as Error).message}); run npm run train:judge`);
  }
}

export function loadJudge(dir = DEFAULT_MODEL_DIR): Judge {
  const key = resolve(dir);
  let judge = loaded.get(key);
  if (!judge) {
    judge = new Judge({ sentence: readModel(join(key, "judge-sentence.json")), article: readModel(join(key, "judge-article.json")) }, loadWordNet());
    loaded.set(key, judge);
  }
  return judge;
}
