/*
 * Answers of the heavier reads, kept while the graph has not changed. The key includes the graph's
 * version (its node and relationship counts: count-store lookups, about a millisecond, asked at most
 * once per versionTtlMs however many requests arrive), and entries also expire after ttlMs so a
 * change that keeps every count still shows up soon. No Cypher here: the version comes from a
 * function the read store passes in.
 */

export interface ReadCacheOptions {
  /** How long an answer is kept at most, even while the version stays the same. */
  ttlMs: number;
  /** How long one answer of `version()` stands for the graph's version. */
  versionTtlMs: number;
  /** Entries kept at most; the oldest goes first. */
  max: number;
  /** The clock, in milliseconds (tests pass their own). */
  now: () => number;
}

export const DEFAULT_READ_CACHE_OPTIONS: ReadCacheOptions = { ttlMs: 30_000, versionTtlMs: 1_000, max: 500, now: () => performance.now() };

export interface ReadCache {
  /** The answer kept under `key` for the current version, or `compute()` (kept unless it fails). */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The graph's version, asked of the database at most once per versionTtlMs. */
  graphVersion(): Promise<string>;
  /** Forget every answer and the version at once (after a write through this process). */
  invalidate(): void;
}

export function createReadCache(version: () => Promise<string>, options: Partial<ReadCacheOptions> = {}): ReadCache {
  const { ttlMs, versionTtlMs, max, now } = { ...DEFAULT_READ_CACHE_OPTIONS, ...options };
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  let current: { at: number; value: Promise<string> } | null = null;

  const graphVersion = (): Promise<string> => {
    if (current && now() - current.at < versionTtlMs) return current.value;
    const asked = { at: now(), value: version() };
    current = asked;
    // A failed ask is not kept: the next request asks again.
    asked.value.catch(() => {
      if (current === asked) current = null;
    });
    return asked.value;
  };

  return {
    graphVersion,
    async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const full = `${await graphVersion()}|${key}`;
      const hit = entries.get(full);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      const value = compute();
      const entry = { at: now(), value };
      entries.set(full, entry);
      value.catch(() => {
        if (entries.get(full) === entry) entries.delete(full);
      });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return value;
    },
    invalidate() {
      current = null;
      entries.clear();
    },
  };
}
