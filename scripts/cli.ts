/*
 * Shared CLI plumbing: argv parsing, diagnostics on stderr, and one exit path that prints a
 * ClaimGraphError as its sentence (no stack) and anything else as a bug with its stack.
 */

import type { Diagnostic } from "../graph-schema";
import { isClaimGraphError } from "../server/src/errors";

export interface CliArgs {
  positional: string[];
  flags: Record<string, string | boolean>;
}

export function parseCliArgs(argv: string[], spec: Record<string, "string" | "boolean">): CliArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind) throw new Error(`unknown option --${name}; known: ${Object.keys(spec).map((k) => `--${k}`).join(", ") || "none"}`);
    if (kind === "boolean") flags[name] = true;
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { positional, flags };
}

export function reportDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${d.severity === "error" ? "error" : "warning"}: ${d.message}\n`);
}

export function runCli(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (isClaimGraphError(error)) process.stderr.write(`${error.message}\n`);
      else if (error instanceof Error && !error.stack?.includes("/node_modules/") && /^(unknown option|--)/.test(error.message)) process.stderr.write(`${name}: ${error.message}\n`);
      else process.stderr.write(`${name}: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = isClaimGraphError(error) ? 2 : 1;
    },
  );
}
