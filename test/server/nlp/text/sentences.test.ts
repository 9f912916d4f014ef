/*
 * Sentence boundaries, table-driven over invented text: initials are no full stops, glued headings
 * split, and a run-on longer than MAX_SENTENCE_CHARS comes back in marked, bounded pieces.
 */

import { MAX_SENTENCE_CHARS, splitSentences } from "../../../../server/src/nlp/text/sentences";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    // A run of initials is part of a name, like a single initial.
    { text: "Researchers at the Tarvel A.B. Marek Institute counted 40 dead. Crews left.", expected: ["Researchers at the Tarvel A.B. Marek Institute counted 40 dead.", "Crews left."] },
  ])("should split $text", ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("should split a paragraph of thousands of glued headings in one pass, without recursing per heading", () => {
    const text = "wordThe ".repeat(8000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(8001);
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe("The word");
  });

  it("should cut a run-on sentence into marked pieces of at most MAX_SENTENCE_CHARS, at clause breaks", () => {
    const text = `The ministry said ${"crews cleared the road near the old mill, ".repeat(300)}and left.`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.cut).toBe(true);
      // Every piece but the last ends on a clause break.
      if (s !== spans[spans.length - 1]) expect(text[s.end - 1]).toBe(",");
    }
    // Nothing is lost between the pieces but the spaces at the cuts.
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text);
  });

  it("should cut a run with no spaces at all at the limit", () => {
    const text = "x".repeat(MAX_SENTENCE_CHARS * 2 + 10);
    expect(splitSentences(text).map((s) => s.end - s.start)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]);
  });

  it("should leave an ordinary sentence unmarked", () => {
    expect(splitSentences("The dam held.")[0]!.cut).toBeUndefined();
  });
});
