/* The console's parameters panel: a JSON object of valid names, and the $names a query lacks. */

import { missingParams, parseParams } from "../../client/src/cypher-params";

describe("parseParams", () => {
  it.each([
    ["", {}],
    ["  \n", {}],
    ['{"limit": 10, "outlet": "Sputnik", "names": ["a"], "_x1": null}', { limit: 10, outlet: "Sputnik", names: ["a"], _x1: null }],
  ])("should read %j", (text, params) => {
    expect(parseParams(text)).toEqual({ ok: true, params });
  });

  it.each([
    ['{"limit": }', /not valid JSON/],
    ["[1, 2]", /JSON object/],
    ["3", /JSON object/],
    ["null", /JSON object/],
    ['{"1st": 1, "a b": 2, "ok": 3}', /"1st", "a b"/],
  ])("should refuse %j", (text, message) => {
    const r = parseParams(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("missingParams", () => {
  it("should list each $name the parameters lack, in order, outside strings and comments", () => {
    const query = "MATCH (c) WHERE c.outlet = $outlet AND c.text <> '$notme' // $comment\nRETURN c LIMIT $limit SKIP $limit";
    expect(missingParams(query, {})).toEqual(["outlet", "limit"]);
    expect(missingParams(query, { limit: 3 })).toEqual(["outlet"]);
    expect(missingParams(query, { limit: 3, outlet: null })).toEqual([]);
  });
});
