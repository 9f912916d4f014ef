/*
 * One input file to documents: picks the reader by extension (txt, md, html, json, jsonl), cleans
 * the text, and merges metadata in a fixed order of trust: manifest, then the file's own fields
 * (HTML meta, JSON keys), then what the text says, then defaults. In a file of many records a
 * broken or empty record is reported and skipped; the others are read. Pure: bytes in, documents out.
 */

import crypto from "node:crypto";
import type { DatePrecision, Document, ManifestEntry } from "../../../../graph-schema";
import { ClaimGraphError } from "../../errors";
import { cleanText } from "./clean";
import { decodeBytes } from "./decode";
import { extractHtml } from "./html";
import { hostOutlet, readTextMetadata } from "./metadata";

/** The outlet of a document that names none; two such documents are not known to share an outlet. */
export const UNKNOWN_OUTLET = "unknown outlet";

export interface InputFile {
  /** The name users know the file by (relative path); appears in messages and Document.file. */
  name: string;
  bytes: Uint8Array;
  manifest?: ManifestEntry | null;
}

export interface ParsedDocuments {
  documents: Document[];
  warnings: string[];
  /** Records of a multi-document file that could not be read; the others were. */
  lineErrors: string[];
  /** Records of a multi-document file with no readable text; the others were read. */
  noText: string[];
}

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"] as const;

type Fields = Partial<Record<"title" | "url" | "published" | "outlet" | "via" | "language", string | null>> & {
  precision?: DatePrecision | null;
};

interface Candidate {
  name: string;
  body: string;
  fileFields: Fields;
}

export function parseInputFile(input: InputFile, maxBytes: number): ParsedDocuments {
  if (input.bytes.length > maxBytes) {
    throw new ClaimGraphError(
      "INPUT_TOO_LARGE",
      `documents: ${input.name} is ${(input.bytes.length / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit per file; split it or raise maxFileBytes.`,
    );
  }
  const decoded = decodeBytes(input.bytes, input.name);
  const warnings = decoded.warning ? [decoded.warning] : [];
  const skipped: Skipped = { lineErrors: [], noText: [] };
  const { lineErrors } = skipped;
  const ext = extension(input.name);
  let candidates: Candidate[];
  if (ext === ".html" || ext === ".htm" || (ext === "" && /^\s*<(!doctype html|html)/i.test(decoded.text))) {
    const html = extractHtml(decoded.text);
    candidates = [{ name: input.name, body: html.text, fileFields: { title: html.title, url: html.url, published: html.published, outlet: html.siteName } }];
  } else if (ext === ".json") {
    candidates = jsonCandidates(input.name, parseJson(decoded.text, input.name), skipped);
  } else if (ext === ".jsonl" || ext === ".ndjson") {
    candidates = jsonlCandidates(input.name, decoded.text, skipped);
  } else if (SUPPORTED_EXTENSIONS.includes(ext as (typeof SUPPORTED_EXTENSIONS)[number]) || ext === "") {
    candidates = [{ name: input.name, body: ext === ".md" || ext === ".markdown" ? stripMarkdown(decoded.text) : decoded.text, fileFields: {} }];
  } else {
    throw new ClaimGraphError(
      "INPUT_UNSUPPORTED",
      `documents: ${input.name} has an unsupported type (${ext}); use ${SUPPORTED_EXTENSIONS.join(", ")}.`,
    );
  }
  const { noText } = skipped;
  if (candidates.length === 1) return { documents: [buildDocument(candidates[0]!, input.manifest ?? null)], warnings, lineErrors, noText };
  // One empty record in a feed costs that record, not the file.
  const documents: Document[] = [];
  for (const c of candidates) {
    try {
      documents.push(buildDocument(c, null));
    } catch (error) {
      if (!(error instanceof ClaimGraphError) || error.code !== "INPUT_NO_TEXT") throw error;
      noText.push(error.message);
    }
  }
  if (documents.length === 0) throw new ClaimGraphError("INPUT_NO_TEXT", `documents: ${input.name} holds no record with readable text.`);
  return { documents, warnings, lineErrors, noText };
}

/** Records of a multi-document file that were left out, by why. */
interface Skipped {
  lineErrors: string[];
  noText: string[];
}

function skip(skipped: Skipped, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ClaimGraphError && error.code === "INPUT_NO_TEXT") skipped.noText.push(message);
  else skipped.lineErrors.push(message);
}

function buildDocument(c: Candidate, manifest: ManifestEntry | null): Document {
  const { text } = cleanText(c.body);
  if (!/[\p{L}]{2,}/u.test(text)) {
    throw new ClaimGraphError("INPUT_NO_TEXT", `documents: ${c.name} has no readable text after cleaning.`);
  }
  const fromText = readTextMetadata(text);
  const metadataFrom: Document["metadataFrom"] = {};
  const pick = <T>(field: string, ...sources: Array<[T | null | undefined, "manifest" | "file" | "text" | "default"]>): T | null => {
    for (const [value, origin] of sources) {
      if (value !== null && value !== undefined && value !== "") {
        metadataFrom[field] = origin;
        return value;
      }
    }
    return null;
  };
  const url = pick("url", [manifest?.url, "manifest"], [c.fileFields.url, "file"], [fromText.url, "text"]);
  const published = normaliseDate(
    pick("published", [manifest?.published, "manifest"], [c.fileFields.published, "file"], [fromText.published, "text"]),
  );
  const precision =
    pick<DatePrecision>("precision", [manifest?.precision, "manifest"], [c.fileFields.precision, "file"], [published ? precisionOf(published) : null, "text"]);
  const outlet =
    pick("outlet", [manifest?.outlet, "manifest"], [c.fileFields.outlet, "file"], [fromText.outlet, "text"], [url ? hostOutlet(url) : null, "text"]) ??
    pick("outlet", [UNKNOWN_OUTLET, "default"]);
  const contentHash = crypto.createHash("sha256").update(text).digest("hex");
  return {
    id: `doc-${contentHash.slice(0, 16)}`,
    file: c.name,
    outlet: outlet ?? UNKNOWN_OUTLET,
    via: pick("via", [manifest?.via, "manifest"], [c.fileFields.via, "file"], [fromText.via, "text"]),
    url,
    title: pick("title", [manifest?.title, "manifest"], [c.fileFields.title, "file"], [fromText.title, "text"]) ?? c.name,
    published,
    precision: published ? precision : null,
    language: pick("language", [manifest?.language, "manifest"], [c.fileFields.language, "file"]),
    contentHash,
    text,
    metadataFrom,
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "feb", "February", "Sept." as 01–12, or null. */
function monthNumber(word: string): string | null {
  const i = MONTHS.indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? null : String(i + 1).padStart(2, "0");
}

/**
 * Accepts full ISO timestamps and partial dates, keeping the precision the value has, and the
 * day-month-year forms archives and feeds use: "26-FEB-1987 15:01:01", "26 February 1987",
 * "February 26, 1987", "Thu, 26 Feb 1987 15:01:01 GMT" (RFC 2822). Anything else is no date.
 */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join("-");
  const dmy = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[-\s/]([A-Za-z]{3,9})\.?[-\s/,]+(\d{4})\b/.exec(v);
  const mdy = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  const [day, month, year] = dmy ? [dmy[1]!, monthNumber(dmy[2]!), dmy[3]!] : mdy ? [mdy[2]!, monthNumber(mdy[1]!), mdy[3]!] : [null, null, null];
  if (!day || !month || !year || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month}-${day.padStart(2, "0")}`;
}

function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

function extension(name: string): string {
  const m = /\.[a-z0-9]+$/i.exec(name);
  return m ? m[0].toLowerCase() : "";
}

function stripMarkdown(text: string): string {
  return text
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2");
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ClaimGraphError("INPUT_MALFORMED", `documents: ${name} is not valid JSON (${(error as Error).message}).`);
  }
}

const TEXT_KEYS = ["text", "body", "content", "articleBody", "article"];

/** A JSON document or list of them; in a list, a record without text is reported and skipped like a JSONL line. */
function jsonCandidates(name: string, value: unknown, skipped: Skipped): Candidate[] {
  const items = Array.isArray(value) ? value : typeof value === "object" && value && Array.isArray((value as { documents?: unknown }).documents) ? (value as { documents: unknown[] }).documents : [value];
  if (items.length === 1) return [jsonCandidate(name, items[0])];
  return eachCandidate(name, items.map((item, i) => () => jsonCandidate(`${name}#${i + 1}`, item)), skipped);
}

/**
 * The candidates of a multi-document file: a record that fails is reported and skipped, the others
 * still count; when none is left, the first failure (or "no documents") is the file's error.
 */
function eachCandidate(name: string, reads: Array<() => Candidate>, skipped: Skipped): Candidate[] {
  const out: Candidate[] = [];
  let firstError: unknown = null;
  for (const read of reads) {
    try {
      out.push(read());
    } catch (error) {
      firstError ??= error;
      skip(skipped, error);
    }
  }
  if (out.length === 0 && firstError) throw firstError;
  if (out.length === 0) throw new ClaimGraphError("INPUT_NO_TEXT", `documents: ${name} holds no documents.`);
  return out;
}

/** One document per line; a broken line is reported and skipped, the other lines still count. */
function jsonlCandidates(name: string, text: string, skipped: Skipped): Candidate[] {
  const lines = text.split("\n").map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== "");
  return eachCandidate(name, lines.map(({ line, i }) => () => jsonCandidate(`${name}#${i + 1}`, parseJson(line, `${name} line ${i + 1}`))), skipped);
}

function jsonCandidate(name: string, item: unknown): Candidate {
  if (typeof item !== "object" || item === null) {
    throw new ClaimGraphError("INPUT_MALFORMED", `documents: ${name} is not an object with a text field (${TEXT_KEYS.join(", ")}).`);
  }
  const rec = item as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) if (typeof rec[k] === "string" && (rec[k] as string).trim() !== "") return (rec[k] as string).trim();
    return null;
  };
  const body = str(...TEXT_KEYS);
  // A text field that is there but blank is a record with nothing to read, not a malformed one.
  if (body === null && TEXT_KEYS.some((k) => typeof rec[k] === "string")) throw new ClaimGraphError("INPUT_NO_TEXT", `documents: ${name} has an empty text field.`);
  if (body === null) {
    throw new ClaimGraphError("INPUT_MALFORMED", `documents: ${name} has no text field (expected one of ${TEXT_KEYS.join(", ")}).`);
  }
  const title = str("title", "headline");
  return {
    name,
    body: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
    fileFields: {
      title,
      url: str("url", "link"),
      published: str("published", "date", "publishedAt", "datePublished"),
      outlet: str("outlet", "source", "publisher", "site"),
      via: str("via", "relayedFrom"),
      language: str("language", "lang"),
    },
  };
}
