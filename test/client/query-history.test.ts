/*
 * The console's memory: history newest first, each query-and-parameters pair once, at most
 * HISTORY_LIMIT, garbage and the older string-only format read sensibly; saved queries by name,
 * replaced on the same name, deleted by name.
 */

import { deleteSaved, HISTORY_KEY, HISTORY_LIMIT, loadHistory, loadSaved, remember, SAVED_KEY, saveQuery } from "../../client/src/query-history";

function memory(initial: Record<string, string> = {}) {
  const m = new Map<string, string>(Object.entries(initial));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

const q = (query: string, params = "") => ({ query, params });

describe("the Cypher history", () => {
  it("should put the latest query first and keep each query-and-parameters pair once", () => {
    const store = memory();
    remember(store, q("RETURN 1"));
    remember(store, q("RETURN 2"));
    expect(remember(store, q("RETURN 1"))).toEqual([q("RETURN 1"), q("RETURN 2")]);
    remember(store, q("RETURN $x", '{"x": 1}'));
    remember(store, q("RETURN $x", '{"x": 2}'));
    expect(remember(store, q("RETURN $x", ' {"x": 1} '))).toEqual([q("RETURN $x", ' {"x": 1} '), q("RETURN $x", '{"x": 2}'), q("RETURN 1"), q("RETURN 2")]);
    expect(loadHistory(store)).toHaveLength(4);
  });

  it("should keep the last HISTORY_LIMIT queries", () => {
    const store = memory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) remember(store, q(`RETURN ${i}`));
    const h = loadHistory(store);
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]!.query).toBe(`RETURN ${HISTORY_LIMIT + 4}`);
  });

  it.each([
    ["not json", []],
    ['{"a":1}', []],
    ['[1, null, "RETURN 3", {"query": "RETURN 4", "params": "{}"}, {"query": 5}, {"query": "RETURN 6"}]', [q("RETURN 3"), q("RETURN 4", "{}"), q("RETURN 6")]],
  ])("should read %s as the entries it holds", (stored, expected) => {
    expect(loadHistory(memory({ [HISTORY_KEY]: stored }))).toEqual(expected);
  });
});

describe("saved queries", () => {
  it("should save by name, newest first, replacing a query of the same name", () => {
    const store = memory();
    saveQuery(store, { name: "limit", ...q("RETURN $limit", '{"limit": 3}') });
    saveQuery(store, { name: "one", ...q("RETURN 1") });
    expect(saveQuery(store, { name: " limit ", ...q("RETURN $limit", '{"limit": 5}') })).toEqual([
      { name: "limit", ...q("RETURN $limit", '{"limit": 5}') },
      { name: "one", ...q("RETURN 1") },
    ]);
    expect(loadSaved(store).map((s) => s.name)).toEqual(["limit", "one"]);
  });

  it("should delete by name and refuse a blank name", () => {
    const store = memory();
    saveQuery(store, { name: "a", ...q("RETURN 1") });
    saveQuery(store, { name: "b", ...q("RETURN 2") });
    expect(deleteSaved(store, "a").map((s) => s.name)).toEqual(["b"]);
    expect(loadSaved(store).map((s) => s.name)).toEqual(["b"]);
    expect(() => saveQuery(store, { name: "  ", ...q("RETURN 3") })).toThrow(/name/);
  });

  it("should skip stored entries without a name or a query", () => {
    const stored = JSON.stringify([{ name: "", query: "RETURN 1" }, { name: "x" }, { name: "ok", query: "RETURN 2" }, "RETURN 3"]);
    expect(loadSaved(memory({ [SAVED_KEY]: stored }))).toEqual([{ name: "ok", query: "RETURN 2", params: "" }]);
  });
});
