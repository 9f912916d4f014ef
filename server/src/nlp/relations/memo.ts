/*
 * Per-claim memos. Pairs reuse each claim many times (every block it is in), so what a rule derives
 * from one claim, figure or state cue is computed once. Each module keys its own WeakMap on the
 * claim's own objects: nothing outlives the run, and the functions stay pure.
 */

export function memo<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as V;
  const v = make();
  map.set(key, v);
  return v;
}
