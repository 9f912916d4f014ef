/*
 * npm run eval:fnc1 -- --stances train_stances.csv --bodies train_bodies.csv [--split validation|train|all] [--models dir]
 *
 * Scores the judge on labelled FNC-1 files the official way: relative weighted score, plus per-class
 * and macro F1 and the confusion matrix. `--split validation` keeps only the article bodies that
 * npm run train:judge held out, which reproduces the README's figure from the training files.
 */
import { join } from "node:path";
import { loadJudge, DEFAULT_MODEL_DIR } from "../server/src/io/judge";
import { parseCliArgs } from "./cli";
import { confusion, fncScore, formatConfusion, JUDGE_TO_FNC, macroF1, perClass } from "../server/src/nlp/judge/metrics";
import { readFnc1, splitByGroup } from "./judge/data";
import { FNC_SPLIT_SEED, FNC_VALIDATION_SHARE } from "./judge/split";

const { flags } = parseCliArgs(process.argv.slice(2), { stances: "string", bodies: "string", split: "string", models: "string" });
const arg = (name: string): string | undefined => (typeof flags[name] === "string" ? (flags[name] as string) : undefined);

const stances = arg("stances");
const bodies = arg("bodies");
if (!stances || !bodies) {
  console.error("usage: npm run eval:fnc1 -- --stances S.csv --bodies B.csv [--split validation|train|all] [--models dir]");
  process.exit(2);
}
const split = arg("split") ?? "all";
let rows = readFnc1(stances, bodies);
if (split !== "all") {
  const parts = splitByGroup(rows, FNC_VALIDATION_SHARE, FNC_SPLIT_SEED);
  rows = split === "validation" ? parts.validation : parts.train;
}
const judge = loadJudge(arg("models") ?? DEFAULT_MODEL_DIR);
const t0 = process.hrtime.bigint();
// Pairs sharing a body are judged together so the article is prepared once.
const order = rows.map((_, i) => i).sort((x, y) => rows[x]!.group.localeCompare(rows[y]!.group));
const predicted = new Array<string>(rows.length);
for (const i of order) predicted[i] = JUDGE_TO_FNC[judge.judge(rows[i]!.a, rows[i]!.b, "article").label]!;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const gold = rows.map((r) => r.gold);
const c = confusion(["agree", "disagree", "discuss", "unrelated"], gold, predicted);
const scores = perClass(c);
const fnc = fncScore(gold, predicted);
console.log(`FNC-1 ${split === "all" ? "" : split + " split of "}${stances} (${rows.length} pairs, ${new Set(rows.map((r) => r.group)).size} bodies), models ${join(arg("models") ?? DEFAULT_MODEL_DIR)}`);
console.log(formatConfusion(c));
for (const [label, s] of Object.entries(scores)) console.log(`${label.padEnd(10)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (n=${s.support})`);
console.log(`relative score ${(fnc.relative * 100).toFixed(2)}% (${fnc.score.toFixed(2)} of ${fnc.max.toFixed(2)}), macro-F1 ${macroF1(scores).toFixed(3)}, disagree F1 ${scores.disagree!.f1.toFixed(3)}`);
console.log(`${rows.length} pairs in ${seconds.toFixed(1)} s (${Math.round(rows.length / seconds)} pairs/s)`);
