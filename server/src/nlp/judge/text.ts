/*
 * The judge's view of text: lower-cased word tokens with a crude suffix stem, and a cheap sentence
 * split. It is deliberately simpler than the claim engine's tokenisation: the judge compares
 * vocabularies, so what matters is that "denied", "denies" and "deny" meet, and that it is fast
 * over whole articles.
 */

import { judgeStem as stem } from "../resources/lexicon";

export interface Token {
  /** Lower-cased surface form ("n't" becomes "not"). */
  word: string;
  /** Crude stem, used for overlap and vocabulary features. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    let word = m[0].replace(/’/g, "'");
    if (word.endsWith("n't")) {
      const head = word.slice(0, -3);
      if (head && head !== "ca" && head !== "wo") out.push({ word: head, stem: stem(head) });
      else if (head === "ca") out.push({ word: "can", stem: "can" });
      else if (head === "wo") out.push({ word: "will", stem: "will" });
      word = "not";
    } else if (word.endsWith("'s")) {
      word = word.slice(0, -2);
    }
    out.push({ word, stem: stem(word) });
  }
  // "No 10", "No. 1": a number sign, not a negation.
  for (let i = 0; i + 1 < out.length; i++) if (out[i]!.word === "no" && /^\d/.test(out[i + 1]!.word)) out[i] = { word: "number", stem: "number" };
  return out;
}

/** Sentences for feature purposes: split after . ! ? or at line breaks; no offsets needed. */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
