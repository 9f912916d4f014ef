/*
 * UI state ⇄ URL: the codec round-trips, defaults stay out of the URL, and the normaliser turns
 * hostile or malformed values into defaults.
 */

import { cleanState, decodeState, DEFAULT_STATE, encodeState } from "../../client/src/state";

describe("URL state", () => {
  it("should leave the URL empty for the default state", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
    expect(decodeState("")).toEqual(DEFAULT_STATE);
  });

  it("should round-trip every field", () => {
    const s = { ...DEFAULT_STATE, tab: "echoes" as const, selected: "clm-0123abcd", outlet: "Sputnik", entity: "ent-kyiv", relation: "CONTRADICTS" as const, minConfidence: 0.6, from: "2025-01", to: "2025-04-30", hidden: ["Entity", "MENTIONS"] };
    expect(decodeState(encodeState(s))).toEqual(s);
  });

  it.each([
    [{ tab: "admin" }, { tab: "conflicts" }],
    [{ selected: "<script>" }, { selected: null }],
    [{ minConfidence: "7" }, { minConfidence: 1 }],
    [{ minConfidence: "abc" }, { minConfidence: 0 }],
    [{ from: "yesterday" }, { from: null }],
    [{ hidden: ["Claim", "Claim", "x y"] }, { hidden: ["Claim"] }],
    [{ relation: "DELETE" }, { relation: "any" }],
  ])("should normalise %j", (raw, expected) => {
    expect(cleanState(raw)).toEqual({ ...DEFAULT_STATE, ...expected });
  });
});
