import { decodeBytes } from "../../../../server/src/nlp/documents/decode";

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);

describe("decodeBytes", () => {
  it.each([
    ["UTF-8", Buffer.from("Kyiv said “yes” — 100%", "utf8"), "Kyiv said “yes” — 100%", "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Kyiv", "utf8")]), "Kyiv", "utf-8"],
    ["UTF-16LE with BOM", utf16le("Zaporizhzhia plant"), "Zaporizhzhia plant", "utf-16le"],
    ["Latin-1", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]), "Café déjà", "windows-1252"],
  ])("should decode %s", (_name, bytes, text, encoding) => {
    const d = decodeBytes(new Uint8Array(bytes), "f.txt");
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
  });

  it("should warn when it had to guess Latin-1", () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "f.txt").warning).not.toBeNull();
  });

  it.each([
    ["empty", new Uint8Array([]), "INPUT_EMPTY"],
    ["binary with NUL bytes", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "INPUT_BINARY"],
    ["control characters", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), "INPUT_BINARY"],
  ])("should refuse %s input with a code", (_name, bytes, code) => {
    expect(() => decodeBytes(bytes, "f.bin")).toThrow(expect.objectContaining({ code }));
  });
});
