/*
 * `npm run extract` as a user runs it on a folder of bad and good files: each bad file is named
 * with a code on stderr, the good ones are extracted, and the output validates against graph-schema
 * and is byte-identical across runs.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ClaimGraphSchema } from "../../graph-schema";
import { tempDir } from "../helpers/tmp";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const GOOD =
  "Harbour officials said on Monday that about 40 ships were waiting outside the port of Valmora.\n\n" +
  "The shipping union rejected claims that the port of Valmora had reopened, insisting the strike is ongoing.\n";

function extract(args: string[]) {
  return spawnSync(process.execPath, [tsx, "scripts/extract.ts", ...args], { encoding: "utf8", timeout: 120_000 });
}

describe("npm run extract on bad input", () => {
  const dir = tempDir("cg-extract-");
  beforeAll(() => {
    fs.writeFileSync(path.join(dir, "good.txt"), GOOD);
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
    // Latin-1: "Café" and "señor" as single bytes, invalid as UTF-8.
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("The café owner, señor Ruiz, said that 12 tables were booked in Valmora.\n", "latin1"));
    const utf16 = Buffer.from("The mayor of Valmora said that 300 homes had lost power.\n", "utf16le");
    fs.writeFileSync(path.join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]));
    fs.writeFileSync(
      path.join(dir, "page.html"),
      `<html><head><script>window.pwned = "The minister said that the script ran."</script><style>p{}</style></head>` +
        `<body><nav>Home | News | Sport</nav><article><p onclick="steal()">The port director said that 25 cranes were idle in Valmora.</p></article>` +
        `<div class="comments">Leave a comment</div></body></html>`,
    );
    fs.writeFileSync(path.join(dir, "nosentences.txt"), "— — —\n*** ### ***\n");
    fs.writeFileSync(path.join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a"));
    fs.writeFileSync(path.join(dir, "notes.pdf"), "%PDF-1.4");
    fs.writeFileSync(path.join(dir, "same-article-again.txt"), GOOD);
    fs.writeFileSync(path.join(dir, "broken.json"), '{"text": "The mayor said');
    fs.writeFileSync(
      path.join(dir, "feed.jsonl"),
      `${JSON.stringify({ text: "The port director said that 9 tugboats were on strike in Valmora.", outlet: "Feed Daily", published: "2025-03-02" })}\n{"text": broken\n`,
    );
  });

  it("should name each bad file with a code and still extract the good ones", () => {
    const out = path.join(dir, "graph.json");
    const r = extract([dir, "--out", out]);
    expect(r.status).toBe(0);
    const graph = ClaimGraphSchema.parse(JSON.parse(fs.readFileSync(out, "utf8")));
    const codeOf = (file: string) => graph.diagnostics.filter((d) => d.file.endsWith(file)).map((d) => d.code);
    expect(codeOf("empty.txt")).toContain("INPUT_EMPTY");
    expect(codeOf("binary.txt")).toContain("INPUT_BINARY");
    expect(codeOf("huge.txt")).toContain("INPUT_TOO_LARGE");
    expect(codeOf("nosentences.txt")).toContain("INPUT_NO_TEXT");
    expect(codeOf("notes.pdf")).toContain("INPUT_UNSUPPORTED");
    expect(codeOf("latin1.txt")).toContain("INPUT_ENCODING");
    for (const f of ["empty.txt", "binary.txt", "huge.txt", "nosentences.txt", "notes.pdf"]) expect(r.stderr).toContain(f);

    expect(codeOf("broken.json")).toContain("INPUT_MALFORMED");
    expect(graph.diagnostics.some((d) => d.file.includes("feed.jsonl") && d.code === "INPUT_MALFORMED")).toBe(true);
    // The same text under two names is one document; the second name is reported.
    expect(graph.diagnostics.filter((d) => d.code === "INPUT_DUPLICATE")).toHaveLength(1);

    const files = graph.documents.map((d) => path.basename(d.file)).sort();
    const kept: string[] = files.filter((f) => f === "good.txt" || f === "same-article-again.txt");
    expect(kept).toHaveLength(1);
    expect(files.filter((f) => !kept.includes(f))).toEqual(["feed.jsonl#1", "latin1.txt", "page.html", "utf16.txt"]);
    expect(graph.documents.find((d) => d.outlet === "Feed Daily")?.text).toContain("9 tugboats");
    const text = (f: string) => graph.documents.find((d) => d.file.endsWith(f))!.text;
    expect(text("latin1.txt")).toContain("café owner, señor Ruiz");
    expect(text("utf16.txt")).toContain("The mayor of Valmora said that 300 homes");
    expect(text("page.html")).toContain("25 cranes were idle");
    expect(text("page.html")).not.toMatch(/pwned|script ran|steal|Leave a comment|Home \| News/);
    expect(graph.claims.some((c) => c.text.includes("40 ships"))).toBe(true);
  });

  it("should write byte-identical output for the same input", () => {
    const a = path.join(dir, "a.json");
    const b = path.join(dir, "b.json");
    expect(extract([path.join(dir, "good.txt"), path.join(dir, "page.html"), "--out", a]).status).toBe(0);
    expect(extract([path.join(dir, "page.html"), path.join(dir, "good.txt"), "--out", b]).status).toBe(0);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  });

  it("should exit 1 with a message when nothing can be extracted", () => {
    const r = extract([path.join(dir, "empty.txt"), "--out", path.join(dir, "none.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("empty.txt");
  });
});
