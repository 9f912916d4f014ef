/*
 * An in-memory prefix index for search-as-you-type: every word of every item, lower-cased and split
 * on anything that is not a letter or digit (as Lucene's standard analyser does), with postings
 * per term. A query word matches every term it is a prefix of; items are ranked by BM25, taking for
 * each query word its best-scoring term in the item (an exact term counts fully, a longer term
 * sharing the prefix a little less), summed over the query words (any word may match, as in the
 * full-text index it stands in for). Pure: items in, ranked items out; no I/O.
 *
 * Work per query is bounded: a word's terms are visited rarest first, and once POSTINGS_BUDGET
 * postings have been scored the commoner terms left are skipped (they would add the least to any
 * score). So "th" costs about what "thermal" does, not a pass over every item.
 */

export interface Ranked<T> {
  item: T;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
/** A term the query word is only a prefix of scores this share of an exact match. */
const PREFIX_SHARE = 0.8;
export const POSTINGS_BUDGET = 50_000;
/** Items tokenised between yields to the event loop in `build`. */
const BUILD_CHUNK = 2_000;

export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Accumulates postings item by item; the PrefixIndex constructor freezes them into typed arrays. */
class Builder<T> {
  readonly ids = new Map<string, number>();
  readonly docs: number[][] = [];
  readonly freqs: number[][] = [];
  readonly lengths: number[] = [];
  total = 0;

  constructor(
    readonly items: T[],
    readonly text: (item: T) => string,
  ) {}

  add(i: number): void {
    const words = searchWords(this.text(this.items[i]!));
    this.lengths.push(words.length);
    this.total += words.length;
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, n] of counts) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.docs.length;
        this.ids.set(w, id);
        this.docs.push([]);
        this.freqs.push([]);
      }
      this.docs[id]!.push(i);
      this.freqs[id]!.push(n);
    }
  }
}

export class PrefixIndex<T> {
  readonly size: number;
  private readonly items: T[];
  /** Distinct terms, sorted, so the terms a word is a prefix of form one contiguous range. */
  private readonly terms: string[];
  private readonly postings: Int32Array[];
  /** Per posting, BM25's term-frequency part (length-normalised); the query multiplies in idf. */
  private readonly weights: Float32Array[];
  /** Reused across queries: scores per item, zeroed again after each query. */
  private readonly total: Float64Array;
  private readonly best: Float64Array;

  /** Builds the index at once; `build` does the same without holding the event loop. */
  constructor(items: T[], text: (item: T) => string, prepared?: Builder<T>) {
    const b = prepared ?? new Builder(items, text);
    if (!prepared) for (let i = 0; i < items.length; i += 1) b.add(i);
    this.items = items;
    this.size = items.length;
    const average = items.length ? b.total / items.length || 1 : 1;
    this.terms = [...b.ids.keys()].sort();
    this.postings = [];
    this.weights = [];
    for (const term of this.terms) {
      const id = b.ids.get(term)!;
      const docs = b.docs[id]!;
      const freqs = b.freqs[id]!;
      this.postings.push(Int32Array.from(docs));
      this.weights.push(Float32Array.from(docs, (d, k) => (freqs[k]! * (K1 + 1)) / (freqs[k]! + K1 * (1 - B + (B * b.lengths[d]!) / average))));
    }
    this.total = new Float64Array(items.length);
    this.best = new Float64Array(items.length);
  }

  /** The same index, tokenising BUILD_CHUNK items at a time between yields to the event loop. */
  static async build<T>(items: T[], text: (item: T) => string): Promise<PrefixIndex<T>> {
    const b = new Builder(items, text);
    for (let i = 0; i < items.length; i += 1) {
      b.add(i);
      if (i % BUILD_CHUNK === BUILD_CHUNK - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    return new PrefixIndex(items, text, b);
  }

  /** The index range of the terms that start with `prefix`. */
  private range(prefix: string): [number, number] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < this.terms.length && this.terms[end]!.startsWith(prefix)) end += 1;
    return [lo, end];
  }

  search(query: string, limit: number): Array<Ranked<T>> {
    const words = [...new Set(searchWords(query))];
    if (words.length === 0 || this.size === 0) return [];
    const { total, best } = this;
    const touched: number[] = [];
    for (const word of words) {
      const [from, to] = this.range(word);
      // Rarest terms first: they carry the most weight, and the budget cuts off the commonest.
      const order = Array.from({ length: to - from }, (_, k) => from + k).sort((x, y) => this.postings[x]!.length - this.postings[y]!.length || x - y);
      const seen: number[] = [];
      let spent = 0;
      for (const t of order) {
        if (spent >= POSTINGS_BUDGET) break;
        const docs = this.postings[t]!;
        const w = this.weights[t]!;
        spent += docs.length;
        const idf = Math.log(1 + (this.size - docs.length + 0.5) / (docs.length + 0.5)) * (this.terms[t] === word ? 1 : PREFIX_SHARE);
        for (let k = 0; k < docs.length; k += 1) {
          const d = docs[k]!;
          const s = idf * w[k]!;
          if (best[d] === 0) seen.push(d);
          if (s > best[d]!) best[d] = s;
        }
      }
      for (const d of seen) {
        if (total[d] === 0) touched.push(d);
        total[d] = total[d]! + best[d]!;
        best[d] = 0;
      }
    }
    // The top `limit` without sorting every match: a short list kept in order, entered only by a
    // score above its last. Highest score first; ties keep index order, so equal inputs give equal answers.
    const before = (a: number, b: number) => total[a]! > total[b]! || (total[a] === total[b] && a < b);
    const top: number[] = [];
    for (const d of touched) {
      if (top.length === limit && !before(d, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(d, top[at - 1]!)) at -= 1;
      top.splice(at, 0, d);
      if (top.length > limit) top.pop();
    }
    const out = top.map((d) => ({ item: this.items[d]!, score: total[d]! }));
    for (const d of touched) total[d] = 0;
    return out;
  }
}
