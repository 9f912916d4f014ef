/*
 * Verdict files: the JSON lines `npm run export:verdicts` writes, read back for eval:verdicts and
 * train:judge. A line that is not a verdict is an error naming the file and the line.
 */

import { readFileSync } from "node:fs";
import { VerdictExportSchema, type VerdictExport } from "../../../graph-schema";
import { ClaimGraphError } from "../errors";

export function formatVerdictLines(records: readonly VerdictExport[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}

export function readVerdictFile(file: string): VerdictExport[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ClaimGraphError("INPUT_MISSING", `verdicts: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); write one with npm run export:verdicts -- --out ${file}.`);
  }
  const out: VerdictExport[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ClaimGraphError("INPUT_MALFORMED", `verdicts: ${file} line ${i + 1} is not JSON.`);
    }
    const r = VerdictExportSchema.safeParse(json);
    if (!r.success) throw new ClaimGraphError("INPUT_MALFORMED", `verdicts: ${file} line ${i + 1} is not a verdict (${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}).`);
    out.push(r.data);
  });
  return out;
}
