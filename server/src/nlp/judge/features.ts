/*
 * Features for the relation judge. Two extractors share one output shape: named sparse features
 * (the model keeps a dictionary of the ones it saw in training) and a fixed vector of dense ones.
 *
 * - Sentence pairs (a claim against a sentence or claim): what the two texts do not share is the
 *   signal. Words only one side has, and pairs of them across sides ("sitting"/"standing"), let the
 *   model learn substitutions; negation parity, containment and order carry the rest.
 * - Article pairs (a claim or headline against a whole article): TF-IDF similarity of the article
 *   and of its sentences closest to the claim, coverage of the claim's words, and refuting, hedging
 *   and confirming cues counted where the article talks about the claim — the features that carried
 *   the FNC-1 systems — plus the article's and the claim's vocabulary.
 *
 * The cue lists are general English; nothing here names a topic.
 */
import { JUDGE_CONFIRMS, JUDGE_FUNCTION_WORDS, JUDGE_HEDGES, JUDGE_NEGATIONS, JUDGE_REFUTES, judgeStem } from "../resources/lexicon";
import { roughSentences, tokenize, type Token } from "./text";
import type { WordRelation } from "./wordnet";

/** Word-to-word relations (WordNet in production); the sentence model's lexical knowledge. */
export interface WordRelations {
  relation(a: string, b: string): WordRelation | null;
  /** relation(a, b) === "same", answered more cheaply when the table can. */
  same?(a: string, b: string): boolean;
}

const RELATION_ORDER: WordRelation[] = ["same", "general", "antonym", "sibling", "specific"];

export interface PairFeatures {
  sparse: Array<[string, number]>;
  dense: number[];
}

/** Share of the claim's content words (by stem) that a sentence also has. */
export function coverage(claim: string, sentence: string): number {
  const c = new Set(contentStems(tokenize(claim)));
  if (c.size === 0) return 0;
  const s = new Set(contentStems(tokenize(sentence)));
  let n = 0;
  for (const w of c) if (s.has(w)) n++;
  return n / c.size;
}

/** Whether a text calls something fake, false, a hoax or the like (refuting words only, not negation). */
export function hasRefuteWord(text: string): boolean {
  const tokens = tokenize(text);
  // "a disputed contract", "the rejected bid": a participle naming a thing, which refutes nothing.
  return tokens.some((t, i) => JUDGE_REFUTES.has(t.word) && !JUDGE_NEGATIONS.has(t.word) && t.word !== "never" && !(ATTRIBUTIVE.has(t.word) && DETERMINERS.has(tokens[i - 1]?.word ?? "")));
}

const ATTRIBUTIVE = new Set(["disputed", "rejected", "denied"]);
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"]);

/** Whether a sentence carries a refuting or negating word: the visible mark of a dispute. */
export function hasRefutingCue(sentence: string): boolean {
  return tokenize(sentence).some((t) => JUDGE_REFUTES.has(t.word) || JUDGE_NEGATIONS.has(t.word));
}

function count(tokens: Token[], set: Set<string>): number {
  let n = 0;
  for (const t of tokens) if (set.has(t.word)) n++;
  return n;
}

function contentStems(tokens: Token[]): string[] {
  return tokens.filter((t) => !JUDGE_FUNCTION_WORDS.has(t.word) && !JUDGE_NEGATIONS.has(t.word)).map((t) => t.stem);
}

function numbersOf(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => /^\d/.test(t.word)).map((t) => t.word));
}

/** Longest common subsequence length of two stem sequences (short texts only). */
function lcs(a: string[], b: string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

const MAX_SENTENCE_TOKENS = 120;

export const SENTENCE_DENSE = [
  "jaccard", "containA", "containB", "lenA", "lenB", "lenDiff", "negBoth", "negAny", "negXor", "negDiff",
  "onlyA", "onlyB", "numMismatch", "order", "bothEmpty",
  "relSame", "relGeneral", "relAntonym", "relSibling", "relSpecific", "unexplainedA", "unexplainedB",
  "allExplained", "explainedShare",
] as const;

/** For each word only one side has, its closest WordNet relation to a word of the other side. */
function explain(only: Token[], other: Token[], wn: WordRelations, claimSide: boolean): Array<{ word: string; relation: WordRelation | null; to?: string }> {
  return only.map((t) => {
    let best: WordRelation | null = null;
    let to: string | undefined;
    for (const o of other) {
      const r = claimSide ? wn.relation(t.word, o.word) : wn.relation(o.word, t.word);
      if (r && (best === null || RELATION_ORDER.indexOf(r) < RELATION_ORDER.indexOf(best))) {
        best = r;
        to = o.word;
        if (r === "same") break;
      }
    }
    return { word: t.word, relation: best, ...(to ? { to } : {}) };
  });
}

/** a = the claim (hypothesis), b = the text judged against it (premise). */
export function sentencePairFeatures(a: string, b: string, wn: WordRelations): PairFeatures {
  const ta = tokenize(a).slice(0, MAX_SENTENCE_TOKENS);
  const tb = tokenize(b).slice(0, MAX_SENTENCE_TOKENS);
  const ca = contentStems(ta);
  const cb = contentStems(tb);
  const sa = new Set(ca);
  const sb = new Set(cb);
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  const union = sa.size + sb.size - inter;
  const onlyA = [...sa].filter((s) => !sb.has(s));
  const onlyB = [...sb].filter((s) => !sa.has(s));
  const negA = count(ta, JUDGE_NEGATIONS);
  const negB = count(tb, JUDGE_NEGATIONS);
  const na = numbersOf(ta);
  const nb = numbersOf(tb);
  const numMismatch = na.size > 0 && nb.size > 0 && ![...na].some((n) => nb.has(n)) ? 1 : 0;
  const order = ca.length && cb.length ? lcs(ca, cb) / Math.max(1, Math.min(ca.length, cb.length)) : 0;
  const isContent = (t: Token) => !JUDGE_FUNCTION_WORDS.has(t.word) && !JUDGE_NEGATIONS.has(t.word);
  const onlyATokens = dedupe(ta.filter((t) => isContent(t) && !sb.has(t.stem)));
  const onlyBTokens = dedupe(tb.filter((t) => isContent(t) && !sa.has(t.stem)));
  const explainedA = explain(onlyATokens.slice(0, 12), tb.filter(isContent), wn, true);
  const explainedB = explain(onlyBTokens.slice(0, 12), ta.filter(isContent), wn, false);
  const rel = (r: WordRelation) => explainedA.filter((e) => e.relation === r).length;
  const negXor = negA % 2 !== negB % 2 ? 1 : 0;
  const dense = [
    union ? inter / union : 0,
    sa.size ? inter / sa.size : 0,
    sb.size ? inter / sb.size : 0,
    Math.log1p(ta.length),
    Math.log1p(tb.length),
    Math.log1p(ta.length) - Math.log1p(tb.length),
    Math.min(negA, negB, 3),
    negA + negB > 0 ? 1 : 0,
    negA % 2 !== negB % 2 ? 1 : 0,
    Math.max(-3, Math.min(3, negA - negB)),
    Math.log1p(onlyA.length),
    Math.log1p(onlyB.length),
    numMismatch,
    order,
    sa.size === 0 || sb.size === 0 ? 1 : 0,
    rel("same"),
    rel("general"),
    rel("antonym"),
    rel("sibling"),
    rel("specific"),
    explainedA.filter((e) => e.relation === null).length,
    explainedB.filter((e) => e.relation === null).length,
    explainedA.every((e) => e.relation === "same" || e.relation === "general") ? 1 : 0,
    explainedA.length ? explainedA.filter((e) => e.relation === "same" || e.relation === "general").length / explainedA.length : 1,
  ];
  const sparse: Array<[string, number]> = [];
  for (const s of onlyA.slice(0, 12)) sparse.push(["oa:" + s, 1]);
  for (const s of onlyB.slice(0, 12)) sparse.push(["ob:" + s, 1]);
  for (const x of onlyA.slice(0, 6)) for (const y of onlyB.slice(0, 6)) sparse.push(["x:" + x + "|" + y, 1]);
  for (const e of explainedA) {
    const r = e.relation ?? "none";
    sparse.push(["r:" + r + (negXor ? ":neg" : ""), 1]);
    sparse.push(["rw:" + r + ":" + e.word, 1]);
  }
  for (const e of explainedB) sparse.push(["rb:" + (e.relation ?? "none"), 1]);
  frameFeatures(ta, tb, wn, negXor, sparse);
  const negWordsA = new Set(ta.filter((t) => JUDGE_NEGATIONS.has(t.word)).map((t) => t.word));
  const negWordsB = new Set(tb.filter((t) => JUDGE_NEGATIONS.has(t.word)).map((t) => t.word));
  for (const w of negWordsA) if (!negWordsB.has(w)) sparse.push(["na:" + w, 1]);
  for (const w of negWordsB) if (!negWordsA.has(w)) sparse.push(["nb:" + w, 1]);
  // Negation next to a word on one side only: "no man is" vs "a man is". Negations both sides share
  // say nothing about the pair, so they make no feature.
  const negated = (t: Token[]) => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) if (JUDGE_NEGATIONS.has(t[i]!.word)) out.add(t[i + 1]!.stem);
    return out;
  };
  const nxa = negated(ta);
  const nxb = negated(tb);
  for (const w of nxa) if (!nxb.has(w)) sparse.push(["nxa:" + w, 1]);
  for (const w of nxb) if (!nxa.has(w)) sparse.push(["nxb:" + w, 1]);
  return { sparse, dense };
}

/** A clause's rough frame: the head before the first auxiliary, the verb after it, its object. */
interface Frame {
  subject?: string;
  verb?: string;
  object?: string;
  passive: boolean;
}

const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had"]);
const SKIP_AFTER_AUX = new Set(["being", "not", "no", "never", "also", "still", "just", "now", "currently", "getting"]);

function frameOf(tokens: Token[]): Frame {
  const aux = tokens.findIndex((t) => AUXILIARIES.has(t.word));
  const isContent = (t: Token) => !JUDGE_FUNCTION_WORDS.has(t.word) && !JUDGE_NEGATIONS.has(t.word) && !/^\d/.test(t.word);
  let subject: string | undefined;
  const start = tokens[0]?.word === "there" ? aux + 1 : 0;
  const subjectEnd = tokens[0]?.word === "there" ? tokens.length : aux >= 0 ? aux : tokens.length;
  if (tokens[0]?.word === "there") {
    // "There is no man running": the subject follows the auxiliary.
    for (let i = start; i < subjectEnd; i++) {
      const t = tokens[i]!;
      if (isContent(t) && !t.word.endsWith("ing")) subject = t.word;
      if (subject && (t.word.endsWith("ing") || JUDGE_FUNCTION_WORDS.has(t.word))) break;
    }
    const verbAt = tokens.findIndex((t, i) => i > aux && t.word.endsWith("ing"));
    const verb = verbAt >= 0 ? tokens[verbAt]!.word : undefined;
    const object = verbAt >= 0 ? tokens.slice(verbAt + 1).find(isContent)?.word : undefined;
    return { ...(subject ? { subject } : {}), ...(verb ? { verb } : {}), ...(object ? { object } : {}), passive: false };
  }
  for (let i = 0; i < subjectEnd; i++) if (isContent(tokens[i]!)) subject = tokens[i]!.word;
  if (aux < 0) return { ...(subject ? { subject } : {}), passive: false };
  let v = aux + 1;
  let passive = false;
  while (v < tokens.length && SKIP_AFTER_AUX.has(tokens[v]!.word)) {
    if (tokens[v]!.word === "being") passive = true;
    v++;
  }
  const verb = tokens[v]?.word;
  if (verb && verb.endsWith("ed") && tokens.slice(v + 1, v + 4).some((t) => t.word === "by")) passive = true;
  const object = tokens.slice(v + 1).find(isContent)?.word;
  const f: Frame = { ...(subject ? { subject } : {}), ...(verb ? { verb } : {}), ...(object ? { object } : {}), passive };
  if (passive) {
    // "A hole is being burrowed by the badger": the agent after "by" is the subject.
    const by = tokens.findIndex((t, i) => i > v && t.word === "by");
    const agent = by >= 0 ? tokens.slice(by + 1).find(isContent)?.word : undefined;
    return { ...(agent ? { subject: agent } : {}), ...(verb ? { verb } : {}), ...(subject ? { object: subject } : {}), passive };
  }
  return f;
}

function slotRelation(a: string | undefined, b: string | undefined, wn: WordRelations): string {
  if (!a || !b) return a || b ? "missing" : "none";
  if (a === b || judgeStem(a) === judgeStem(b)) return "same";
  return wn.relation(a, b) ?? "other";
}

function frameFeatures(ta: Token[], tb: Token[], wn: WordRelations, negXor: number, sparse: Array<[string, number]>): void {
  const fa = frameOf(ta);
  const fb = frameOf(tb);
  const rs = slotRelation(fa.subject, fb.subject, wn);
  const rv = slotRelation(fa.verb, fb.verb, wn);
  const ro = slotRelation(fa.object, fb.object, wn);
  sparse.push(["fs:" + rs, 1], ["fv:" + rv, 1], ["fo:" + ro, 1], ["fsvo:" + rs + "|" + rv + "|" + ro, 1]);
  sparse.push(["fsv:" + rs + "|" + rv + (negXor ? ":neg" : ""), 1]);
  const swapped = fa.subject && fb.object && fa.object && fb.subject && slotRelation(fa.subject, fb.object, wn) === "same" && slotRelation(fa.object, fb.subject, wn) === "same" && rs !== "same";
  if (swapped) sparse.push(["fswap", 1]);
  if (fa.passive !== fb.passive) sparse.push(["fvoice", 1]);
}

function dedupe(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.stem) && (seen.add(t.stem), true));
}

/** Inverse document frequencies learned at training time; unknown stems get the maximum. */
export interface IdfTable {
  idf: Map<string, number>;
  unknown: number;
}

function tfidf(stems: string[], idf: IdfTable): Map<string, number> {
  const v = new Map<string, number>();
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + 1);
  let norm = 0;
  for (const [s, tf] of v) {
    const w = (1 + Math.log(tf)) * (idf.idf.get(s) ?? idf.unknown);
    v.set(s, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [s, w] of v) v.set(s, w / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [s, w] of small) {
    const o = large.get(s);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

function bigrams(stems: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) out.add(stems[i] + " " + stems[i + 1]);
  return out;
}

const MAX_ARTICLE_SENTENCES = 400;

export const ARTICLE_DENSE = [
  "cosBody", "cosLead", "cosBest", "cosTop3", "coverBody", "coverLead", "coverBest", "bigramCover",
  "refuteBody", "refuteTop", "refuteLead", "hedgeBody", "hedgeTop", "hedgeLead", "confirmBody", "confirmTop",
  "negTop", "negHead", "refuteHead", "hedgeHead", "question", "lenBody", "sentences", "cosBestRank",
  "refuteNearHead", "negNearHead", "hedgeNearHead", "refuteWeighted", "hedgeWeighted", "confirmWeighted", "negWeighted",
  "contrastTop", "contrastBody", "firstRefute", "refuteFirst",
] as const;

/** Words that turn an account around: what follows is set against what came before. */
const CONTRAST = new Set("however but actually fact turns turned instead although though yet despite contrary truth reality".split(" "));

function isCue(w: string): boolean {
  return JUDGE_REFUTES.has(w) || JUDGE_HEDGES.has(w) || JUDGE_CONFIRMS.has(w) || JUDGE_NEGATIONS.has(w);
}

/** Tokens this close to a word of the claim are "near" it. */
const NEAR = 4;

/** The article's sentences most similar to the claim, kept for sparse features and for evidence. */
export interface ArticleView {
  features: PairFeatures;
  /** Index (into roughSentences(b)) of the sentence most similar to a. */
  bestSentence: number;
  bestSimilarity: number;
}

/** Everything about an article that does not depend on the claim: computed once per article. */
export interface PreparedArticle {
  sentences: string[];
  sentTokens: Token[][];
  sentVecs: Array<Map<string, number>>;
  allTokens: Token[];
  bodySet: Set<string>;
  bodyVec: Map<string, number>;
  bodyBigrams: Set<string>;
  leadTokens: Token[];
  leadSet: Set<string>;
  leadVec: Map<string, number>;
  bodyTerms: Array<[string, number]>;
  refute: number;
  hedge: number;
  confirm: number;
  /** Refuting, negating and hedging words: sentence, position, which kinds. */
  cueTokens: Array<{ sentence: number; at: number; refute: boolean; neg: boolean; hedge: boolean }>;
  /** Cue counts per sentence. */
  sentenceCues: Array<{ refute: number; hedge: number; confirm: number; neg: number }>;
  /** Index of the first sentence with a refuting word, or -1. */
  firstRefute: number;
  contrast: number;
}

export function prepareArticle(b: string, idf: IdfTable): PreparedArticle {
  const sentences = roughSentences(b).slice(0, MAX_ARTICLE_SENTENCES);
  const sentTokens = sentences.map((s) => tokenize(s));
  const allTokens = sentTokens.flat();
  const bodyStems = contentStems(allTokens);
  const leadTokens = sentTokens.slice(0, 2).flat();
  const leadStems = contentStems(leadTokens);
  const tf = new Map<string, number>();
  for (const s of bodyStems) tf.set(s, (tf.get(s) ?? 0) + 1);
  let norm = 0;
  for (const v of tf.values()) norm += (1 + Math.log(v)) ** 2;
  norm = Math.sqrt(norm) || 1;
  return {
    sentences,
    sentTokens,
    sentVecs: sentTokens.map((t) => tfidf(contentStems(t), idf)),
    allTokens,
    bodySet: new Set(bodyStems),
    bodyVec: tfidf(bodyStems, idf),
    bodyBigrams: bigrams(bodyStems),
    leadTokens,
    leadSet: new Set(leadStems),
    leadVec: tfidf(leadStems, idf),
    bodyTerms: [...tf].map(([s, v]) => ["b:" + s, (1 + Math.log(v)) / norm]),
    refute: count(allTokens, JUDGE_REFUTES),
    hedge: count(allTokens, JUDGE_HEDGES),
    confirm: count(allTokens, JUDGE_CONFIRMS),
    ...cuesOf(sentTokens),
  };
}

/** Where an article's cue words stand, one pass over its tokens (see PreparedArticle). */
function cuesOf(sentTokens: Token[][]): Pick<PreparedArticle, "cueTokens" | "sentenceCues" | "firstRefute" | "contrast"> {
  const cueTokens: PreparedArticle["cueTokens"] = [];
  const sentenceCues: PreparedArticle["sentenceCues"] = [];
  let firstRefute = -1;
  let contrast = 0;
  sentTokens.forEach((toks, sentence) => {
    const c = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
    toks.forEach((t, at) => {
      const refute = JUDGE_REFUTES.has(t.word);
      const neg = JUDGE_NEGATIONS.has(t.word);
      const hedge = JUDGE_HEDGES.has(t.word);
      if (refute) c.refute++;
      if (neg) c.neg++;
      if (hedge) c.hedge++;
      if (JUDGE_CONFIRMS.has(t.word)) c.confirm++;
      if (CONTRAST.has(t.word)) contrast++;
      if (refute || neg || hedge) cueTokens.push({ sentence, at, refute, neg, hedge });
    });
    if (c.refute > 0 && firstRefute < 0) firstRefute = sentence;
    sentenceCues.push(c);
  });
  return { cueTokens, sentenceCues, firstRefute, contrast };
}

/** Which sparse families to build; a model that never learned a family need not pay for it. */
export interface ArticleFamilies {
  head: boolean;
  body: boolean;
  near: boolean;
  cues: boolean;
}
const ALL_FAMILIES: ArticleFamilies = { head: true, body: true, near: true, cues: true };

/** The families a model's dictionary uses, from its feature names' prefixes. */
export function familiesOf(sparseNames: string[]): ArticleFamilies {
  const has = (p: string) => sparseNames.some((n) => n.startsWith(p));
  return { head: has("h:"), body: has("b:"), near: has("t:"), cues: has("ct:") || has("cl:") || has("ca:") || has("ch:") };
}

/** a = the claim or headline, b = the article body (raw, or prepared once for many claims). */
export function articlePairView(a: string, b: string | PreparedArticle, idf: IdfTable, families: ArticleFamilies = ALL_FAMILIES): ArticleView {
  const art = typeof b === "string" ? prepareArticle(b, idf) : b;
  const ta = tokenize(a).slice(0, MAX_SENTENCE_TOKENS);
  const headStems = contentStems(ta);
  const headSet = new Set(headStems);
  const headVec = tfidf(headStems, idf);
  const { sentTokens, allTokens, leadTokens } = art;

  const sims = art.sentVecs.map((v) => cosine(headVec, v));
  const order = sims.map((s, i) => [s, i] as const).sort((x, y) => y[0] - x[0]);
  const top = order.slice(0, 3).map(([, i]) => i);
  const topTokens = top.flatMap((i) => sentTokens[i]!);
  const best = order[0]?.[1] ?? -1;
  const bestStems = best >= 0 ? new Set(contentStems(sentTokens[best]!)) : new Set<string>();

  const cover = (set: Set<string>) => {
    if (headSet.size === 0) return 0;
    let n = 0;
    for (const s of headSet) if (set.has(s)) n++;
    return n / headSet.size;
  };
  const headBigrams = bigrams(headStems);
  let bigramHits = 0;
  for (const g of headBigrams) if (art.bodyBigrams.has(g)) bigramHits++;
  const perSentence = (n: number, tokens: number) => n / Math.max(1, Math.sqrt(tokens));
  // Cues next to the claim's own words, anywhere in the article: "was not the wife", "the hoax photo".
  // (Where the cue words stand is the article's alone and found once, in prepareArticle.)
  let refuteNear = 0;
  let negNear = 0;
  let hedgeNear = 0;
  for (const cue of art.cueTokens) {
    const toks = sentTokens[cue.sentence]!;
    const i = cue.at;
    let near = false;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(toks.length - 1, i + NEAR) && !near; j++) near = j !== i && headSet.has(toks[j]!.stem);
    if (!near) continue;
    if (cue.refute) refuteNear++;
    if (cue.neg) negNear++;
    if (cue.hedge) hedgeNear++;
  }
  // Cues per sentence, weighted by how much the sentence is about the claim.
  let simSum = 0;
  let refuteW = 0;
  let hedgeW = 0;
  let confirmW = 0;
  let negW = 0;
  art.sentenceCues.forEach((c, i) => {
    const w = sims[i]!;
    if (w <= 0) return;
    simSum += w;
    refuteW += w * Math.min(3, c.refute);
    hedgeW += w * Math.min(3, c.hedge);
    confirmW += w * Math.min(3, c.confirm);
    negW += w * Math.min(3, c.neg);
  });
  const { firstRefute } = art;
  const weighted = (x: number) => (simSum > 0 ? x / simSum : 0);

  const dense = [
    cosine(headVec, art.bodyVec),
    cosine(headVec, art.leadVec),
    sims.length ? order[0]![0] : 0,
    top.length ? top.reduce((s, i) => s + sims[i]!, 0) / top.length : 0,
    cover(art.bodySet),
    cover(art.leadSet),
    cover(bestStems),
    headBigrams.size ? bigramHits / headBigrams.size : 0,
    perSentence(art.refute, allTokens.length),
    Math.min(5, count(topTokens, JUDGE_REFUTES)),
    Math.min(5, count(leadTokens, JUDGE_REFUTES)),
    perSentence(art.hedge, allTokens.length),
    Math.min(5, count(topTokens, JUDGE_HEDGES)),
    Math.min(5, count(leadTokens, JUDGE_HEDGES)),
    perSentence(art.confirm, allTokens.length),
    Math.min(5, count(topTokens, JUDGE_CONFIRMS)),
    Math.min(5, count(topTokens, JUDGE_NEGATIONS)),
    Math.min(3, count(ta, JUDGE_NEGATIONS)),
    Math.min(3, count(ta, JUDGE_REFUTES)),
    Math.min(3, count(ta, JUDGE_HEDGES)),
    a.includes("?") ? 1 : 0,
    Math.log1p(allTokens.length),
    Math.log1p(art.sentences.length),
    best >= 0 ? Math.log1p(best) : 0,
    Math.min(5, refuteNear),
    Math.min(5, negNear),
    Math.min(5, hedgeNear),
    weighted(refuteW),
    weighted(hedgeW),
    weighted(confirmW),
    weighted(negW),
    Math.min(5, count(topTokens, CONTRAST)),
    perSentence(art.contrast, allTokens.length),
    firstRefute < 0 ? 1 : firstRefute / Math.max(1, sentTokens.length),
    firstRefute === 0 ? 1 : 0,
  ];

  const sparse: Array<[string, number]> = [];
  if (families.head) for (const s of headSet) sparse.push(["h:" + s, 1]);
  if (families.body) for (const t of art.bodyTerms) sparse.push(t);
  // Words of the passages about the claim, including cue and negation words that content stems drop.
  if (families.near) for (const s of new Set(topTokens.map((t) => t.stem))) sparse.push(["t:" + s, 1]);
  // Topic-free cues: which refuting, hedging, confirming or negating words stand in the passages about
  // the claim, in the lead, and anywhere. These carry over to stories the model never saw.
  const cueFeatures = (tokens: Token[], prefix: string) => {
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.word;
      if (isCue(w) && !seen.has(w)) {
        seen.add(w);
        sparse.push([prefix + w, 1]);
      }
    }
  };
  if (families.cues) {
    cueFeatures(topTokens, "ct:");
    cueFeatures(leadTokens, "cl:");
    cueFeatures(allTokens, "ca:");
    cueFeatures(ta, "ch:");
  }
  return { features: { sparse, dense }, bestSentence: best, bestSimilarity: sims.length ? order[0]![0] : 0 };
}

/** Document frequencies over a collection of texts, for the article model's IDF table. */
export function buildIdf(texts: Iterable<string>, minDf = 2): IdfTable {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of texts) {
    n++;
    for (const s of new Set(contentStems(tokenize(text)))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [s, d] of df) if (d >= minDf) idf.set(s, Math.log((1 + n) / (1 + d)) + 1);
  return { idf, unknown: Math.log((1 + n) / 2) + 1 };
}
