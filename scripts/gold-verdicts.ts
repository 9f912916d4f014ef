/*
 * `npm run gold:verdicts -- <folder with gold.json> [--out verdicts.jsonl] [--by-story]`: an analyst's annotation
 * of an article set (gold.json: conflicts, echoes, look-alikes) written as verdict records, as if a
 * reviewer had decided each pair: a conflict relabelled CONTRADICTS, an echo SUPPORTS, a look-alike
 * neither. `npm run train:judge -- --verdicts <file>` then measures, by cross-validation, what such
 * a review would teach the judge. With --by-story, each pair's target is its story, so that the
 * cross-validation's folds never split a story (pairs of one event share their words). Reads only
 * the folder it is given.
 */

import fs from "node:fs";
import path from "node:path";
import { formatVerdictLines } from "../server/src/io/verdicts";
import type { VerdictExport } from "../graph-schema";
import { parseCliArgs, runCli } from "./cli";
import { GoldSchema } from "./eval/gold";

runCli("gold:verdicts", async (argv) => {
  const args = parseCliArgs(argv, { out: "string", "by-story": "boolean" });
  const folder = args.positional[0];
  const goldFile = folder ? path.join(folder, "gold.json") : "";
  if (!folder || !fs.existsSync(goldFile)) {
    process.stderr.write(`gold:verdicts: ${folder ? `${goldFile} does not exist` : "no folder given"}; pass a folder holding gold.json (the development set lives in ../shared/datasets/realnews-dev, which a user's clone does not have).\n`);
    return 2;
  }
  const parsed = GoldSchema.safeParse(JSON.parse(fs.readFileSync(goldFile, "utf8")));
  if (!parsed.success) {
    process.stderr.write(`gold:verdicts: ${goldFile} is not in the gold format.\n`);
    return 2;
  }
  const gold = parsed.data;
  const records: VerdictExport[] = [];
  const byStory = args.flags["by-story"] === true;
  const add = (p: { id: string; a: string; b: string; story?: string }, type: "CONTRADICTS" | "SUPPORTS" | "NONE") =>
    records.push({
      id: `gold-${p.id}`,
      targetKind: "relation",
      targetId: byStory && p.story ? `gold-story-${p.story}` : `gold-${p.id}`,
      decision: "relabel",
      type,
      kind: null,
      status: null,
      links: [],
      reason: null,
      note: "",
      reviewer: "gold",
      at: "2026-01-01T00:00:00.000Z",
      seq: 1,
      relation: null,
      claimText: null,
      standing: true,
      orphaned: false,
      label: type === "CONTRADICTS" ? "contradicts" : type === "SUPPORTS" ? "supports" : "discusses",
      a: p.a,
      b: p.b,
      aContent: p.a,
      bContent: p.b,
    });
  for (const p of gold.contradicts) add(p, "CONTRADICTS");
  for (const p of gold.supports) add(p, "SUPPORTS");
  for (const p of gold.not_contradicts) add(p, "NONE");
  const text = formatVerdictLines(records);
  if (typeof args.flags.out === "string") {
    fs.writeFileSync(args.flags.out, text);
    process.stderr.write(`gold:verdicts: ${records.length} pairs of ${goldFile} written to ${args.flags.out}\n`);
  } else process.stdout.write(text);
  return 0;
});
