import { StringMemo } from "../../../../server/src/nlp/text/string-memo";

describe("StringMemo", () => {
  it("should compute a key once and return the stored value after", () => {
    const calls: string[] = [];
    const memo = new StringMemo((k) => {
      calls.push(k);
      return k.length;
    });
    expect([memo.get("ab"), memo.get("abc"), memo.get("ab")]).toEqual([2, 3, 2]);
    expect(calls).toEqual(["ab", "abc"]);
  });

  it("should keep a stored undefined or null without recomputing it", () => {
    let n = 0;
    const memo = new StringMemo<null | undefined>((k) => {
      n += 1;
      return k === "x" ? null : undefined;
    });
    memo.get("x");
    memo.get("x");
    memo.get("y");
    memo.get("y");
    expect(n).toBe(2);
  });

  it("should start afresh when full, so its size never passes max", () => {
    let n = 0;
    const memo = new StringMemo((k) => {
      n += 1;
      return k;
    }, 3);
    for (const k of ["a", "b", "c"]) memo.get(k);
    expect(memo.size).toBe(3);
    memo.get("d");
    expect(memo.size).toBe(1);
    memo.get("a");
    expect(n).toBe(5);
  });

  it("should refuse a max below one", () => {
    expect(() => new StringMemo((k) => k, 0)).toThrow(RangeError);
  });
});
