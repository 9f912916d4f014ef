/*
 * `npm run eval:verdicts` and `npm run export:verdicts` as a user runs them: precision per rule family
 * and confidence band from a verdict file this test writes (superseded verdicts, claim statuses and
 * manual relations left out), and a round trip from verdicts given on the seeds through the export.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { VerdictExportSchema, type VerdictExport } from "../../graph-schema";
import { ReviewStore } from "../../server/src/db/review-store";
import { formatVerdictLines } from "../../server/src/io/verdicts";
import { ingestPaths } from "../../server/src/services/ingest";
import { ReviewService } from "../../server/src/services/review";
import { testDriver, wipe } from "../helpers/neo4j";
import { verdictRecord } from "../helpers/verdict.fixtures";
import { tempDir } from "../helpers/tmp";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [tsx, script, ...args], { encoding: "utf8", env: process.env, timeout: 120_000 });
}

let serial = 0;
/** A standing verdict on an engine relation found by `detector` with `confidence`. */
function verdict(detector: string, confidence: number, decision: VerdictExport["decision"], overrides: Partial<VerdictExport> = {}): VerdictExport {
  serial += 1;
  return verdictRecord(serial, { decision, ...overrides }, { method: detector.startsWith("judge") ? "judge" : "rule", detector, confidence });
}

/** The row of `table` (a heading's lines up to the next heading) for `group`: [reviewed, correct, precision]. */
function row(out: string, heading: string, group: string): string[] {
  const lines = out.split("\n");
  const from = lines.indexOf(heading);
  const line = lines.slice(from + 1).find((l) => l.trim().startsWith(`${group} `) || l.trim() === group)!;
  return line.trim().slice(group.length).trim().split(/\s+/);
}

describe("npm run eval:verdicts", () => {
  it("should print the precision of each rule family and confidence band from a verdict file", () => {
    const records = [
      verdict("numeric-frame", 0.95, "confirm"),
      verdict("numeric-frame", 0.92, "confirm"),
      verdict("numeric-frame", 0.75, "confirm"),
      verdict("numeric-frame", 0.72, "reject"),
      verdict("denial-story", 0.65, "confirm"),
      // Relabelled to another type: wrong; to the same type with another kind: right.
      verdict("denial-story", 0.62, "relabel", { type: "NONE" }),
      verdict("judge@1", 0.55, "relabel", { type: "CONTRADICTS", kind: "inference" }),
      verdict("judge@2", 0.52, "reject"),
      // Not counted: superseded, a claim status, a manual relation.
      verdict("numeric-frame", 0.95, "reject", { standing: false }),
      verdict("numeric-frame", 0.95, "status", { targetKind: "claim", relation: null, status: "false" }),
      verdict("manual", 1, "manual", { type: "SUPPORTS" }),
    ];
    const file = path.join(tempDir("cg-eval-verdicts-"), "verdicts.jsonl");
    fs.writeFileSync(file, formatVerdictLines(records));
    const r = run("scripts/eval-verdicts.ts", [file]);
    expect(r.stderr).not.toMatch(/unexpected/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^eval:verdicts: 8 engine relations with a standing verdict; 2 other standing verdicts/);
    expect(row(r.stdout, "precision by rule family", "numeric-frame")).toEqual(["4", "3", "0.750"]);
    expect(row(r.stdout, "precision by rule family", "denial-story")).toEqual(["2", "1", "0.500"]);
    expect(row(r.stdout, "precision by rule family", "judge")).toEqual(["2", "1", "0.500"]);
    expect(row(r.stdout, "precision by confidence band", "[0.9, 1.0]")).toEqual(["2", "2", "1.000"]);
    expect(row(r.stdout, "precision by confidence band", "[0.7, 0.8)")).toEqual(["2", "1", "0.500"]);
    expect(row(r.stdout, "precision by confidence band", "[0.6, 0.7)")).toEqual(["2", "1", "0.500"]);
    expect(row(r.stdout, "precision by confidence band", "[0.5, 0.6)")).toEqual(["2", "1", "0.500"]);
    expect(row(r.stdout, "overall", "all")).toEqual(["8", "5", "0.625"]);
  });

  it("should name the file and line of a line that is not a verdict", () => {
    const file = path.join(tempDir("cg-eval-verdicts-"), "bad.jsonl");
    fs.writeFileSync(file, `${JSON.stringify(verdict("numeric-frame", 0.9, "confirm"))}\n{"id": 1}\n`);
    const r = run("scripts/eval-verdicts.ts", [file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl line 2 is not a verdict/);
  });
});

describe("npm run export:verdicts", () => {
  it("should write the verdicts given on the seeds with both claims' texts, which eval:verdicts then scores", async () => {
    const { driver, database } = testDriver();
    try {
      await wipe(driver, database);
      await ingestPaths(["seeds"], { driver, database });
      const { records } = await driver.executeQuery(
        "MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim) RETURN r.id AS id, a.text AS a, b.text AS b, type(r) AS type ORDER BY r.id LIMIT 3",
        {},
        { database },
      );
      const s = new ReviewService({ store: new ReviewStore(driver, database) });
      const [x, y, z] = records.map((r) => r.toObject() as { id: string; a: string; b: string; type: string });
      await s.relationVerdict(x!.id, { decision: "confirm", note: "" }, "judy");
      await s.relationVerdict(y!.id, { decision: "confirm", note: "" }, "judy");
      await s.relationVerdict(y!.id, { decision: "reject", note: "on second reading" }, "ken");
      await s.relationVerdict(z!.id, { decision: "relabel", type: "NONE", kind: null, note: "" }, "ken");
      const file = path.join(tempDir("cg-export-verdicts-"), "verdicts.jsonl");
      const exported = run("scripts/export-verdicts.ts", ["--out", file]);
      expect(exported.status).toBe(0);
      const lines = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => VerdictExportSchema.parse(JSON.parse(l)));
      expect(lines.map((l) => [l.targetId, l.decision, l.standing])).toEqual([
        [x!.id, "confirm", true],
        [y!.id, "confirm", false],
        [y!.id, "reject", true],
        [z!.id, "relabel", true],
      ]);
      expect(lines[0]).toMatchObject({ a: x!.a, b: x!.b, label: x!.type === "CONTRADICTS" ? "contradicts" : "supports" });
      expect(lines.slice(2).map((l) => l.label)).toEqual(["discusses", "discusses"]);
      const evaluated = run("scripts/eval-verdicts.ts", [file]);
      expect(evaluated.status).toBe(0);
      expect(row(evaluated.stdout, "overall", "all")).toEqual(["3", "1", "0.333"]);
    } finally {
      await driver.close();
    }
  });
});
