/*
 * The state store: every change is normalised, written to the history (push or replace) and
 * announced with the state before it; loading from a URL writes no history.
 */

import { changed, createStore } from "../../client/src/store";
import { DEFAULT_STATE, type UiState } from "../../client/src/state";

function fakeHistory() {
  const calls: Array<["push" | "replace", string]> = [];
  return {
    calls,
    pushState: (_d: unknown, _u: string, url: string) => void calls.push(["push", url]),
    replaceState: (_d: unknown, _u: string, url: string) => void calls.push(["replace", url]),
  };
}

describe("the state store", () => {
  it("should start from the URL's query", () => {
    const store = createStore("/", "?tab=cypher&hide=Claim", fakeHistory());
    expect(store.get()).toEqual({ ...DEFAULT_STATE, tab: "cypher", hidden: ["Claim"] });
  });

  it("should push a step by default and replace when asked", () => {
    const h = fakeHistory();
    const store = createStore("/explore", "", h);
    store.set({ tab: "echoes" });
    store.set({ selected: { kind: "Claim", id: "clm-0a" } }, "replace");
    expect(h.calls).toEqual([
      ["push", "/explore?tab=echoes"],
      ["replace", "/explore?tab=echoes&sel=clm-0a"],
    ]);
  });

  it("should normalise what it is given, as the URL would", () => {
    const store = createStore("/", "", fakeHistory());
    expect(store.set({ hidden: ["MENTIONS", "Claim", "MENTIONS", "Nonsense"], minConfidence: 3 })).toEqual({ ...DEFAULT_STATE, hidden: ["Claim", "MENTIONS"], minConfidence: 1 });
  });

  it("should tell each listener the new and the previous state until it unsubscribes", () => {
    const store = createStore("/", "", fakeHistory());
    const seen: Array<[UiState["tab"], UiState["tab"]]> = [];
    const off = store.subscribe((now, before) => seen.push([now.tab, before.tab]));
    store.set({ tab: "overview" });
    store.load("?tab=echoes");
    off();
    store.set({ tab: "cypher" });
    expect(seen).toEqual([
      ["overview", "conflicts"],
      ["echoes", "overview"],
    ]);
  });

  it("should write no history when loading from the URL", () => {
    const h = fakeHistory();
    const store = createStore("/", "", h);
    store.load("?outlet=River%20Post");
    expect(store.get().outlet).toBe("River Post");
    expect(h.calls).toEqual([]);
  });
});

describe("changed", () => {
  it.each([
    [{ hidden: ["Claim"] }, { hidden: ["Claim"] }, ["hidden"], false],
    [{ hidden: ["Claim"] }, { hidden: [] }, ["hidden"], true],
    [{ tab: "echoes" }, { tab: "conflicts" }, ["hidden", "outlet"], false],
    [{ selected: { kind: "Claim", id: "clm-1" } }, { selected: { kind: "Claim", id: "clm-2" } }, ["selected"], true],
  ] as const)("should compare %j and %j on %j as %s", (a, b, keys, expected) => {
    expect(changed({ ...DEFAULT_STATE, ...a } as UiState, { ...DEFAULT_STATE, ...b } as UiState, keys)).toBe(expected);
  });
});
