/*
 * First layer of the read-only console: a static check of the query text. Comments and string
 * literals are blanked first, so a keyword inside a string is harmless and one hidden behind a
 * comment is still seen. Later layers (EXPLAIN's query type, a READ transaction, a timeout and a
 * row cap) catch what text analysis cannot; this layer exists to give a clear reason early.
 */

export type GuardResult = { ok: true; query: string } | { ok: false; reason: string };

/** Procedures the console may call: schema introspection and the full-text indexes. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
]);

const WRITE_OR_ADMIN: Array<[RegExp, string]> = [
  [/\bload\s+csv\b/i, "LOAD CSV reads files and URLs"],
  [/\bin\s+transactions\b/i, "CALL { … } IN TRANSACTIONS commits writes in batches"],
  [/\b(create|merge|delete|detach|set|remove|foreach)\b/i, "it would change the graph"],
  [/\b(drop|alter|rename|grant|deny|revoke|enable|terminate)\b/i, "it is an administration command"],
  [/\bshow\s+\w+/i, "SHOW commands are administration; use CALL db.labels() and friends"],
  [/\b(start|stop)\s+database\b/i, "it is an administration command"],
  [/^\s*use\b|\buse\s+[\w`.]+\s+(match|call|return|with|unwind)\b/i, "USE switches databases"],
];

/** Blanks comments and string literals, keeping length so positions still line up. */
export function blankLiterals(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    const next = query[i + 1];
    if (ch === "/" && next === "/") {
      const end = query.indexOf("\n", i);
      const stop = end === -1 ? query.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (ch === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      let j = i + 1;
      while (j < query.length && query[j] !== ch) j += query[j] === "\\" ? 2 : 1;
      const stop = Math.min(query.length, j + 1);
      // Backticked names stay visible as a neutral identifier; strings become an empty literal.
      out += ch === "`" ? `\`${"x".repeat(Math.max(0, stop - i - 2))}\`` : `${ch}${" ".repeat(Math.max(0, stop - i - 2))}${ch}`;
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

export function checkReadOnlyCypher(query: string): GuardResult {
  const trimmed = query.trim().replace(/;\s*$/, "");
  if (trimmed === "") return { ok: false, reason: "The query is empty." };
  const bare = blankLiterals(trimmed);
  if (bare.trim() === "") return { ok: false, reason: "The query is only comments." };
  if (bare.includes(";")) return { ok: false, reason: "One statement at a time: the query contains ';' between statements." };
  for (const [re, why] of WRITE_OR_ADMIN) {
    const m = re.exec(bare);
    if (m) return { ok: false, reason: `Refused "${m[0].trim().toUpperCase()}": ${why}. The console is read-only.` };
  }
  for (const m of bare.matchAll(/\bcall\s+([\p{L}_][\p{L}\p{N}_.]*)\s*\(/giu)) {
    const name = m[1]!.toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      return { ok: false, reason: `Refused procedure ${m[1]}: the console allows only ${[...ALLOWED_PROCEDURES].join(", ")}.` };
    }
  }
  // A bare procedure call without parentheses ("CALL dbms.components") is still a call.
  for (const m of bare.matchAll(/\bcall\s+([\p{L}_][\p{L}\p{N}_.]*)\s*(?:$|yield\b)/giu)) {
    if (!ALLOWED_PROCEDURES.has(m[1]!.toLowerCase())) return { ok: false, reason: `Refused procedure ${m[1]}: not on the console's allow-list.` };
  }
  return { ok: true, query: trimmed };
}
