/*
 * The file-system shell around the pipeline: expands files and folders into InputFiles, reading
 * manifest.json beside them. Problems with one path (missing, unreadable, a manifest entry for a
 * file that is not there, invalid manifest JSON) become diagnostics; the other files still load.
 */

import fs from "node:fs";
import path from "node:path";
import type { Diagnostic, Manifest, ManifestEntry } from "../../../graph-schema";
import { ManifestSchema } from "../../../graph-schema";
import type { InputFile } from "../nlp/pipeline";

export const MANIFEST_NAME = "manifest.json";

export interface LoadedInputs {
  files: InputFile[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Paths are reported relative to this folder. */
  cwd?: string;
  /** Larger files are not read into memory; the pipeline reports them as too large. */
  maxFileBytes?: number;
}

function diag(file: string, code: string, message: string, severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { file, code, message, severity };
}

function readManifest(dir: string, rel: (p: string) => string, diagnostics: Diagnostic[]): Map<string, ManifestEntry> {
  const file = path.join(dir, MANIFEST_NAME);
  const entries = new Map<string, ManifestEntry>();
  if (!fs.existsSync(file)) return entries;
  let parsed: Manifest;
  try {
    const json: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    const result = ManifestSchema.safeParse(json);
    if (!result.success) {
      const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      diagnostics.push(diag(rel(file), "MANIFEST_INVALID", `ingest: ${rel(file)} does not match the manifest format (${issues}); its files are read without metadata.`));
      return entries;
    }
    parsed = result.data;
  } catch (error) {
    diagnostics.push(diag(rel(file), "MANIFEST_INVALID", `ingest: ${rel(file)} is not valid JSON (${(error as Error).message}); its files are read without metadata.`));
    return entries;
  }
  for (const entry of parsed.documents) {
    if (!fs.existsSync(path.join(dir, entry.file))) {
      diagnostics.push(diag(rel(file), "MANIFEST_MISSING_FILE", `ingest: ${rel(file)} lists ${entry.file}, which does not exist in ${rel(dir) || "."}.`));
      continue;
    }
    entries.set(entry.file, entry);
  }
  return entries;
}

export function loadInputs(paths: string[], options: LoadOptions = {}): LoadedInputs {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxFileBytes ?? 20 * 1024 * 1024;
  const rel = (p: string) => path.relative(cwd, p) || path.basename(p);
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const manifestFor = (dir: string) => {
    let m = manifests.get(dir);
    if (!m) {
      m = readManifest(dir, rel, diagnostics);
      manifests.set(dir, m);
    }
    return m;
  };
  const addFile = (abs: string) => {
    const name = rel(abs);
    try {
      const stat = fs.statSync(abs);
      // Oversized files are refused by size alone, before they are read into memory.
      if (stat.size > maxBytes) {
        diagnostics.push(diag(name, "INPUT_TOO_LARGE", `documents: ${name} is ${(stat.size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit per file; split it first.`));
        return;
      }
      files.push({ name, bytes: new Uint8Array(fs.readFileSync(abs)), manifest: manifestFor(path.dirname(abs)).get(path.basename(abs)) ?? null });
    } catch (error) {
      diagnostics.push(diag(name, "INPUT_MISSING", `ingest: cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`));
    }
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || entry.name === MANIFEST_NAME) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) addFile(abs);
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (!fs.existsSync(abs)) {
      diagnostics.push(diag(p, "INPUT_MISSING", `ingest: ${p} does not exist.`));
      continue;
    }
    if (fs.statSync(abs).isDirectory()) {
      manifestFor(abs);
      walk(abs);
    } else if (path.basename(abs) !== MANIFEST_NAME) {
      addFile(abs);
    }
  }
  return { files, diagnostics };
}
