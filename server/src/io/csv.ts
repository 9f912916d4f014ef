/*
 * RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines. Enough for the public
 * benchmark files (FNC-1); rows come back as records keyed by the header line.
 */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Rows as records keyed by the header; throws when a row's width differs from the header's. */
export function parseCsvRecords(text: string, file = "csv"): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header) return [];
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`csv: ${file} row ${n + 2} has ${r.length} fields, the header has ${header.length}.`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
