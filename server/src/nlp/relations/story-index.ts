/*
 * A large story's candidate index: what the relation stage would need to know of the story's stored
 * claims to relate a new document to them exactly as one run over the whole story would. Candidate
 * pairs in a story larger than SMALL_STORY_DOCS come only from entity and measure blocks (capped by
 * size), from denials (capped by their words' postings) and from verbatim repeats (candidates.ts,
 * echo-verbatim.ts); rules decide a pair from its two claims alone. So the index holds, per block,
 * its size and (while under the cap) its claims; per verbatim text, its earliest claim; each denial
 * with its words; and the postings of those words. An append that would change any stored pair —
 * a block or posting crossing its cap, a new earliest copy, a new denial — is refused, and the
 * caller recomputes the story whole.
 */

import crypto from "node:crypto";
import type { CandidateScope } from "./candidates";
import { claimBlockKeys } from "./candidates";
import type { RelClaim } from "./rule";
import { MIN_KEY_LENGTH, verbatimKey } from "./rules/echo-verbatim";
import { claimPropositionWords, DENIED_MIN_WORDS, deniedWords } from "./words";

export interface StoryIndex {
  /** Per block key (`claimBlockKeys`): occurrences, and the claim ids while at most the cap. */
  blocks: Record<string, { n: number; claims: string[] | null }>;
  /** Per verbatim text (hashed): the earliest claim as [published, document id, index, claim id]. */
  verbatim: Record<string, [string | null, string, number, string]>;
  /** Repeats and the claim each repeats. */
  repeatOf: Record<string, string>;
  /** Denials that take part in pairing, with their denied words. */
  denials: Array<{ claim: string; words: string[] }>;
  /** How many of the story's claims (repeats aside) hold each denied word. */
  words: Record<string, number>;
}

function textKey(c: RelClaim): string | null {
  const text = verbatimKey(c);
  return text.length < MIN_KEY_LENGTH ? null : crypto.createHash("sha1").update(text).digest("hex").slice(0, 20);
}

function age(c: RelClaim): [string | null, string, number, string] {
  return [c.published, c.claim.documentId, c.index, c.claim.id];
}

/** Earlier first, as echo-verbatim.ts orders copies. */
function before(x: [string | null, string, number, string], y: [string | null, string, number, string]): boolean {
  return ((x[0] ?? "9999").localeCompare(y[0] ?? "9999") || x[1].localeCompare(y[1]) || x[2] - y[2]) < 0;
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/**
 * The index of one story: `members` are the indices in `claims` of all the story's claims, in
 * claim order, and `repeats` the repeats the relation stage found (by index in `claims`).
 */
export function buildStoryIndex(claims: RelClaim[], members: number[], repeats: ReadonlyMap<number, number>, maxBlockSize: number): StoryIndex {
  const blocks = new Map<string, { n: number; claims: Set<string> }>();
  const verbatim = new Map<string, [string | null, string, number, string]>();
  const repeatOf = new Map<string, string>();
  const denials: StoryIndex["denials"] = [];
  for (const i of members) {
    const c = claims[i]!;
    const key = textKey(c);
    if (key && (!verbatim.has(key) || before(age(c), verbatim.get(key)!))) verbatim.set(key, age(c));
    const first = repeats.get(i);
    if (first !== undefined) {
      repeatOf.set(c.claim.id, claims[first]!.claim.id);
      continue;
    }
    for (const k of claimBlockKeys(c)) {
      const b = blocks.get(k) ?? blocks.set(k, { n: 0, claims: new Set() }).get(k)!;
      b.n += 1;
      b.claims.add(c.claim.id);
    }
    if (c.denial) {
      const words = [...deniedWords(c)].sort();
      if (words.length >= DENIED_MIN_WORDS) denials.push({ claim: c.claim.id, words });
    }
  }
  const wanted = new Set(denials.flatMap((d) => d.words));
  const words = new Map<string, number>();
  for (const i of members) {
    if (repeats.has(i) || wanted.size === 0) continue;
    for (const w of claimPropositionWords(claims[i]!)) if (wanted.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
  }
  return {
    blocks: sortedRecord([...blocks].map(([k, b]) => [k, { n: b.n, claims: b.n <= maxBlockSize ? [...b.claims].sort() : null }])),
    verbatim: sortedRecord(verbatim),
    repeatOf: sortedRecord(repeatOf),
    denials: denials.sort((a, b) => a.claim.localeCompare(b.claim)),
    words: sortedRecord(words),
  };
}

export interface StoryAppendPlan {
  /** Stored claims the new ones may pair with or repeat: their documents must be analysed. */
  partners: Set<string>;
  /** New claims that repeat an earlier one (by claim id): the original's claim id. */
  repeats: Map<string, string>;
  /** The story's index with the new claims in. */
  index: StoryIndex;
  scope: CandidateScope;
}

/**
 * How `fresh` (the new documents' claims, in claim order) join a story with index `index`, or null
 * when they would change a pair among the stored claims (the story must then be recomputed whole).
 */
export function planStoryAppend(index: StoryIndex, fresh: RelClaim[], maxBlockSize: number): StoryAppendPlan | null {
  const partners = new Set<string>();
  const repeats = new Map<string, string>();
  const verbatim = new Map(Object.entries(index.verbatim));
  // Repeats first: which copies are new, and is any stored original displaced by an earlier new claim?
  const byKey = new Map<string, RelClaim[]>();
  for (const c of fresh) {
    const key = textKey(c);
    if (key) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(c);
  }
  for (const [key, list] of byKey) {
    const stored = verbatim.get(key);
    const earliest = list.reduce((x, y) => (before(age(y), age(x)) ? y : x));
    if (stored && before(age(earliest), stored)) return null;
    const first = stored ?? age(earliest);
    verbatim.set(key, first);
    for (const c of list) if (c.claim.id !== first[3] && c.claim.documentId !== first[1]) repeats.set(c.claim.id, first[3]);
    if (stored && list.some((c) => repeats.has(c.claim.id))) partners.add(stored[3]);
  }
  const live = fresh.filter((c) => !repeats.has(c.claim.id));
  if (live.some((c) => c.denial && deniedWords(c).size >= DENIED_MIN_WORDS)) return null;

  const blocks = new Map<string, { n: number; claims: string[] | null }>();
  const added = new Map<string, string[]>();
  for (const c of live) {
    for (const k of claimBlockKeys(c)) {
      const list = added.get(k) ?? added.set(k, []).get(k)!;
      list.push(c.claim.id);
    }
  }
  for (const [k, ids] of added) {
    const old = index.blocks[k] ?? { n: 0, claims: [] };
    const n = old.n + ids.length;
    if (old.n <= maxBlockSize && n > maxBlockSize) return null;
    if (n <= maxBlockSize) for (const id of old.claims ?? []) partners.add(id);
    blocks.set(k, { n, claims: n <= maxBlockSize ? [...new Set([...(old.claims ?? []), ...ids])].sort() : null });
  }

  const words = new Map<string, number>();
  const wanted = new Set(index.denials.flatMap((d) => d.words));
  const propositions = new Map<RelClaim, Set<string>>();
  if (wanted.size > 0) {
    for (const c of live) {
      const own = claimPropositionWords(c);
      propositions.set(c, own);
      for (const w of own) if (wanted.has(w)) words.set(w, (words.get(w) ?? index.words[w] ?? 0) + 1);
    }
  }
  const posting = (w: string) => words.get(w) ?? index.words[w] ?? 0;
  for (const d of index.denials) {
    const was = Math.min(...d.words.map((w) => index.words[w] ?? 0));
    const now = Math.min(...d.words.map(posting));
    if (was <= maxBlockSize && now > maxBlockSize) return null;
    if (now > maxBlockSize) continue;
    if (live.some((c) => d.words.every((w) => propositions.get(c)?.has(w)))) partners.add(d.claim);
  }

  const freshIds = new Set(fresh.map((c) => c.claim.id));
  const next: StoryIndex = {
    blocks: sortedRecord([...Object.entries(index.blocks).filter(([k]) => !blocks.has(k)), ...blocks]),
    verbatim: sortedRecord(verbatim),
    repeatOf: sortedRecord([...Object.entries(index.repeatOf), ...repeats]),
    denials: index.denials,
    words: sortedRecord([...Object.entries(index.words).filter(([w]) => !words.has(w)), ...words]),
  };
  const blockSize = (k: string) => next.blocks[k]?.n ?? 0;
  return {
    partners,
    repeats,
    index: next,
    scope: { blockSize, postingSize: (w) => next.words[w] ?? 0, focus: (c) => freshIds.has(c.claim.id) },
  };
}
