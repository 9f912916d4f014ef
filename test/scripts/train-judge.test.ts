/*
 * `npm run train:judge -- --verdicts FILE` at a tiny setting (one member, one epoch): reviewers'
 * verdicts are cross-validated by relation and join the sentence model's training, and the written
 * model says so. The committed models are never touched (--out is a temporary folder).
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { VerdictExport } from "../../graph-schema";
import { formatVerdictLines } from "../../server/src/io/verdicts";
import { tempDir } from "../helpers/tmp";
import { verdictRecord } from "../helpers/verdict.fixtures";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const data = path.resolve("..", "shared", "datasets");

/** A standing verdict saying claims `a` and `b` stand in `label`. */
function verdict(n: number, label: "contradicts" | "supports" | "discusses", a: string, b: string): VerdictExport {
  return verdictRecord(
    n,
    { decision: label === "discusses" ? "reject" : "confirm", label, a, b, aContent: a, bContent: b },
    { type: label === "supports" ? "SUPPORTS" : "CONTRADICTS", sourceText: a, targetText: b },
  );
}

const describeWithData = fs.existsSync(path.join(data, "sick", "SICK_train.tsv")) ? describe : describe.skip;

describeWithData("npm run train:judge -- --verdicts", () => {
  it("should print the cross-validated effect of the verdicts and train the sentence model with them", () => {
    const dir = tempDir("cg-train-verdicts-");
    const file = path.join(dir, "verdicts.jsonl");
    fs.writeFileSync(
      file,
      formatVerdictLines([
        verdict(1, "contradicts", "The bridge was closed on Monday.", "The bridge stayed open on Monday."),
        verdict(2, "supports", "Twelve people were hurt in the crash.", "The crash injured twelve people."),
        verdict(3, "discusses", "The council approved the budget.", "The mayor spoke about the budget."),
        verdict(4, "contradicts", "The factory reopened in May.", "The factory has not reopened."),
      ]),
    );
    const out = path.join(dir, "models");
    const r = spawnSync(
      process.execPath,
      [tsx, "scripts/train-judge.ts", "--only", "sentence", "--data", data, "--out", out, "--verdicts", file, "--verdict-folds", "2", "--verdict-weight", "2", "--set", "members=1,epochs=1"],
      { encoding: "utf8", timeout: 600_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/verdicts: 4 reviewed relations, 8 pairs; 2-fold cross-validation by relation/);
    expect(r.stdout).toMatch(/verdicts CV, SICK alone: accuracy [\d.]+%, contradiction F1 [\d.]+, macro-F1 [\d.]+ on 8 held-out pairs/);
    expect(r.stdout).toMatch(/verdicts CV, SICK \+ verdicts: accuracy [\d.]+%.* on 8 held-out pairs/);
    const model = JSON.parse(fs.readFileSync(path.join(out, "judge-sentence.json"), "utf8")) as { training: { data: string } };
    expect(model.training.data).toContain(`plus 4 reviewed relations from ${file} (both ways round, weight 2)`);
    expect(fs.existsSync(path.join(out, "judge-article.json"))).toBe(false);
  });
});
