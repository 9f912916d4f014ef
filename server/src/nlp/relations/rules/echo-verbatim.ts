/*
 * Verbatim repeats: claims whose content is the same word for word (case and punctuation aside) in
 * several documents — syndicated wire copy, re-quotes. Each copy is linked to the earliest claim it
 * repeats with one echo and takes no further part in pairing: a story republished by 50 outlets
 * makes 49 edges, not 1,225, and the original's relations stand for all its copies.
 */

import type { RelClaim, RuleFamily } from "../rule";
import { who } from "../context";

/** Shorter contents ("he said", "no comment") repeat by chance, not by copying. */
export const MIN_KEY_LENGTH = 12;

export function verbatimKey(c: RelClaim): string {
  return c.claim.content.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * For each repeat, the index of the earliest claim it repeats in its story (by publication date,
 * then document id). Copies within the original's own document are not repeats: they keep their own pairs.
 */
export function verbatimRepeats(claims: RelClaim[]): Map<number, number> {
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const text = verbatimKey(c);
    if (text.length < MIN_KEY_LENGTH) return;
    // Within one story: the same words in another event are boilerplate, not a copy of this one.
    const key = `${c.story}\u0000${text}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const repeats = new Map<number, number>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const byAge = [...members].sort((x, y) => {
      const [a, b] = [claims[x]!, claims[y]!];
      // Earliest first; among equals, one document's claims all pick the same copy.
      return (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.claim.documentId.localeCompare(b.claim.documentId) || a.index - b.index;
    });
    const first = byAge[0]!;
    for (const m of byAge.slice(1)) if (claims[m]!.claim.documentId !== claims[first]!.claim.documentId) repeats.set(m, first);
  }
  return repeats;
}

export const echoVerbatim: RuleFamily<"verbatim"> = {
  id: "echo-verbatim",
  stage: "repeats",
  // Asked as (copy, original): the direction is the repeat's, not arbitration's.
  symmetric: true,
  confidences: { verbatim: 0.95 },
  detect(copy, original, { confidences }) {
    if (copy.claim.documentId === original.claim.documentId) return null;
    const key = verbatimKey(copy);
    if (key.length < MIN_KEY_LENGTH || key !== verbatimKey(original)) return null;
    return {
      type: "SUPPORTS",
      kind: "echo",
      confidence: confidences.verbatim,
      reason: `${who(copy)} repeats ${who(original)} word for word.`,
      detector: "echo-verbatim",
      evidence: null,
    };
  },
};
