/*
 * The pipeline on worker threads gives the same graph, byte for byte, as on one thread; verbatim
 * repeats across documents collapse to one echo each to the earliest.
 */
import { loadInputs } from "../../../server/src/io/load-inputs";
import { buildClaimGraph, type InputFile } from "../../../server/src/nlp/pipeline";
import { buildClaimGraphParallel } from "../../../server/src/workers/extract-pool";

function copies(n: number): InputFile[] {
  const seeds = loadInputs(["seeds"]).files.filter((f) => f.name.endsWith(".txt"));
  const enc = new TextEncoder();
  const out: InputFile[] = [];
  for (let k = 0; k < n; k++) for (const f of seeds) out.push({ name: `c${k}/${f.name}`, bytes: enc.encode(`${Buffer.from(f.bytes).toString("utf8")}\n\n(edition ${k})\n`) });
  return out;
}

describe("the pipeline on worker threads", () => {
  it("should build the same graph as one thread", async () => {
    const inputs = copies(4);
    const serial = buildClaimGraph(inputs);
    const parallel = await buildClaimGraphParallel(inputs, {}, {}, { workers: 2, chunkSize: 3, minParallelFiles: 1 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it("should link each verbatim copy of a claim once, to the earliest, and take copies out of pairing", () => {
    const graph = buildClaimGraph(copies(3));
    const verbatim = graph.relations.filter((r) => r.detector === "echo-verbatim");
    const sources = new Set(verbatim.map((r) => r.source));
    const targets = new Set(verbatim.map((r) => r.target));
    expect(verbatim.length).toBeGreaterThan(0);
    // A star, not a clique: no copy is both an original and a copy, and each copy has one edge.
    expect([...sources].filter((s) => targets.has(s))).toEqual([]);
    expect(sources.size).toBe(verbatim.length);
    // Copies make no rule edges of their own: every other relation is between originals.
    for (const r of graph.relations.filter((x) => x.detector !== "echo-verbatim")) {
      expect(sources.has(r.source) || sources.has(r.target)).toBe(false);
    }
  });
});
