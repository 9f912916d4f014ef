/*
 * npm run eval:sick -- --file SICK_trial.tsv [--models dir]
 *
 * Scores the judge's sentence model on a labelled SICK file: 3-way accuracy, contradiction and
 * entailment precision/recall/F1, macro-F1 and the confusion matrix.
 */
import { loadJudge, DEFAULT_MODEL_DIR } from "../server/src/io/judge";
import { parseCliArgs } from "./cli";
import { accuracy, confusion, formatConfusion, judgeToSick, macroF1, perClass } from "../server/src/nlp/judge/metrics";
import { readSick } from "./judge/data";

const { flags } = parseCliArgs(process.argv.slice(2), { file: "string", models: "string" });
const arg = (name: string): string | undefined => (typeof flags[name] === "string" ? (flags[name] as string) : undefined);

const file = arg("file");
if (!file) {
  console.error("usage: npm run eval:sick -- --file SICK.tsv [--models dir]");
  process.exit(2);
}
const rows = readSick(file);
const judge = loadJudge(arg("models") ?? DEFAULT_MODEL_DIR);
const t0 = process.hrtime.bigint();
const predicted = rows.map((r) => judgeToSick(judge.judge(r.a, r.b, "sentence").label));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const gold = rows.map((r) => r.gold);
const c = confusion(["CONTRADICTION", "ENTAILMENT", "NEUTRAL"], gold, predicted);
const scores = perClass(c);
console.log(`SICK ${file} (${rows.length} pairs)`);
console.log(formatConfusion(c));
for (const [label, s] of Object.entries(scores)) console.log(`${label.padEnd(14)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (n=${s.support})`);
console.log(`accuracy ${(accuracy(gold, predicted) * 100).toFixed(2)}%, contradiction F1 ${scores.CONTRADICTION!.f1.toFixed(3)}, macro-F1 ${macroF1(scores).toFixed(3)}`);
console.log(`${rows.length} pairs in ${seconds.toFixed(2)} s (${Math.round(rows.length / seconds)} pairs/s)`);
