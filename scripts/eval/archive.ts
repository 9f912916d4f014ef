/*
 * Real news archives for `npm run eval:archive`, where no gold exists and precision is read by hand:
 * a folder of articles, JSON lines (Reuters-21578, or any records the pipeline reads) or FNC-1's
 * bodies CSV become the pipeline's InputFiles, one per story in id order; the graph's edges are
 * counted, and a seeded sample of CONTRADICTS edges is printed, or written as markdown to annotate.
 */

import fs from "node:fs";
import path from "node:path";
import type { ClaimGraph, Diagnostic, Relation } from "../../graph-schema";
import { ClaimGraphError } from "../../server/src/errors";
import { loadInputs } from "../../server/src/io/load-inputs";
import { seededRandom } from "../../server/src/nlp/judge/model";
import type { InputFile } from "../../server/src/nlp/pipeline";
import { readFnc1Bodies } from "../judge/data";

export interface Archive {
  /** One InputFile per story, in id order (a folder: in loadInputs' name order). */
  inputs: InputFile[];
  /** Records with no body (Reuters-21578 has 2,535 title-only stories); they are not documents. */
  skipped: number;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Internal
// ---------------------------------------------------------------------------------------------

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

const encoder = new TextEncoder();

/** The wire's timestamp ("26-FEB-1987 15:01:01.79") as an ISO day, or null when it is not one. */
export function wireDate(value: string): string | null {
  const m = /^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\b/.exec(value);
  const month = m ? MONTHS.indexOf(m[2]!.toUpperCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/**
 * The wire's hard line breaks undone: a break before an indent (or a blank line) opens a paragraph,
 * and an earnings table's rows are indented, so each stays one; any other break joins two halves of
 * a line the teleprinter wrapped. The sentence splitter reads a line break as a boundary, so left
 * alone every wrapped sentence would become two or three claim fragments.
 */
export function unwrapWire(body: string): string {
  return body
    .split(/\n(?=[ \t\n])\s*/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, " ").trim())
    .filter((p) => p !== "")
    .join("\n\n");
}

/**
 * A record as parse.ts should read it. Reuters-21578's records (the only ones with a dateline,
 * topics and places) are Reuters wire stories: the outlet is Reuters and the body is unwrapped. The
 * dateline stays out, as the distribution keeps it apart from the body: its city is where the story
 * was filed, not what it is about. A wire timestamp in `date` becomes an ISO day, which parse.ts keeps.
 */
function storyRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const day = typeof record.date === "string" ? wireDate(record.date) : null;
  if (day) out.date = day;
  if ("dateline" in record && "topics" in record && "places" in record) {
    if (typeof record.body === "string") out.body = unwrapWire(record.body);
    out.outlet ??= "Reuters";
  }
  return out;
}

const numericId = (id: unknown): number | null => (typeof id === "number" && Number.isInteger(id) ? id : typeof id === "string" && /^\d+$/.test(id) ? Number(id) : null);

const diagnostic = (file: string, code: string, message: string): Diagnostic => ({ file, code, message, severity: "error" });

/** Collapses the wire's hard line breaks and indents, for reading a claim on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------------------------------------
// Public API: loading
// ---------------------------------------------------------------------------------------------

/**
 * JSON lines to one `.json` InputFile per record, so the pool shares the stories out across workers
 * (one .jsonl InputFile would be one worker's job). Named `<stem>/<id>.json`, zero-padded so that
 * name order is id order; records without numeric ids keep their line order. A record whose body is
 * null is skipped and counted; a line that is not a JSON object is a diagnostic.
 */
export function jsonlArchive(text: string, name: string): Archive {
  const stem = path.basename(name).replace(/\.[^.]+$/, "");
  const diagnostics: Diagnostic[] = [];
  const records: Array<{ line: number; record: Record<string, unknown> }> = [];
  let skipped = 0;
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    const where = `${name} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      diagnostics.push(diagnostic(`${name}#${i + 1}`, "INPUT_MALFORMED", `eval:archive: ${where} is not valid JSON (${(error as Error).message}).`));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      diagnostics.push(diagnostic(`${name}#${i + 1}`, "INPUT_MALFORMED", `eval:archive: ${where} is not a JSON object.`));
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.body === null) skipped += 1;
    else records.push({ line: i + 1, record });
  });
  const byId = records.every((r) => numericId(r.record.id) !== null);
  const key = (r: { line: number; record: Record<string, unknown> }) => (byId ? numericId(r.record.id)! : r.line);
  records.sort((a, b) => key(a) - key(b));
  const width = Math.max(6, ...records.map((r) => String(key(r)).length));
  const inputs = records.map((r) => ({
    name: `${stem}/${String(key(r)).padStart(width, "0")}.json`,
    bytes: encoder.encode(JSON.stringify(storyRecord(r.record))),
    manifest: null,
  }));
  return { inputs, skipped, diagnostics };
}

/** FNC-1's bodies as `fnc1-<id>.txt` files (bench's names), in numeric body id order. */
export function fnc1Archive(bodies: Map<string, string>): Archive {
  const ids = [...bodies.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return { inputs: ids.map((id) => ({ name: `fnc1-${id}.txt`, bytes: encoder.encode(bodies.get(id)!), manifest: null })), skipped: 0, diagnostics: [] };
}

/**
 * Reads an archive by its path: `.jsonl`/`.ndjson` records, `.csv` as FNC-1's bodies file, anything
 * else (a folder with its manifest.json, or one article) through loadInputs.
 */
export function loadArchive(file: string): Archive {
  if (!fs.existsSync(file)) {
    throw new ClaimGraphError(
      "INPUT_MISSING",
      `eval:archive: ${file} does not exist. Pass a folder of articles, a .jsonl file or FNC-1's train_bodies.csv; the datasets live in ../shared/datasets (reuters21578/reuters21578.jsonl, fnc-1/train_bodies.csv), which a user's clone does not have.`,
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return jsonlArchive(fs.readFileSync(file, "utf8"), file);
  if (ext === ".csv") {
    try {
      return fnc1Archive(readFnc1Bodies(file));
    } catch (error) {
      throw new ClaimGraphError("INPUT_MALFORMED", `eval:archive: ${(error as Error).message}; a .csv must be FNC-1's bodies file.`);
    }
  }
  const loaded = loadInputs([file]);
  return { inputs: loaded.files, skipped: 0, diagnostics: loaded.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Public API: counts and samples
// ---------------------------------------------------------------------------------------------

export interface EdgeCounts {
  documents: number;
  claims: number;
  contradicts: number;
  supports: number;
  /** CONTRADICTS edges by the rule or model that found them, and by kind. */
  contradictsByDetector: Record<string, number>;
  contradictsByKind: Record<string, number>;
  /** Story groups: how many, how many documents share a story with another, the largest. */
  stories: number;
  inSharedStories: number;
  largestStory: number;
}

export function countEdges(graph: ClaimGraph): EdgeCounts {
  const sizes = graph.stories.map((s) => s.documentIds.length);
  const counts: EdgeCounts = {
    documents: graph.documents.length,
    claims: graph.claims.length,
    contradicts: 0,
    supports: 0,
    contradictsByDetector: {},
    contradictsByKind: {},
    stories: sizes.length,
    inSharedStories: sizes.filter((n) => n > 1).reduce((x, y) => x + y, 0),
    largestStory: Math.max(0, ...sizes),
  };
  for (const r of graph.relations) {
    if (r.type === "SUPPORTS") counts.supports += 1;
    if (r.type !== "CONTRADICTS") continue;
    counts.contradicts += 1;
    counts.contradictsByDetector[r.detector] = (counts.contradictsByDetector[r.detector] ?? 0) + 1;
    counts.contradictsByKind[r.kind] = (counts.contradictsByKind[r.kind] ?? 0) + 1;
  }
  return counts;
}

export interface RunFigures {
  inputs: number;
  skipped: number;
  seconds: number;
  peakMiB: number;
}

const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([k, n]) => `  ${k.padEnd(24)} ${n}`);

/** The counts as the CLI prints them. */
export function formatCounts(c: EdgeCounts, run: RunFigures): string {
  return [
    `inputs           ${run.inputs}${run.skipped ? ` (${run.skipped} records without a body skipped)` : ""}`,
    `documents        ${c.documents}`,
    `claims           ${c.claims}`,
    `stories          ${c.stories} (${c.inSharedStories} documents share a story; the largest holds ${c.largestStory})`,
    `CONTRADICTS      ${c.contradicts}`,
    `SUPPORTS         ${c.supports}`,
    `wall time        ${run.seconds.toFixed(1)} s (${(run.inputs / Math.max(run.seconds, 1e-9)).toFixed(0)} docs/s)`,
    `peak RSS         ${Math.round(run.peakMiB)} MiB`,
    "CONTRADICTS by detector:",
    ...tally(c.contradictsByDetector),
    "CONTRADICTS by kind:",
    ...tally(c.contradictsByKind),
  ].join("\n");
}

export interface SampledClaim {
  id: string;
  text: string;
  title: string;
  outlet: string;
  published: string | null;
  file: string;
}

export interface SampledEdge {
  relation: Relation;
  source: SampledClaim;
  target: SampledClaim;
}

/**
 * `n` CONTRADICTS edges drawn without replacement by mulberry32 seeded with `seed` (all of them when
 * there are no more than n). The edges are put in id order first, so the draw depends only on the
 * set of edges and the seed, not on the order the pipeline emitted them in.
 */
export function sampleContradictions(graph: ClaimGraph, n: number, seed: number): SampledEdge[] {
  const pool = graph.relations.filter((r) => r.type === "CONTRADICTS").sort((a, b) => a.id.localeCompare(b.id));
  const random = seededRandom(seed);
  const take = Math.min(n, pool.length);
  // A partial Fisher–Yates shuffle: the first `take` places end up a uniform draw.
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const claims = new Map(graph.claims.map((c) => [c.id, c]));
  const documents = new Map(graph.documents.map((d) => [d.id, d]));
  const sampled = (id: string): SampledClaim => {
    const claim = claims.get(id);
    const doc = claim ? documents.get(claim.documentId) : undefined;
    return { id, text: claim?.text ?? "(claim not in the graph)", title: doc?.title ?? "", outlet: doc?.outlet ?? "", published: doc?.published ?? null, file: doc?.file ?? "" };
  };
  return pool.slice(0, take).map((relation) => ({ relation, source: sampled(relation.source), target: sampled(relation.target) }));
}

const origin = (c: SampledClaim) => `${oneLine(c.title)} (${c.outlet}, ${c.published ?? "undated"}, ${c.file})`;

/** The sample as the CLI prints it: one numbered block per edge. */
export function formatSample(edges: SampledEdge[]): string {
  return edges
    .map(({ relation: r, source, target }, i) =>
      [
        `${i + 1}. ${r.id}  ${r.detector} / ${r.kind}  confidence ${r.confidence.toFixed(2)}`,
        `   reason: ${oneLine(r.reason)}`,
        `   A: “${oneLine(source.text)}”`,
        `      ${origin(source)}`,
        `   B: “${oneLine(target.text)}”`,
        `      ${origin(target)}`,
      ].join("\n"),
    )
    .join("\n\n");
}

const cell = (text: string) => oneLine(text).replace(/\|/g, "\\|");

/**
 * The sample as markdown to annotate: a table with a blank verdict column, then each edge in full.
 * `about` lines (the command, the counts) head the file so an annotated copy says what it judged.
 */
export function sampleMarkdown(edges: SampledEdge[], title: string, about: string[]): string {
  const lines = [
    `# ${title}`,
    "",
    ...about.map((l) => `- ${l}`),
    "",
    "Verdict: **real** when both claims are about the same thing (same entity, same measure, same event) and cannot both be true; **not** otherwise.",
    "",
    "| # | relation | detector | kind | confidence | verdict |",
    "|---|---|---|---|---|---|",
    ...edges.map(({ relation: r }, i) => `| ${i + 1} | \`${r.id}\` | ${cell(r.detector)} | ${cell(r.kind)} | ${r.confidence.toFixed(2)} |  |`),
  ];
  edges.forEach(({ relation: r, source, target }, i) => {
    lines.push(
      "",
      `## ${i + 1}. \`${r.id}\``,
      "",
      `${r.detector} / ${r.kind}, confidence ${r.confidence.toFixed(2)}. Reason: ${oneLine(r.reason)}`,
      "",
      `**A**: ${origin(source)}`,
      "",
      `> ${oneLine(source.text)}`,
      "",
      `**B**: ${origin(target)}`,
      "",
      `> ${oneLine(target.text)}`,
      "",
      "Verdict: ",
    );
  });
  return `${lines.join("\n")}\n`;
}
