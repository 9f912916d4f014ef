/*
 * The anchor for a pass over the words: wink-nlp's tokeniser (with sentence boundary detection, its
 * lightest useful pipeline) alone over the same texts, on one core. Whatever ClaimGraph does per
 * document, it cannot beat one pass of a fast tokeniser; the ratio says how far we are from it.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { loadCorpus } from "./corpus";

export function winkAnchor(corpus: string): { documents: number; docsPerSec: number; tokensPerSec: number } {
  const nlp = winkNLP(model, ["sbd"]);
  const texts = loadCorpus(corpus, 1).map((f) => Buffer.from(f.bytes).toString("utf8"));
  nlp.readDoc(texts[0] ?? "warm up"); // first call builds internal tables
  const t0 = performance.now();
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  const s = (performance.now() - t0) / 1000;
  return { documents: texts.length, docsPerSec: texts.length / s, tokensPerSec: tokens / s };
}
