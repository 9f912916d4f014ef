/*
 * npm run relate -- --in pairs.jsonl [--out labels.jsonl] [--models dir]
 *
 * The relation judge over JSON lines: each input line {"id", "a", "b"} (a = the claim or headline,
 * b = a sentence, a claim or a whole article), each output line {"id", "label", "confidence"} in input
 * order, label one of contradicts, supports, discusses, unrelated. Streams: one line in memory at a
 * time, with back-pressure on the output, so any input size runs in constant memory.
 *
 * A line that cannot be judged (not JSON, fields missing or empty, a text over the size limit, or
 * text that is not English) is reported on stderr with its line number and written as
 * {"id", "label": "unrelated", "confidence": 0, "error": "..."}; the rest go on. The exit code is
 * non-zero only when no line could be judged (or the input cannot be opened).
 */
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { RelatePairSchema, type RelateResult } from "../graph-schema";
import { loadJudge, DEFAULT_MODEL_DIR } from "../server/src/io/judge";
import { checkJudgeText } from "../server/src/nlp/judge/judge";
import { parseCliArgs, runCli } from "./cli";

runCli("relate", async (argv) => {
  const args = parseCliArgs(argv, { in: "string", out: "string", models: "string" });
  const input = typeof args.flags.in === "string" ? args.flags.in : "-";
  if (input !== "-" && !existsSync(input)) {
    process.stderr.write(`relate: input ${input} does not exist\n`);
    return 2;
  }
  const judge = loadJudge(typeof args.flags.models === "string" ? args.flags.models : DEFAULT_MODEL_DIR);
  const out: Writable = typeof args.flags.out === "string" ? createWriteStream(args.flags.out) : process.stdout;
  const lines = createInterface({ input: input === "-" ? process.stdin : createReadStream(input), crlfDelay: Infinity });
  let lineNo = 0;
  let judged = 0;
  let failed = 0;
  const t0 = process.hrtime.bigint();
  const write = async (r: RelateResult) => {
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, "drain");
  };
  for await (const raw of lines) {
    lineNo += 1;
    const line = raw.replace(/^\uFEFF/, "");
    if (line.trim() === "") continue;
    let value: unknown;
    let id: string | number | null = null;
    try {
      value = JSON.parse(line);
    } catch (e) {
      failed += 1;
      process.stderr.write(`relate: line ${lineNo}: not JSON (${(e as Error).message})\n`);
      await write({ id: null, label: "unrelated", confidence: 0, error: "not JSON" });
      continue;
    }
    if (value && typeof value === "object" && "id" in value && (typeof value.id === "string" || typeof value.id === "number")) id = value.id;
    const parsed = RelatePairSchema.safeParse(value);
    const problem = parsed.success ? checkJudgeText(parsed.data.a, "a") ?? checkJudgeText(parsed.data.b, "b") : parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
    if (!parsed.success || problem) {
      failed += 1;
      process.stderr.write(`relate: line ${lineNo}${id !== null ? ` (id ${id})` : ""}: ${problem}\n`);
      await write({ id, label: "unrelated", confidence: 0, error: problem ?? "invalid" });
      continue;
    }
    const v = judge.judge(parsed.data.a, parsed.data.b);
    judged += 1;
    await write({ id: parsed.data.id, label: v.label, confidence: v.confidence });
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stderr.write(`relate: ${judged} pairs judged, ${failed} lines flagged, ${seconds.toFixed(1)} s\n`);
  return judged > 0 ? 0 : 1;
});
