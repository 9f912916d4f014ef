/* Every node kind and edge type the API can send has a style, so the legend and the renderer never meet an unstyled one. */

import { EDGE_TYPES, NODE_KINDS } from "../../../graph-schema/api";
import { EDGE_STYLE, NODE_STYLE, shorten } from "../../../client/src/graph/style";

describe("graph style", () => {
  it("should style exactly the node kinds and edge types of graph-schema", () => {
    expect(Object.keys(NODE_STYLE).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(EDGE_STYLE).sort()).toEqual([...EDGE_TYPES].sort());
  });

  it("should give each kind and type its own colour", () => {
    const colours = [...Object.values(NODE_STYLE), ...Object.values(EDGE_STYLE)].map((s) => s.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it.each([
    ["short", 10, "short"],
    ["exactly ten", 11, "exactly ten"],
    ["a longer sentence", 8, "a longe…"],
  ])("should shorten %j to %i characters as %j", (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
