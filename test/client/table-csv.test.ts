/* A console table as RFC 4180 CSV, read back by the project's own CSV parser. */

import { csvField, toCsv } from "../../client/src/table-csv";
import { parseCsv } from "../../server/src/io/csv";

describe("toCsv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    [null, ""],
    [42, "42"],
    [true, "true"],
    [["a", 1], '"[""a"",1]"'],
  ])("should write %j as %s", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("should write CRLF records that parse back to the same cells", () => {
    const rows = [
      ["Sputnik", 'He said "76,000"', null],
      ["Focus", "line one\r\nline two", { n: 1 }],
    ];
    const csv = toCsv(["outlet", "text", "extra"], rows);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["outlet", "text", "extra"],
      ["Sputnik", 'He said "76,000"', ""],
      ["Focus", "line one\r\nline two", '{"n":1}'],
    ]);
  });
});
