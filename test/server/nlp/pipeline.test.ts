/*
 * The pure pipeline on the seeds: deterministic output, both design-card conflicts found with
 * reasons, and every claim's text exactly where its offsets say. On bad input (no sentences,
 * thousands of figures, a run-on sentence): bounded work, a warning naming the file, the rest intact.
 */

import fs from "node:fs";
import path from "node:path";
import { loadInputs } from "../../../server/src/io/load-inputs";
import { MAX_DOCUMENT_FIGURES } from "../../../server/src/nlp/claims/extract";
import { analyseInput, buildClaimGraph, draftFacts } from "../../../server/src/nlp/pipeline";
import { MAX_SENTENCE_CHARS } from "../../../server/src/nlp/text/sentences";
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
    expect(graph.claims.length).toBeGreaterThan(0);
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

describe("buildClaimGraph on bad input", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const good = { name: "good.txt", bytes: encode("Port Strike Idles Tarvel\n\nThe harbour authority said that 40 ships were waiting offshore near Tarvel.\n\n\"No one was hurt,\" the harbour master said.") };
  const summary = (g: ReturnType<typeof buildClaimGraph>, file: string) => {
    const doc = g.documents.find((d) => d.file === file)!;
    return g.claims.filter((c) => c.documentId === doc.id).map((c) => `${c.text}|${c.speakerText}|${c.quantities.map((q) => q.text).join(",")}`);
  };
  const alone = summary(buildClaimGraph([good]), "good.txt");

  const figures = Array.from({ length: 1000 }, (_, i) => `Crews counted ${Array.from({ length: 10 }, (_, j) => `${i * 10 + j + 11} boats`).join(", ")} at the port.`).join("\n");
  const runOn = `The ministry said that ${"crews cleared the road near the old mill and ".repeat(1200)}left.`;
  it.each([
    { why: "no sentences", name: "nosentences.txt", text: "— — —\n*** ### ***\n", code: "INPUT_NO_TEXT" },
    { why: "10,000 figures", name: "figures.txt", text: figures, code: "INPUT_TOO_LARGE" },
    { why: "one 50,000-character sentence", name: "runon.txt", text: runOn, code: "INPUT_TOO_LARGE" },
  ])("should read a document with $why within bounds, warn naming it, and lose nothing else", ({ name, text, code }) => {
    const started = Date.now();
    const g = buildClaimGraph([good, { name, bytes: encode(text) }]);
    // Generous for a shared machine; without the limits the figures alone are compared pairwise.
    expect(Date.now() - started).toBeLessThan(20_000);
    const warning = g.diagnostics.find((d) => d.file === name && d.code === code);
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning!.message).toContain(name);
    expect(summary(g, "good.txt")).toEqual(alone);
    const doc = g.documents.find((d) => d.file === name);
    if (!doc) return;
    const own = g.claims.filter((c) => c.documentId === doc.id);
    expect(own.reduce((n, c) => n + c.quantities.length, 0)).toBeLessThanOrEqual(MAX_DOCUMENT_FIGURES);
    for (const c of own) expect(c.end - c.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it.each([
    { name: "feed.json", text: JSON.stringify([{ text: "The harbour authority said that 40 ships were waiting offshore near Tarvel." }, { text: "   " }, { body: "*** ### ***" }]) },
    { name: "feed.jsonl", text: `${JSON.stringify({ text: "The harbour authority said that 40 ships were waiting offshore near Tarvel." })}\n${JSON.stringify({ text: "" })}\n` },
  ])("should keep the other records of $name when one has no text, and warn naming the empty one", ({ name, text }) => {
    const g = buildClaimGraph([{ name, bytes: encode(text) }]);
    expect(g.documents.map((d) => d.file)).toEqual([`${name}#1`]);
    expect(g.claims.some((c) => c.text.includes("40 ships"))).toBe(true);
    const empty = g.diagnostics.filter((d) => d.code === "INPUT_NO_TEXT" && d.file === name);
    expect(empty.length).toBeGreaterThan(0);
    for (const d of empty) expect(d).toMatchObject({ severity: "warning", message: expect.stringMatching(new RegExp(`${name.replace(".", "\\.")}#[23]`)) });
  });
});

describe("draftFacts", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const claimsOf = (text: string) => buildClaimGraph([{ name: "facts.txt", bytes: encode(text) }]).claims;

  it.each([
    { why: "a denied report of a figure", text: "The ministry denied reports that 33 people were killed in the blast near Tarvel.", denial: true, negated: true },
    { why: "the same figure asserted", text: "The ministry said that 33 people were killed in the blast near Tarvel.", denial: false, negated: false },
  ])("should give $why the frames and denial the per-document stage read", ({ text, denial, negated }) => {
    const work = analyseInput({ name: "facts.txt", bytes: encode(text) }).work[0]!;
    expect(work.facts).toEqual(draftFacts(work.doc.text, work.drafts));
    const [fact] = work.facts;
    expect(fact!.denial).toBe(denial);
    expect(fact!.quantities[0]!.frame!.negated).toBe(negated);
    // The graph's claim carries exactly these figures.
    expect(claimsOf(text)[0]!.quantities).toEqual(fact!.quantities);
  });
});
