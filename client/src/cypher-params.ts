/*
 * The console's parameters panel, read as a JSON object whose keys are Cypher parameter names,
 * and the `$names` a query uses that the panel does not give. Pure, so Jest covers it.
 */

import { PARAM_NAME } from "../../graph-schema/cypher";

export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; error: string };

export function parseParams(text: string): ParamsResult {
  if (text.trim() === "") return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Parameters are not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, error: 'Parameters must be a JSON object, such as {"limit": 10}.' };
  const bad = Object.keys(value).filter((k) => !PARAM_NAME.test(k));
  if (bad.length) return { ok: false, error: `Not a parameter name: ${bad.map((k) => JSON.stringify(k)).join(", ")} (letters, digits and _, not first a digit).` };
  return { ok: true, params: value as Record<string, unknown> };
}

/** `$name`s in the query (outside strings and comments) that `params` lacks, each once, in order. */
export function missingParams(query: string, params: Record<string, unknown>): string[] {
  const bare = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, " ");
  const used = [...bare.matchAll(/\$([\p{L}_][\p{L}\p{N}_]*)/gu)].map((m) => m[1]!);
  return [...new Set(used)].filter((name) => !(name in params));
}
