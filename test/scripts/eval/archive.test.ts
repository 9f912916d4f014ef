/*
 * eval:archive's pure parts on invented records: archives to InputFiles (Reuters-shaped JSON lines,
 * FNC-1-shaped CSV, a folder), edge counts, the seeded CONTRADICTS sample and its markdown; and the
 * CLI's exit code when the archive is absent. Nothing here reads ../shared.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { ClaimGraph, Claim, Document, Relation } from "../../../graph-schema";
import { isClaimGraphError } from "../../../server/src/errors";
import { parseInputFile } from "../../../server/src/nlp/documents/parse";
import { countEdges, jsonlArchive, loadArchive, sampleContradictions, sampleMarkdown, unwrapWire, wireDate } from "../../../scripts/eval/archive";
import { tempDir } from "../../helpers/tmp";

const dir = tempDir("cg-archive-");

const story = (id: number, body: string | null, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, date: "26-FEB-1987 15:01:01.79", title: `STORY ${id}`, dateline: "SALVADOR, Feb 26 -", body, topics: ["cocoa"], places: ["brazil"], ...extra });

const docOf = (bytes: Uint8Array, name: string) => parseInputFile({ name, bytes, manifest: null }, 1 << 20).documents[0]!;

describe("jsonlArchive", () => {
  it("should make one .json input per story in id order, skipping title-only records", () => {
    const text = [story(10, "Cocoa arrivals rose to 155,221 bags."), story(2, null), story(3, "Showers continued in the Bahia zone."), ""].join("\n");
    const archive = jsonlArchive(text, "data/reuters.jsonl");
    expect(archive.inputs.map((f) => f.name)).toEqual(["reuters/000003.json", "reuters/000010.json"]);
    expect(archive.skipped).toBe(1);
    expect(archive.diagnostics).toEqual([]);
  });

  it("should read a Reuters-21578 record as a Reuters story of its day, unwrapped, without the dateline", () => {
    const [input] = jsonlArchive(story(1, "Showers continued throughout\nthe week.\n    Arrivals rose."), "reuters21578.jsonl").inputs;
    const doc = docOf(input!.bytes, input!.name);
    expect([doc.outlet, doc.published, doc.title]).toEqual(["Reuters", "1987-02-26", "STORY 1"]);
    expect(doc.text).toBe("STORY 1\n\nShowers continued throughout the week.\n\nArrivals rose.");
  });

  it("should keep other records' own outlet and body, and order them by line without numeric ids", () => {
    const lines = [
      JSON.stringify({ id: "b", title: "Second", body: "The dam held overnight, officials said.", outlet: "Daily Post", date: "2024-05-02" }),
      JSON.stringify({ id: "a", title: "First", text: "The bridge reopened on Monday, the council said." }),
    ];
    const archive = jsonlArchive(lines.join("\n"), "news.ndjson");
    expect(archive.inputs.map((f) => f.name)).toEqual(["news/000001.json", "news/000002.json"]);
    const doc = docOf(archive.inputs[0]!.bytes, archive.inputs[0]!.name);
    expect([doc.outlet, doc.published]).toEqual(["Daily Post", "2024-05-02"]);
    expect(doc.text).not.toContain(" - ");
  });

  it("should name each broken line and still load the others", () => {
    const archive = jsonlArchive(["{not json", "[1, 2]", story(5, "Prices rose 3 pct.")].join("\n"), "x.jsonl");
    expect(archive.inputs).toHaveLength(1);
    expect(archive.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ["x.jsonl#1", "INPUT_MALFORMED"],
      ["x.jsonl#2", "INPUT_MALFORMED"],
    ]);
  });
});

describe("unwrapWire", () => {
  it("should join wrapped lines and keep indented paragraphs and table rows apart", () => {
    const bodies = {
      wrapped: "Net profit rose to\n12 mln dlrs.",
      indented: "First said.\n    Second\nsaid.",
      table: "Shr 17 cts vs 13 cts\n    Net 7,602,000 vs 4,879,000\n    Year",
      blank: "One.\n\nTwo\nthree.\n",
    };
    expect(Object.fromEntries(Object.entries(bodies).map(([k, body]) => [k, unwrapWire(body)]))).toEqual({
      wrapped: "Net profit rose to 12 mln dlrs.",
      indented: "First said.\n\nSecond said.",
      table: "Shr 17 cts vs 13 cts\n\nNet 7,602,000 vs 4,879,000\n\nYear",
      blank: "One.\n\nTwo three.",
    });
  });
});

describe("wireDate", () => {
  it("should read the wire's timestamps as ISO days and nothing else", () => {
    const stamps = ["26-FEB-1987 15:01:01.79", " 5-MAR-1987 09:00:00.00", "19-oct-1987", "32-XYZ-1987", "1987-02-26"];
    expect(stamps.map(wireDate)).toEqual(["1987-02-26", "1987-03-05", "1987-10-19", null, null]);
  });
});

describe("loadArchive", () => {
  it("should refuse a path that does not exist with INPUT_MISSING", () => {
    expect.assertions(1);
    try {
      loadArchive(path.join(dir, "absent.jsonl"));
    } catch (error) {
      expect(isClaimGraphError(error, "INPUT_MISSING")).toBe(true);
    }
  });

  it("should read an FNC-1 bodies CSV in numeric body id order", () => {
    const file = path.join(dir, "bodies.csv");
    fs.writeFileSync(file, 'Body ID,articleBody\n10,"A meteorite fell, officials said."\n2,The mayor denied the report.\n');
    const archive = loadArchive(file);
    expect(archive.inputs.map((f) => [f.name, Buffer.from(f.bytes).toString("utf8")])).toEqual([
      ["fnc1-2.txt", "The mayor denied the report."],
      ["fnc1-10.txt", "A meteorite fell, officials said."],
    ]);
  });

  it("should refuse a CSV without FNC-1's columns with INPUT_MALFORMED", () => {
    const file = path.join(dir, "other.csv");
    fs.writeFileSync(file, "id,text\n1,hello\n");
    expect.assertions(1);
    try {
      loadArchive(file);
    } catch (error) {
      expect(isClaimGraphError(error, "INPUT_MALFORMED")).toBe(true);
    }
  });

  it("should read a folder with its manifest through loadInputs", () => {
    const folder = path.join(dir, "articles");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "b.txt"), "The dam held, officials said.");
    fs.writeFileSync(path.join(folder, "a.txt"), "The dam broke, residents said.");
    fs.writeFileSync(path.join(folder, "manifest.json"), JSON.stringify({ documents: [{ file: "a.txt", outlet: "Daily Post" }] }));
    const archive = loadArchive(folder);
    expect(archive.inputs.map((f) => [path.basename(f.name), f.manifest?.outlet ?? null])).toEqual([
      ["a.txt", "Daily Post"],
      ["b.txt", null],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// A hand-made graph: 12 documents of one claim each, CONTRADICTS between neighbours, one SUPPORTS.
// ---------------------------------------------------------------------------------------------

function document(i: number, overrides: Partial<Document> = {}): Document {
  return {
    id: `doc-${i}`,
    file: `archive/${i}.json`,
    outlet: i % 2 ? "Wire A" : "Wire B",
    via: null,
    url: null,
    title: `Title ${i}`,
    published: "1987-03-0" + ((i % 9) + 1),
    precision: "day",
    language: null,
    contentHash: String(i).padStart(64, "0"),
    text: `Claim ${i} said 40 | 41 tonnes.`,
    metadataFrom: {},
    ...overrides,
  };
}

function claim(i: number): Claim {
  const text = `Claim ${i} said 40 | 41 tonnes.`;
  return {
    id: `claim-${i}`,
    documentId: `doc-${i}`,
    text,
    start: 0,
    end: text.length,
    sentenceStart: 0,
    sentenceEnd: text.length,
    speakerId: null,
    speakerText: null,
    verb: null,
    content: text,
    polarity: "positive",
    hedged: false,
    hedges: [],
    quantities: [],
    time: null,
  };
}

function relation(i: number, overrides: Partial<Relation> = {}): Relation {
  return {
    id: `rel-${String(i).padStart(2, "0")}`,
    type: "CONTRADICTS",
    source: `claim-${i}`,
    target: `claim-${i + 1}`,
    kind: i % 3 ? "numeric" : "denial",
    confidence: 0.7,
    reason: `Figures | disagree for pair ${i}.`,
    method: "rule",
    detector: i % 3 ? "numeric-interval" : "denial",
    evidence: [{ claimId: `claim-${i}`, quote: "40", start: 0, end: 2 }],
    ...overrides,
  };
}

const graph: ClaimGraph = {
  version: 1,
  sources: [],
  documents: Array.from({ length: 12 }, (_, i) => document(i)),
  entities: [],
  claims: Array.from({ length: 12 }, (_, i) => claim(i)),
  mentions: [],
  stories: [
    { id: "sty-a", title: "a", documentIds: ["doc-0", "doc-1", "doc-2"], firstPublished: null, lastPublished: null },
    { id: "sty-b", title: "b", documentIds: ["doc-3"], firstPublished: null, lastPublished: null },
  ],
  relations: [...Array.from({ length: 10 }, (_, i) => relation(i)), relation(10, { type: "SUPPORTS", kind: "echo", detector: "echo" })],
  stances: [],
  diagnostics: [],
};

describe("countEdges", () => {
  it("should count edges by type and CONTRADICTS by detector and kind", () => {
    expect(countEdges(graph)).toEqual({
      documents: 12,
      claims: 12,
      contradicts: 10,
      supports: 1,
      contradictsByDetector: { "numeric-interval": 6, denial: 4 },
      contradictsByKind: { numeric: 6, denial: 4 },
      stories: 2,
      inSharedStories: 3,
      largestStory: 3,
    });
  });
});

describe("sampleContradictions", () => {
  const ids = (n: number, seed: number, g: ClaimGraph = graph) => sampleContradictions(g, n, seed).map((e) => e.relation.id);

  it("should draw the same CONTRADICTS edges for a seed, whatever order the graph lists them in", () => {
    const reversed = { ...graph, relations: [...graph.relations].reverse() };
    expect(ids(4, 7)).toEqual(ids(4, 7, reversed));
    expect(new Set(ids(4, 7)).size).toBe(4);
    expect(ids(4, 7)).not.toEqual(ids(4, 8));
  });

  it("should return every CONTRADICTS edge and no SUPPORTS when asked for more than there are", () => {
    expect([...ids(50, 1)].sort()).toEqual(graph.relations.filter((r) => r.type === "CONTRADICTS").map((r) => r.id));
  });

  it("should carry each claim's full text and its document's title, outlet and date", () => {
    const [edge] = sampleContradictions(graph, 1, 3);
    const n = Number(edge!.relation.source.slice("claim-".length));
    expect(edge!.source).toEqual({ id: `claim-${n}`, text: claim(n).text, title: `Title ${n}`, outlet: document(n).outlet, published: document(n).published, file: `archive/${n}.json` });
  });
});

describe("sampleMarkdown", () => {
  it("should list each edge in a table with an empty verdict cell and both claims in full", () => {
    const edges = sampleContradictions(graph, 3, 1);
    const md = sampleMarkdown(edges, "sample", ["command: x"]);
    const rows = md.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.endsWith("|  |")).toBe(true);
    for (const e of edges) {
      expect(md).toContain(`> ${e.source.text}`);
      expect(md).toContain(`> ${e.target.text}`);
    }
    expect(md.match(/^Verdict: $/gm)).toHaveLength(3);
  });
});

describe("npm run eval:archive", () => {
  it("should exit 2 and point to ../shared/datasets when the archive is absent", () => {
    const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
    const r = spawnSync(process.execPath, [tsx, "scripts/eval-archive.ts", path.join(dir, "reuters21578.jsonl"), "--no-judge"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("../shared/datasets");
  });
});
