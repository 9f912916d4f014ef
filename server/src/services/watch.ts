/*
 * Watching a folder: files that appear or change are ingested (a changed file replaces what its
 * earlier version yielded), one ingest at a time, with changes that arrive together batched. A
 * removed file is reported, not removed from the graph: `npm run remove` does that on purpose.
 * A change to manifest.json re-reads every file of the folder it describes.
 */

import fs from "node:fs";
import path from "node:path";
import { MANIFEST_NAME, loadInputs } from "../io/load-inputs";
import { parseInputFile } from "../nlp/documents/parse";
import { resolvePipelineOptions } from "../nlp/options";
import { ingestFiles, type IngestDeps, type IngestResult } from "./ingest";

export interface WatchOptions {
  /** Quiet time after a file's last change before it is read (editors write in several steps). */
  debounceMs: number;
  log: (line: string) => void;
  /** Called after each ingest, with its result or its failure. */
  onIngest?: (result: IngestResult | Error, files: string[]) => void;
}

export interface Watcher {
  /** Stops watching and waits for the ingest in flight, if any. */
  close(): Promise<void>;
  /** Resolves when nothing is pending or in flight. */
  idle(): Promise<void>;
}

/** Files under `folder` that an ingest reads (not the manifest, not hidden files). */
function filesIn(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith(".")) && path.basename(rel) !== MANIFEST_NAME)
    .map((rel) => path.join(folder, rel))
    .filter((p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false)
    .sort();
}

/** Files whose documents are all stored already under their own names: nothing to do at start. */
async function storedAlready(files: string[], deps: IngestDeps): Promise<Set<string>> {
  const rows: Array<{ file: string; id: string; name: string }> = [];
  const maxBytes = resolvePipelineOptions({}).documents.maxFileBytes;
  for (const input of loadInputs(files).files) {
    try {
      for (const d of parseInputFile(input, maxBytes).documents) rows.push({ file: input.name, id: d.id, name: d.file });
    } catch {
      // Unreadable now: the ingest will say why.
    }
  }
  const { records } = await deps.driver.executeQuery("UNWIND $rows AS row MATCH (d:Document {id: row.id}) WHERE d.file = row.name RETURN row.id AS id", { rows }, { database: deps.database, routing: "READ" });
  const found = new Set(records.map((r) => r.get("id") as string));
  const byFile = new Map<string, boolean>();
  for (const r of rows) byFile.set(r.file, (byFile.get(r.file) ?? true) && found.has(r.id));
  return new Set([...byFile.entries()].filter(([, all]) => all).map(([f]) => f));
}

export async function watchFolder(folder: string, deps: IngestDeps, options: Partial<WatchOptions> = {}): Promise<Watcher> {
  const { debounceMs, log, onIngest } = { debounceMs: 400, log: () => {}, ...options };
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`watch: ${folder} is not a folder.`);
  const pending = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let running: Promise<void> | null = null;
  let closed = false;
  const waiters: Array<() => void> = [];

  const settle = () => {
    if (running || pending.size > 0 || timers.size > 0) return;
    waiters.splice(0).forEach((w) => w());
  };

  const drain = () => {
    if (running || pending.size === 0) return settle();
    const batch = [...pending].sort();
    pending.clear();
    running = (async () => {
      const present = batch.filter((f) => fs.existsSync(f));
      for (const gone of batch.filter((f) => !present.includes(f))) log(`watch: ${gone} was removed; its document stays in the graph until \`npm run remove -- ${gone}\``);
      if (present.length === 0) return;
      log(`watch: ingesting ${present.length === 1 ? present[0] : `${present.length} files`}`);
      try {
        const loaded = loadInputs(present);
        const result = await ingestFiles(loaded.files, loaded.diagnostics, { ...deps, log: undefined });
        for (const d of result.diagnostics) log(`watch: ${d.severity}: ${d.message}`);
        log(`watch: ${result.documentIds.length} documents in; the graph holds ${result.counts.labels.Document ?? 0} documents, ${result.counts.relationships.CONTRADICTS ?? 0} CONTRADICTS, ${result.counts.relationships.SUPPORTS ?? 0} SUPPORTS`);
        onIngest?.(result, present);
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        log(`watch: ${present.join(", ")} not ingested: ${e.message.split("\n")[0]}`);
        onIngest?.(e, present);
      }
    })().finally(() => {
      running = null;
      drain();
    });
  };

  const touch = (file: string) => {
    if (closed) return;
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        if (path.basename(file) === MANIFEST_NAME) for (const f of filesIn(path.dirname(file))) pending.add(f);
        else pending.add(file);
        drain();
      }, debounceMs),
    );
  };

  const watcher = fs.watch(folder, { recursive: true }, (_event, name) => {
    if (!name) return;
    const file = path.join(folder, name.toString());
    if (path.basename(file).startsWith(".")) return;
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) return;
    touch(file);
  });

  // The folder itself removed or unmounted: say so and stop watching; what was ingested stays.
  watcher.on("error", (error) => {
    log(`watch: stopped watching ${folder}: ${error.message}`);
    closed = true;
    watcher.close();
  });

  const initial = filesIn(folder);
  const known = initial.length > 0 ? await storedAlready(initial, deps) : new Set<string>();
  for (const f of initial) if (!known.has(f)) pending.add(f);
  log(`watch: watching ${folder} (${initial.length} files, ${known.size} already stored); Ctrl-C stops`);
  drain();

  return {
    async close() {
      closed = true;
      watcher.close();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      pending.clear();
      if (running) await running;
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
  };
}
