/*
 * An in-memory prefix index for search-as-you-type: every word of every item, lower-cased and split
 * on anything that is not a letter or digit (as Lucene's standard analyser does), with postings
 * per term. A query word matches every term it is a prefix of; items are ranked by BM25, taking for
 * each query word its best-scoring term in the item (an exact term counts fully, a longer term
 * sharing the prefix a little less), summed over the query words (any word may match, as in the
 * full-text index it stands in for). Pure: items in, ranked items out; no I/O.
 */

export interface Ranked<T> {
  item: T;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
/** A term the query word is only a prefix of scores this share of an exact match. */
const PREFIX_SHARE = 0.8;

export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export class PrefixIndex<T> {
  readonly size: number;
  private readonly items: T[];
  /** Distinct terms, sorted, so the terms a word is a prefix of form one contiguous range. */
  private readonly terms: string[];
  private readonly postings: Int32Array[];
  private readonly frequencies: Uint16Array[];
  private readonly lengths: Uint16Array;
  private readonly averageLength: number;

  constructor(items: T[], text: (item: T) => string) {
    this.items = items;
    this.size = items.length;
    const ids = new Map<string, number>();
    const docs: number[][] = [];
    const freqs: number[][] = [];
    this.lengths = new Uint16Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      const words = searchWords(text(item));
      this.lengths[i] = Math.min(words.length, 65_535);
      total += words.length;
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, n] of counts) {
        let id = ids.get(w);
        if (id === undefined) {
          id = docs.length;
          ids.set(w, id);
          docs.push([]);
          freqs.push([]);
        }
        docs[id]!.push(i);
        freqs[id]!.push(Math.min(n, 65_535));
      }
    });
    this.averageLength = items.length ? total / items.length : 1;
    const order = [...ids.keys()].sort();
    this.terms = order;
    this.postings = order.map((t) => Int32Array.from(docs[ids.get(t)!]!));
    this.frequencies = order.map((t) => Uint16Array.from(freqs[ids.get(t)!]!));
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
    const total = new Float64Array(this.size);
    const touched: number[] = [];
    const best = new Float64Array(this.size);
    for (const word of words) {
      const [from, to] = this.range(word);
      const seen: number[] = [];
      for (let t = from; t < to; t += 1) {
        const docs = this.postings[t]!;
        const tf = this.frequencies[t]!;
        const idf = Math.log(1 + (this.size - docs.length + 0.5) / (docs.length + 0.5));
        const share = this.terms[t] === word ? 1 : PREFIX_SHARE;
        for (let k = 0; k < docs.length; k += 1) {
          const d = docs[k]!;
          const f = tf[k]!;
          const s = share * idf * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * this.lengths[d]!) / this.averageLength)));
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
    return top.map((d) => ({ item: this.items[d]!, score: total[d]! }));
  }
}
