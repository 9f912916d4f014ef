/*
 * `npm run gold:verdicts` as a user runs it: an analyst's gold.json (invented pairs, written by the
 * test) becomes verdict records that train:judge reads, one label per pair, and the target is the
 * story with --by-story; a missing folder is a clear error.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { VerdictExportSchema } from "../../graph-schema";
import { tempDir } from "../helpers/tmp";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");

function run(args: string[]) {
  return spawnSync(process.execPath, [tsx, "scripts/gold-verdicts.ts", ...args], { encoding: "utf8", env: process.env, timeout: 120_000 });
}

const pair = (id: string, story: string, a: string, b: string) => ({ id, story, kind: "k", a, b, a_file: `${story}_x.txt`, b_file: `${story}_y.txt` });

describe("npm run gold:verdicts", () => {
  const dir = tempDir("gold-verdicts");
  fs.writeFileSync(
    path.join(dir, "gold.json"),
    JSON.stringify({
      contradicts: [pair("C1", "s1", "the bridge was destroyed", "the bridge is intact")],
      supports: [pair("S1", "s1", "12 people died", "twelve were killed"), pair("S2", "s2", "the port is shut", "the port was closed")],
      not_contradicts: [pair("N1", "s2", "the port is shut", "the airport is open")],
    }),
  );

  it("should write one standing verdict per gold pair, labelled as the analyst marked it", () => {
    const out = path.join(dir, "v.jsonl");
    const r = run([dir, "--out", out]);
    expect(r.status).toBe(0);
    const records = fs.readFileSync(out, "utf8").trim().split("\n").map((l) => VerdictExportSchema.parse(JSON.parse(l)));
    expect(records.map((v) => [v.id, v.label, v.type, v.standing])).toEqual([
      ["gold-C1", "contradicts", "CONTRADICTS", true],
      ["gold-S1", "supports", "SUPPORTS", true],
      ["gold-S2", "supports", "SUPPORTS", true],
      ["gold-N1", "discusses", "NONE", true],
    ]);
    expect(new Set(records.map((v) => v.targetId)).size).toBe(4);
  });

  it("should make the story the target with --by-story, so that folds never split one", () => {
    const r = run([dir, "--by-story"]);
    expect(r.status).toBe(0);
    const targets = r.stdout.trim().split("\n").map((l) => VerdictExportSchema.parse(JSON.parse(l)).targetId);
    expect(targets).toEqual(["gold-story-s1", "gold-story-s1", "gold-story-s2", "gold-story-s2"]);
  });

  it("should say what is missing when the folder holds no gold.json", () => {
    const r = run([path.join(dir, "nowhere")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/gold\.json does not exist/);
  });
});
