/*
 * `npm run relate` as a user runs it: JSON lines in, one verdict per line out in input order; each
 * bad line (malformed JSON, missing or empty fields, a 10 MB text, a non-English text) is named on
 * stderr, labelled unrelated with confidence 0 and flagged, and the rest are judged. The exit code
 * is non-zero only when nothing could be judged.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { RelateResultSchema } from "../../graph-schema";
import { tempDir } from "../helpers/tmp";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const dir = tempDir("cg-relate-");

function relate(lines: string[], extra: string[] = []) {
  const file = path.join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  const out = `${file}.out`;
  const r = spawnSync(process.execPath, [tsx, "scripts/relate.ts", "--in", file, "--out", out, ...extra], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const results = fs.existsSync(out) ? fs.readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => RelateResultSchema.parse(JSON.parse(l))) : [];
  return { status: r.status, stderr: r.stderr, results };
}

describe("npm run relate", () => {
  it("should judge good lines and flag each bad one, keeping input order", () => {
    const huge = "The council said the bridge would reopen. ".repeat(250_000); // ~10 MB
    const french =
      "Le conseil municipal a annoncé lundi que le pont serait rouvert à la circulation après des semaines de travaux et de fermetures partielles dans le centre de la ville selon les responsables.";
    const { status, stderr, results } = relate([
      JSON.stringify({ id: "ok-1", a: "The bridge is open", b: "The bridge is not open" }),
      "{not json",
      JSON.stringify({ id: "no-b", a: "The bridge is open" }),
      JSON.stringify({ id: "empty", a: "", b: "The bridge is open" }),
      JSON.stringify({ id: "huge", a: "The bridge will reopen", b: huge }),
      JSON.stringify({ id: "fr", a: "The bridge will reopen", b: french }),
      JSON.stringify({ id: 7, a: "A dog is sleeping on the porch", b: "A dog is sleeping on the porch" }),
    ]);
    expect(status).toBe(0);
    expect(results.map((r) => r.id)).toEqual(["ok-1", null, "no-b", "empty", "huge", "fr", 7]);
    expect(results[0]).toMatchObject({ label: "contradicts" });
    expect(results[0]!.error).toBeUndefined();
    expect(results[6]).toMatchObject({ label: "supports" });
    for (const i of [1, 2, 3, 4, 5]) expect(results[i]).toMatchObject({ label: "unrelated", confidence: 0, error: expect.any(String) });
    expect(stderr).toMatch(/line 2: not JSON/);
    expect(stderr).toMatch(/line 3 \(id no-b\): b: /);
    expect(stderr).toMatch(/line 4 \(id empty\): a: must not be empty/);
    expect(stderr).toMatch(/line 5 \(id huge\): b: .* over the 1,000,000 limit/);
    expect(stderr).toMatch(/line 6 \(id fr\): b: not English/);
    expect(stderr).toMatch(/2 pairs judged, 5 lines flagged/);
  });

  it("should exit non-zero when no line could be judged, and when the input does not exist", () => {
    const bad = relate(["nope", JSON.stringify({ id: 1 })]);
    expect(bad.status).toBe(1);
    expect(bad.results).toHaveLength(2);
    const missing = spawnSync(process.execPath, [tsx, "scripts/relate.ts", "--in", path.join(dir, "absent.jsonl")], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});
