/*
 * Candidate pairs for the rules. They come from blocking, never from all pairs, so cost grows about
 * linearly with the corpus: claims of one story that share a specific entity, a measured thing or
 * (in a small story) a frame's measure, with blocks over `maxBlockSize` skipped (an entity in every
 * claim says nothing about a pair), and each denial with the claims of its story that contain every
 * word of what it denies. Verbatim repeats take no part. Every block is keyed by story, so a story's
 * pairs depend on its own documents alone: an ingest that adds to one story recomputes that story.
 */

import type { RelClaim } from "./rule";
import { SMALL_STORY_DOCS } from "./context";
import { claimPropositionWords, claimWords, DENIED_MIN_WORDS, deniedWords } from "./words";
import { blamesOf } from "./rules/responsibility";
import { deniesGathering } from "./rules/presence";

/** A dismissal by its predicate ("… were nonsense", "is totally false"). */
const DISMISSES = /\b(?:is|are|was|were)\s+(?:\p{L}+\s+)?["“‘']?(?:false|untrue|baseless|groundless|unfounded|fabricated|fake|nonsense|hogwash|lies|propaganda|rubbish)\b/iu;

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) return true;
  return false;
}

const HARMS = new Set(["deaths", "injuries", "casualties"]);

/**
 * The entity and measure blocks a claim enters, without its story: one key per occurrence (a
 * measure named twice counts twice towards a block's size, as the blocks count it).
 */
export function claimBlockKeys(c: RelClaim): string[] {
  const out: string[] = [];
  for (const e of c.about) if (!c.countries.has(e)) out.push(`e:${e}`);
  for (const q of c.claim.quantities) if (q.measure) out.push(`m:${q.measure}`);
  return out;
}

/**
 * When the claims at hand are part of a story (an ingest adding to a large stored story), the
 * sizes the caps test are the whole story's, and only pairs with a claim in focus are wanted.
 * `blockSize` takes a story-free key (`claimBlockKeys`), `postingSize` a denied word.
 */
export interface CandidateScope {
  blockSize(key: string): number;
  postingSize(word: string): number;
  focus(c: RelClaim): boolean;
}

/** Claims that share an entity (not a mere country) or a measure, by block key, in claim order. */
function blocksOf(claims: RelClaim[], repeats: Map<number, number>): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  claims.forEach((c, i) => {
    if (repeats.has(i)) return;
    for (const k of claimBlockKeys(c)) add(`${k.slice(0, 2)}${c.story}:${k.slice(2)}`, i);
    // Within a small story, figures meet by frame: a zero of casualties must meet deaths and
    // injuries. In a larger one figures must share an entity anyway, which the entity blocks give.
    if (c.storySize <= SMALL_STORY_DOCS) for (const q of c.claim.quantities) {
      const m = q.frame?.measure;
      if (m) add(`f:${c.story}:${HARMS.has(m) ? "harm" : m}`, i);
    }
  });
  return blocks;
}

/**
 * A denial is compared with every claim that states what it denies, whatever entities they name:
 * "X rejected claims that participants had been paid" answers "Y accused the bloc of paying
 * participants". Only the words of denied propositions are indexed, so this stays small.
 */
function* denialPairs(claims: RelClaim[], repeats: Map<number, number>, maxBlockSize: number, scope?: CandidateScope): Generator<[number, number]> {
  const denied = claims.map((c, i) => (c.denial && !repeats.has(i) ? i : -1)).filter((i) => i >= 0);
  if (denied.length === 0) return;
  const wanted = new Set(denied.flatMap((i) => [...deniedWords(claims[i]!)]));
  const postings = new Map<string, Set<number>>();
  claims.forEach((c, i) => {
    if (repeats.has(i)) return;
    for (const w of claimPropositionWords(c)) {
      if (!wanted.has(w)) continue;
      const key = `${c.story}:${w}`;
      (postings.get(key) ?? postings.set(key, new Set()).get(key)!).add(i);
    }
  });
  for (const i of denied) {
    const own = [...deniedWords(claims[i]!)];
    const words = own.map((w) => `${claims[i]!.story}:${w}`);
    if (words.length < DENIED_MIN_WORDS) continue;
    const lists = words.map((w) => postings.get(w) ?? new Set<number>()).sort((x, y) => x.size - y.size);
    const smallest = scope ? Math.min(...own.map((w) => scope.postingSize(w))) : lists[0]!.size;
    if (smallest > maxBlockSize) continue;
    for (const j of lists[0]!) if (j !== i && lists.every((l) => l.has(j))) yield [i, j];
  }
}

/**
 * Within a small story (one event told by a few outlets), every claim meets every claim of the
 * other documents: two accounts of one event need share no entity or figure to repeat or deny each
 * other ("We estimate the difference … is at least one million votes" in two outlets). Larger
 * stories are left to the blocks, so cost stays linear in an archive.
 */
function* storyPairs(claims: RelClaim[], repeats: Map<number, number>): Generator<[number, number]> {
  const byStory = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (repeats.has(i) || c.storySize < 2 || c.storySize > SMALL_STORY_DOCS) return;
    (byStory.get(c.story) ?? byStory.set(c.story, []).get(c.story)!).push(i);
  });
  for (const key of [...byStory.keys()].sort()) {
    const members = byStory.get(key)!;
    for (let x = 0; x < members.length; x += 1) {
      const a = claims[members[x]!]!;
      const wa = claimWords(a);
      for (let y = x + 1; y < members.length; y += 1) {
        const b = claims[members[y]!]!;
        // Two claims that share no content word have nothing for a rule to compare, unless one
        // denies or dismisses ("the opposition claims were nonsense" meets what the opposition claimed),
        // or both say who is to blame ("blamed the fans" meets "poor crowd control caused it"), or
        // one says no gathering took place ("no demonstrations" meets "protests erupted").
        if (a.claim.documentId !== b.claim.documentId && (a.denial || b.denial || DISMISSES.test(a.claim.content) || DISMISSES.test(b.claim.content) || sharesWord(wa, claimWords(b)) || (blamesOf(a).length > 0 && blamesOf(b).length > 0) || deniesGathering(a) || deniesGathering(b))) yield [members[x]!, members[y]!];
      }
    }
  }
}

/**
 * Each pair once, whichever block or index brings it up first, in that orientation (blocks by
 * sorted key, then denials). A speaker's claims within one document are never paired: a claim
 * does not answer its own speaker's next sentence.
 */
export function* candidatePairs(claims: RelClaim[], repeats: Map<number, number>, maxBlockSize: number, scope?: CandidateScope): Generator<[RelClaim, RelClaim]> {
  // Pairs by their indices as one number (claims number far below 2^26, so i * n + j is exact).
  const seen = new Set<number>();
  const n = claims.length;
  const fresh = (i: number, j: number) => {
    const key = i < j ? i * n + j : j * n + i;
    if (seen.has(key)) return false;
    seen.add(key);
    const [a, b] = [claims[i]!, claims[j]!];
    if (scope && !scope.focus(a) && !scope.focus(b)) return false;
    return !(a.claim.documentId === b.claim.documentId && a.claim.speakerId === b.claim.speakerId);
  };
  const blocks = blocksOf(claims, repeats);
  for (const key of [...blocks.keys()].sort()) {
    const members = blocks.get(key)!;
    const size = scope ? scope.blockSize(`${key.slice(0, 2)}${key.slice(key.indexOf(":", 2) + 1)}`) : members.length;
    if (size > maxBlockSize) continue;
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        if (fresh(members[x]!, members[y]!)) yield [claims[members[x]!]!, claims[members[y]!]!];
      }
    }
  }
  for (const [i, j] of denialPairs(claims, repeats, maxBlockSize, scope)) if (fresh(i, j)) yield [claims[i]!, claims[j]!];
  for (const [i, j] of storyPairs(claims, repeats)) if (fresh(i, j)) yield [claims[i]!, claims[j]!];
}
