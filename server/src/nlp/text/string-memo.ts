/*
 * A bounded memo for pure functions of a string: names, words and claim texts recur across the
 * documents of a corpus, so what the corpus stages derive from one string is computed once. When
 * full it starts afresh rather than tracking recency: a long-running server keeps a bounded table,
 * and a batch run rarely fills it.
 */

export class StringMemo<V> {
  private readonly table = new Map<string, V>();

  constructor(
    private readonly make: (key: string) => V,
    private readonly max = 100_000,
  ) {
    if (!(max >= 1)) throw new RangeError(`string-memo: max must be at least 1, got ${max}`);
  }

  get(key: string): V {
    const hit = this.table.get(key);
    if (hit !== undefined || this.table.has(key)) return hit as V;
    const v = this.make(key);
    if (this.table.size >= this.max) this.table.clear();
    this.table.set(key, v);
    return v;
  }

  get size(): number {
    return this.table.size;
  }
}
