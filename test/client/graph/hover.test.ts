/*
 * The hover card's line breaking: words kept whole within the width, a word longer than a line cut,
 * and a text longer than the card ended with an ellipsis.
 */

import { wrapLines } from "../../../client/src/graph/hover";

describe("wrapLines", () => {
  it("should break at spaces and keep every line within the width", () => {
    const lines = wrapLines("The harbour authority said 3,000 workers joined the strike on Saturday", 20);
    expect(lines).toEqual(["The harbour", "authority said 3,000", "workers joined the", "strike on Saturday"]);
  });

  it("should cut a word longer than a line", () => {
    expect(wrapLines("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
  });

  it("should end a text longer than the card with an ellipsis", () => {
    const lines = wrapLines("one two three four five six seven", 5, 3);
    expect(lines).toEqual(["one", "two", "thre…"]);
  });

  it("should give no lines for an empty label", () => {
    expect(wrapLines("   ")).toEqual([]);
  });
});
