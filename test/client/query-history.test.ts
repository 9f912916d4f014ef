/* The console's history: newest first, each query once, at most HISTORY_LIMIT, garbage read as empty. */

import { HISTORY_KEY, HISTORY_LIMIT, loadHistory, remember } from "../../client/src/query-history";

function memory(initial?: string) {
  const m = new Map<string, string>(initial === undefined ? [] : [[HISTORY_KEY, initial]]);
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), raw: () => m.get(HISTORY_KEY) };
}

describe("the Cypher history", () => {
  it("should put the latest query first and keep each query once", () => {
    const store = memory();
    remember(store, "RETURN 1");
    remember(store, "RETURN 2");
    expect(remember(store, "RETURN 1")).toEqual(["RETURN 1", "RETURN 2"]);
    expect(loadHistory(store)).toEqual(["RETURN 1", "RETURN 2"]);
  });

  it("should keep the last HISTORY_LIMIT queries", () => {
    const store = memory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) remember(store, `RETURN ${i}`);
    const h = loadHistory(store);
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]).toBe(`RETURN ${HISTORY_LIMIT + 4}`);
  });

  it.each([["not json"], ['{"a":1}'], ["[1, null, \"RETURN 3\"]"]])("should read %s as the strings it holds", (stored) => {
    expect(loadHistory(memory(stored))).toEqual(stored.includes("RETURN 3") ? ["RETURN 3"] : []);
  });
});
