/*
 * The relation judge's features, by name: sentence pairs (overlap, negation parity, numbers, word
 * relations from a small fake WordNet, the sparse names the model learns from) and article pairs
 * (the sentence closest to the claim, refuting cues near the claim's words, which sparse families
 * are built), and the IDF table they weigh words with.
 */

import {
  ARTICLE_DENSE,
  articlePairView,
  buildIdf,
  coverage,
  familiesOf,
  hasRefuteWord,
  hasRefutingCue,
  prepareArticle,
  SENTENCE_DENSE,
  sentencePairFeatures,
  type PairFeatures,
  type WordRelations,
} from "../../../../server/src/nlp/judge/features";
import type { WordRelation } from "../../../../server/src/nlp/judge/wordnet";

/** A WordNet of a few pairs, both ways where the relation is symmetric. */
const WN: WordRelations = {
  relation(a, b) {
    const table: Record<string, WordRelation> = { "open|closed": "antonym", "closed|open": "antonym", "ferry|boat": "general", "boat|ferry": "specific" };
    return a === b ? "same" : (table[`${a}|${b}`] ?? null);
  },
};

const named = (names: readonly string[], f: PairFeatures) => Object.fromEntries(names.map((n, i) => [n, f.dense[i]]));
const sparseNames = (f: PairFeatures) => f.sparse.map(([n]) => n);

describe("coverage and cue words", () => {
  it.each([
    { claim: "The harbour bridge was closed", sentence: "Officials said the harbour bridge was closed on Monday", share: 1 },
    { claim: "The harbour bridge was closed", sentence: "The harbour was calm", share: 1 / 3 },
    { claim: "The harbour bridge was closed", sentence: "Rain fell", share: 0 },
    { claim: "it was the", sentence: "it was the", share: 0 },
  ])("should cover $share of “$claim” with “$sentence”", ({ claim, sentence, share }) => {
    expect(coverage(claim, sentence)).toBeCloseTo(share);
  });

  it("should tell refuting words from negations", () => {
    expect(hasRefuteWord("The photo is a hoax")).toBe(true);
    expect(hasRefuteWord("The bridge is not closed")).toBe(false);
    expect(hasRefutingCue("The bridge is not closed")).toBe(true);
    expect(hasRefutingCue("The bridge is closed")).toBe(false);
  });
});

describe("sentencePairFeatures", () => {
  it("should give one dense value per name, and the same sentence full overlap", () => {
    const f = sentencePairFeatures("The ferry left the harbour", "The ferry left the harbour", WN);
    expect(f.dense).toHaveLength(SENTENCE_DENSE.length);
    expect(named(SENTENCE_DENSE, f)).toMatchObject({ jaccard: 1, containA: 1, containB: 1, onlyA: 0, onlyB: 0, negXor: 0, allExplained: 1, bothEmpty: 0 });
    expect(sparseNames(f).filter((n) => n.startsWith("oa:") || n.startsWith("ob:"))).toEqual([]);
  });

  it("should mark a negation on one side only, with the word it negates", () => {
    const f = sentencePairFeatures("The bridge is not safe", "The bridge is safe", WN);
    expect(named(SENTENCE_DENSE, f)).toMatchObject({ negAny: 1, negXor: 1, negDiff: 1, negBoth: 0 });
    expect(sparseNames(f)).toEqual(expect.arrayContaining(["na:not", expect.stringMatching(/^nxa:saf/)]));
    // Shared negations say nothing about the pair.
    const both = sentencePairFeatures("The bridge is not safe", "The bridge is not safe", WN);
    expect(sparseNames(both).filter((n) => /^(na|nb|nxa|nxb):/.test(n))).toEqual([]);
  });

  it("should explain a word only one side has by its relation to the other side's words", () => {
    const antonym = sentencePairFeatures("The road is open", "The road is closed", WN);
    expect(named(SENTENCE_DENSE, antonym)).toMatchObject({ relAntonym: 1, allExplained: 0, unexplainedA: 0 });
    expect(sparseNames(antonym)).toEqual(expect.arrayContaining(["r:antonym", "rw:antonym:open", expect.stringMatching(/^x:open\|clos/)]));
    const general = sentencePairFeatures("A ferry sank", "A boat sank", WN);
    expect(named(SENTENCE_DENSE, general)).toMatchObject({ relGeneral: 1, allExplained: 1, explainedShare: 1 });
  });

  it("should flag figures that share no number", () => {
    expect(named(SENTENCE_DENSE, sentencePairFeatures("40 ferries were idle", "4 ferries were idle", WN)).numMismatch).toBe(1);
    expect(named(SENTENCE_DENSE, sentencePairFeatures("40 ferries were idle", "40 ferries sat idle", WN)).numMismatch).toBe(0);
    expect(named(SENTENCE_DENSE, sentencePairFeatures("ferries were idle", "4 ferries were idle", WN)).numMismatch).toBe(0);
  });
});

describe("article features", () => {
  const article = [
    "Port news of the week.",
    "The market opened early.",
    "Officials denied that the harbour bridge was closed.",
    "Traffic was light.",
  ].join(" ");
  const idf = buildIdf([article, "The market opened.", "Traffic on the bridge.", "A quiet week at the port."], 1);

  it("should find the sentence about the claim and the refuting cue near its words", () => {
    const view = articlePairView("The harbour bridge was closed", article, idf);
    expect(view.features.dense).toHaveLength(ARTICLE_DENSE.length);
    expect(view.bestSentence).toBe(2);
    expect(view.bestSimilarity).toBeGreaterThan(0.5);
    const d = named(ARTICLE_DENSE, view.features);
    expect(d).toMatchObject({ coverBody: 1, coverBest: 1, refuteNearHead: 1, refuteFirst: 0 });
    expect(d.refuteTop).toBeGreaterThanOrEqual(1);
    expect(sparseNames(view.features)).toEqual(expect.arrayContaining(["ct:denied", "ca:denied"]));
  });

  it("should give the same view for a prepared article as for its text", () => {
    expect(articlePairView("The harbour bridge was closed", prepareArticle(article, idf), idf)).toEqual(articlePairView("The harbour bridge was closed", article, idf));
  });

  it("should build only the sparse families asked for", () => {
    const families = familiesOf(["h:bridg", "ct:denied"]);
    expect(families).toEqual({ head: true, body: false, near: false, cues: true });
    const prefixes = new Set(sparseNames(articlePairView("The harbour bridge was closed", article, idf, families).features).map((n) => n.split(":")[0]));
    // Head words and cues (the lead and the claim have none); no body or near-passage words.
    expect([...prefixes].sort()).toEqual(["ca", "ct", "h"]);
  });

  it("should note where the first refuting sentence stands", () => {
    expect(prepareArticle(article, idf).firstRefute).toBe(2);
    expect(prepareArticle("Traffic was light.", idf).firstRefute).toBe(-1);
  });
});

describe("buildIdf", () => {
  it("should weigh rarer words higher and leave out those under minDf", () => {
    const idf = buildIdf(["harbour ferry", "harbour bridge", "harbour market"], 2);
    expect([...idf.idf.keys()]).toHaveLength(1);
    const all = buildIdf(["harbour ferry", "harbour bridge", "harbour market"], 1);
    const weights = [...all.idf.values()].sort((a, b) => a - b);
    expect(weights[0]).toBeLessThan(weights[weights.length - 1]!);
    expect(all.unknown).toBeGreaterThanOrEqual(weights[weights.length - 1]!);
  });
});
