/*
 * The Cypher console's memory, kept in this browser only: the last queries run (newest first, each
 * query-and-parameters pair once) and the queries saved under a name. The storage is passed in, so
 * the same code runs on localStorage and on a test's map.
 */

export const HISTORY_KEY = "claimgraph.cypher.history";
export const SAVED_KEY = "claimgraph.cypher.saved";
export const HISTORY_LIMIT = 20;
export const SAVED_LIMIT = 100;

/** A query as run: its text and the parameters panel's text ("" when it had none). */
export interface QueryEntry {
  query: string;
  params: string;
}

export interface SavedQuery extends QueryEntry {
  name: string;
}

/** The part of localStorage used; spelled out so the module also compiles without the DOM types. */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// --- Internal ------------------------------------------------------------------------------

/** The readable items stored under the key, at most `limit`; anything unreadable is skipped. */
function readList<T>(store: KeyValueStore, key: string, read: (x: unknown) => T | null, limit: number): T[] {
  let v: unknown;
  try {
    v = JSON.parse(store.getItem(key) ?? "[]");
  } catch {
    return [];
  }
  return (Array.isArray(v) ? v : [])
    .map(read)
    .filter((x): x is T => x !== null)
    .slice(0, limit);
}

/** An entry as stored; a bare string is how earlier versions of the page kept a query. */
function toEntry(x: unknown): QueryEntry | null {
  if (typeof x === "string") return { query: x, params: "" };
  if (x === null || typeof x !== "object") return null;
  const { query, params } = x as Record<string, unknown>;
  return typeof query === "string" ? { query, params: typeof params === "string" ? params : "" } : null;
}

function toSaved(x: unknown): SavedQuery | null {
  const entry = toEntry(x);
  const name = (x as { name?: unknown } | null)?.name;
  return entry && typeof name === "string" && name.trim() !== "" ? { name, ...entry } : null;
}

const same = (a: QueryEntry, b: QueryEntry) => a.query === b.query && a.params.trim() === b.params.trim();

// --- Public API ----------------------------------------------------------------------------

/** Whatever another version of the page left under the key; anything unreadable is skipped. */
export function loadHistory(store: KeyValueStore): QueryEntry[] {
  return readList(store, HISTORY_KEY, toEntry, HISTORY_LIMIT);
}

/** Puts the entry first (once) and returns the new history. */
export function remember(store: KeyValueStore, entry: QueryEntry): QueryEntry[] {
  const next = [entry, ...loadHistory(store).filter((e) => !same(e, entry))].slice(0, HISTORY_LIMIT);
  store.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}

export function loadSaved(store: KeyValueStore): SavedQuery[] {
  return readList(store, SAVED_KEY, toSaved, SAVED_LIMIT);
}

/** Saves under the name, replacing a query saved under the same name; the newest comes first. */
export function saveQuery(store: KeyValueStore, saved: SavedQuery): SavedQuery[] {
  const name = saved.name.trim();
  if (name === "") throw new Error("console: a saved query needs a name.");
  const next = [{ ...saved, name }, ...loadSaved(store).filter((s) => s.name !== name)].slice(0, SAVED_LIMIT);
  store.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}

export function deleteSaved(store: KeyValueStore, name: string): SavedQuery[] {
  const next = loadSaved(store).filter((s) => s.name !== name);
  store.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}
