/*
 * A console result table as RFC 4180 CSV: CRLF between records, a field quoted when it holds a
 * comma, a quote, a line break or edge blanks, quotes inside doubled. Lists and maps are written
 * as JSON text, null as an empty field.
 */

export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
