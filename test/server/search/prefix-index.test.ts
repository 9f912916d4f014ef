/*
 * The in-memory search index: prefix matching on word starts, BM25 ranking with exact terms above
 * longer ones, any query word may match (more matched words rank higher), letters of any script,
 * a stable order on ties, and the limit.
 */

import { POSTINGS_BUDGET, PrefixIndex, searchWords } from "../../../server/src/search/prefix-index";

const items = [
  { id: "a", text: "The ministry reported heavy losses near the border." },
  { id: "b", text: "Officials denied the reported loss of two aircraft." },
  { id: "c", text: "Lossless audio is a different matter entirely." },
  { id: "d", text: "Київ заявив про втрати противника; Zürich-based analysts disagree." },
  { id: "e", text: "Border guards reported no losses, and no losses were confirmed later." },
  { id: "f", text: "Nothing to see here." },
];
const index = new PrefixIndex(items, (i) => i.text);
const ids = (q: string, limit = 10) => index.search(q, limit).map((r) => r.item.id);

describe("PrefixIndex", () => {
  it("should split words as the standard analyser does: lower case, letters and digits of any script", () => {
    expect(searchWords("Zürich-based, 76,000 КИЇВ's")).toEqual(["zürich", "based", "76", "000", "київ", "s"]);
  });

  it("should match a word to every term it begins, and nothing else", () => {
    expect(ids("loss").sort()).toEqual(["a", "b", "c", "e"]);
    expect(ids("losses").sort()).toEqual(["a", "e"]);
    expect(ids("osses")).toEqual([]);
  });

  it("should rank an exact term above a longer term it begins", () => {
    expect(ids("loss")[0]).toBe("b");
  });

  it("should rank items matching more of the query words first, and count a repeated term more", () => {
    expect(ids("border losses").slice(0, 2).sort()).toEqual(["a", "e"]);
    expect(ids("losses")[0]).toBe("e");
    expect(ids("ministry losses")[0]).toBe("a");
  });

  it("should find words in other scripts and with diacritics", () => {
    expect(ids("київ")).toEqual(["d"]);
    expect(ids("втрат")).toEqual(["d"]);
    expect(ids("zür")).toEqual(["d"]);
  });

  it("should keep the limit, order ties by input order, and answer nothing for a query of no words", () => {
    expect(ids("the", 2)).toHaveLength(2);
    const tie = new PrefixIndex([{ t: "same words" }, { t: "same words" }, { t: "same words" }], (x) => x.t);
    expect(tie.search("same", 3).map((r) => r.item)).toEqual([{ t: "same words" }, { t: "same words" }, { t: "same words" }]);
    const order = tie.search("same", 2);
    expect(order[0]!.score).toBe(order[1]!.score);
    expect(ids(" ,;- ")).toEqual([]);
    expect(new PrefixIndex([], (x: string) => x).search("x", 5)).toEqual([]);
  });

  it("should build the same index without holding the event loop", async () => {
    const built = await PrefixIndex.build(items, (i) => i.text);
    for (const q of ["loss", "border losses", "київ", "the"]) expect(built.search(q, 10)).toEqual(index.search(q, 10));
  });

  it("should bound a broad prefix's work, scoring its rarest terms first", () => {
    // "th" begins three terms: a rare one and two that each fill the budget. The rare term and the
    // first common one are scored; the second common one is skipped, so its items are not found by
    // "th" — but they are by their own word.
    const n = POSTINGS_BUDGET + 10;
    const many = [{ t: "thermal imaging" }, ...Array.from({ length: n }, () => ({ t: "then words" })), ...Array.from({ length: n }, () => ({ t: "they words" }))];
    const big = new PrefixIndex(many, (x) => x.t);
    const hits = big.search("th", 3 * n);
    expect(hits[0]!.item.t).toBe("thermal imaging");
    expect(hits).toHaveLength(n + 1);
    expect(hits.some((h) => h.item.t === "they words")).toBe(false);
    expect(big.search("they", 5).map((h) => h.item.t)).toEqual(Array(5).fill("they words"));
  });
});
