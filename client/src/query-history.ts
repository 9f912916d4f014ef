/*
 * The Cypher console's history: the last queries run, newest first, kept in this browser only.
 * The storage is passed in, so the same code runs on localStorage and on a test's map.
 */

export const HISTORY_KEY = "claimgraph.cypher.history";
export const HISTORY_LIMIT = 20;

/** The part of localStorage used; spelled out so the module also compiles without the DOM types. */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Whatever another version of the page left under the key; anything unreadable reads as empty. */
export function loadHistory(store: KeyValueStore): string[] {
  try {
    const v: unknown = JSON.parse(store.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Puts the query first (once) and returns the new history. */
export function remember(store: KeyValueStore, query: string): string[] {
  const next = [query, ...loadHistory(store).filter((q) => q !== query)].slice(0, HISTORY_LIMIT);
  store.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}
