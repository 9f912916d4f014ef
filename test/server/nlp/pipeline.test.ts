/*
 * The pure pipeline on the seeds: deterministic output, both design-card conflicts found with
 * reasons, and every claim's text exactly where its offsets say.
 */

import fs from "node:fs";
import path from "node:path";
import { loadInputs } from "../../../server/src/io/load-inputs";
import { buildClaimGraph } from "../../../server/src/nlp/pipeline";
import { tempDir } from "../../helpers/tmp";

const seeds = () => loadInputs(["seeds"]).files;

describe("buildClaimGraph on seeds/", () => {
  const graph = buildClaimGraph(seeds());
  const claim = (id: string) => graph.claims.find((c) => c.id === id)!;
  const linked = (type: string, a: RegExp, b: RegExp) =>
    graph.relations.filter((r) => {
      if (r.type !== type) return false;
      const [x, y] = [claim(r.source).text, claim(r.target).text];
      return (a.test(x) && b.test(y)) || (a.test(y) && b.test(x));
    });

  it("should be byte-identical across runs", () => {
    expect(JSON.stringify(buildClaimGraph(seeds()))).toBe(JSON.stringify(graph));
  });

  it("should read the manifest's outlets and relays", () => {
    expect(graph.documents.map((d) => `${d.outlet}|${d.via ?? ""}`).sort()).toEqual(
      ["Censor.NET|Bloomberg", "Espreso|", "Focus|Barron's", "Sputnik|", "unknown republisher|Reuters"].sort(),
    );
  });

  it("should keep every claim's text exactly at its offsets", () => {
    const text = new Map(graph.documents.map((d) => [d.id, d.text]));
    for (const c of graph.claims) expect(text.get(c.documentId)!.slice(c.start, c.end)).toBe(c.text);
  });

  it("should flag the casualty figures as CONTRADICTS with a reason", () => {
    const found = linked("CONTRADICTS", /over 76,000 dead and injured/, /Russian losses exceeded 62,000/);
    expect(found).toHaveLength(1);
    expect(found[0]!.reason).toMatch(/62,000/);
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("should flag 'fully expelled' against the general staff's denial as CONTRADICTS", () => {
    const found = linked("CONTRADICTS", /fully expelled/, /rejected claims that hostilities in Kursk had ended/);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe("denial");
  });

  it("should put transliteration variants in one entity", () => {
    const named = (re: RegExp) => graph.entities.filter((e) => [e.name, ...e.aliases].some((n) => re.test(n)));
    for (const pair of [[/^Kiev$/, /^Kyiv$/], [/^Kharkov$/, /^Kharkiv$/], [/^Zaporozhye$/, /^Zaporizhzhia$/], [/^Zelensky$/, /^Zelenskyy$/], [/^Volodymyr Zelensky$/, /^Zelenskyy$/]] as const) {
      const a = named(pair[0]);
      expect(a).toHaveLength(1);
      expect(named(pair[1])).toEqual(a);
    }
  });

  it("should write a diagnostic, not throw, for a file it cannot read", () => {
    const g = buildClaimGraph([...seeds(), { name: "bad.bin", bytes: new Uint8Array([0, 1, 2, 3]) }]);
    expect(g.documents).toHaveLength(5);
    expect(g.diagnostics.map((d) => d.code)).toContain("INPUT_BINARY");
  });

  it("should ingest a folder without a manifest the same way, reading metadata from the text", () => {
    const dir = tempDir("cg-nomanifest-");
    for (const f of fs.readdirSync("seeds").filter((f) => f.endsWith(".txt"))) fs.copyFileSync(path.join("seeds", f), path.join(dir, f));
    const g = buildClaimGraph(loadInputs([dir]).files);
    expect(g.documents).toHaveLength(5);
    const focus = g.documents.find((d) => d.text.includes("Based on materials"))!;
    expect(focus.published).toBe("2025-01-08");
    expect(focus.via).toBe("barrons.com");
    const censor = g.documents.find((d) => d.text.includes("Censor.NET informs"))!;
    expect(censor.outlet).toBe("Censor.NET");
    expect(censor.via).toBe("Bloomberg");
  });
});
