/*
 * UI state ⇄ URL: the codec round-trips, defaults stay out of the URL, the normaliser turns hostile
 * or malformed values into defaults, and the state maps to the graph and list queries.
 */

import { cleanState, conflictFilters, decodeState, DEFAULT_STATE, encodeState, graphFilters, OVERVIEW_LIMIT, type UiState } from "../../client/src/state";

describe("URL state", () => {
  it("should leave the URL empty for the default state", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
    expect(decodeState("")).toEqual(DEFAULT_STATE);
  });

  it("should round-trip every field", () => {
    const s: UiState = {
      ...DEFAULT_STATE,
      tab: "echoes",
      selected: { kind: "Claim", id: "clm-0123abcd" },
      outlet: "Harbour Gazette",
      entity: "ent-port-authority",
      relation: "CONTRADICTS",
      minConfidence: 0.6,
      from: "2025-01",
      to: "2025-04-30",
      hidden: ["Entity", "MENTIONS"],
      rejected: true,
      doc: "doc-harbour-gazette-1",
      story: "sty-0123abcd4567ef89",
      mode: "outlets",
    };
    expect(decodeState(encodeState(s))).toEqual(s);
    expect(decodeState(encodeState({ ...s, tab: "review" })).tab).toBe("review");
  });

  it("should keep the selection's id in the URL and read its kind back from the id", () => {
    expect(encodeState({ ...DEFAULT_STATE, selected: { kind: "Entity", id: "ent-port-authority" } })).toBe("?sel=ent-port-authority");
    expect(decodeState("?sel=ent-port-authority").selected).toEqual({ kind: "Entity", id: "ent-port-authority" });
    expect(decodeState("?sel=clm-00ff").selected).toEqual({ kind: "Claim", id: "clm-00ff" });
  });

  it.each([
    [{ tab: "admin" }, { tab: "conflicts" }],
    [{ selected: "<script>" }, { selected: null }],
    // Well-formed ids of kinds no link selects, or of no kind at all.
    [{ selected: "doc-0123abcd" }, { selected: null }],
    [{ selected: "src-harbour-gazette" }, { selected: null }],
    [{ selected: "xyz-0123" }, { selected: null }],
    [{ entity: "clm-0123abcd" }, { entity: null }],
    [{ minConfidence: "7" }, { minConfidence: 1 }],
    [{ minConfidence: "abc" }, { minConfidence: 0 }],
    [{ from: "yesterday" }, { from: null }],
    [{ to: "2025-4-3" }, { to: null }],
    [{ hidden: ["Claim", "Claim", "x y"] }, { hidden: ["Claim"] }],
    // Only the node kinds and edge types graph-schema names can be hidden.
    [{ hidden: ["Story", "NAMES", "CONTRADICTS"] }, { hidden: ["CONTRADICTS"] }],
    [{ relation: "DELETE" }, { relation: "any" }],
    [{ rejected: "yes" }, { rejected: false }],
    // The reader opens documents only.
    [{ doc: "clm-0123abcd" }, { doc: null }],
    [{ doc: "doc-0123abcd" }, { doc: "doc-0123abcd" }],
    // Only a story's id narrows to a story; a claim's id or markup does not.
    [{ story: "clm-0123abcd" }, { story: null }],
    [{ story: "sty-<b>" }, { story: null }],
    [{ mode: "everything" }, { mode: "claims" }],
  ])("should normalise %j", (raw, expected) => {
    expect(cleanState(raw)).toEqual({ ...DEFAULT_STATE, ...expected });
  });
});

describe("queries from the state", () => {
  it("should ask only for linked claims when a relation is chosen, and leave a zero confidence unset", () => {
    expect(graphFilters({ ...DEFAULT_STATE, relation: "SUPPORTS", outlet: "Harbour Gazette" })).toEqual({
      outlet: "Harbour Gazette",
      entity: null,
      relation: "SUPPORTS",
      linkedOnly: true,
      minConfidence: undefined,
      from: null,
      to: null,
    });
    expect(graphFilters(DEFAULT_STATE).linkedOnly).toBe(false);
    expect(graphFilters(DEFAULT_STATE).rejected).toBeUndefined();
    expect(graphFilters({ ...DEFAULT_STATE, rejected: true }).rejected).toBe(true);
    expect(conflictFilters({ ...DEFAULT_STATE, rejected: true }).rejected).toBe(true);
  });

  it("should narrow both queries to the state's story, and ask for the largest cap in overview mode", () => {
    const s = { ...DEFAULT_STATE, story: "sty-0123abcd4567ef89" };
    expect(graphFilters(s).story).toBe("sty-0123abcd4567ef89");
    expect(conflictFilters(s).story).toBe("sty-0123abcd4567ef89");
    expect(graphFilters(s).limit).toBeUndefined();
    expect(graphFilters(s).overview).toBeUndefined();
    expect(graphFilters({ ...s, mode: "stories" })).toMatchObject({ limit: OVERVIEW_LIMIT, overview: true });
  });

  it.each([
    ["conflicts", "CONTRADICTS"],
    ["echoes", "SUPPORTS"],
  ] as const)("should list %s as %s edges", (tab, type) => {
    expect(conflictFilters({ ...DEFAULT_STATE, tab, minConfidence: 0.5 }, "River Post")).toEqual({ type, outlet: null, against: "River Post", minConfidence: 0.5 });
  });
});
