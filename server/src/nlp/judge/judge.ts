/*
 * The relation judge: given a claim `a` and a text `b` (a claim, a sentence or a whole article), how
 * does b stand towards a — contradicts, supports, discusses or unrelated — and how sure is it.
 *
 * Two trained models sit behind one call, chosen by the size of b: a sentence-pair model (trained on
 * SICK: b is the premise, a the hypothesis) and an article model (trained on FNC-1: a is the headline,
 * b the body). Both are plain data handed in by the caller; this module does no I/O.
 */
import { ARTICLE_DENSE, articlePairView, familiesOf, prepareArticle, type ArticleFamilies, SENTENCE_DENSE, sentencePairFeatures, type IdfTable, type PairFeatures, type PreparedArticle, type WordRelations } from "./features";
import { argmax, Ensemble, type SerializedMlp } from "./model";
import { roughSentences, tokenize } from "./text";

const STOP = new Set("the and for with that this from into over under was were are has have had been its their his her they them said says will would could about after before than then there which who whom what when where".split(" "));

export const JUDGE_LABELS = ["contradicts", "supports", "discusses", "unrelated"] as const;
export type JudgeLabel = (typeof JUDGE_LABELS)[number];

export interface SerializedJudgeModel {
  format: "claimgraph-judge/1";
  kind: "sentence" | "article";
  mlp: SerializedMlp;
  /**
   * Article model only, optional: a relatedness gate over similarity features alone (labels
   * related, unrelated). With a gate, `mlp` is a stance model over related pairs (contradicts,
   * supports, discusses) and P(stance) = P(related) x P(stance | related); a body full of refuting
   * words then cannot make an unrelated claim "contradicted".
   */
  gate?: SerializedMlp;
  /** Article model only: IDF by stem. */
  idf?: { stems: string[]; values: number[]; unknown: number };
  /** How the model was made: data, split, seed, hyper-parameters, validation figures. */
  training: Record<string, unknown>;
}

export interface Verdict {
  label: JudgeLabel;
  confidence: number;
  probabilities: Partial<Record<JudgeLabel, number>>;
  mode: "sentence" | "article";
  /** Article mode: the sentence of b most similar to a, the evidence a reader checks first. */
  evidence?: { sentence: string; similarity: number };
}

/** Texts longer than this many sentences (or characters) are judged as articles. */
const ARTICLE_SENTENCES = 3;
const ARTICLE_CHARS = 600;
/** Inputs are cut to this many characters; a judge does not need a 10 MB text to decide. */
export const MAX_JUDGE_CHARS = 100_000;

/** Longest text `relate` accepts; longer is refused with a per-line error, not cut silently. */
export const MAX_INPUT_CHARS = 1_000_000;
const ENGLISH_FUNCTION_WORDS = new Set(
  "the a an of to in and is are was were be has have had that this it for on with as by at from not no or but said will would".split(" "),
);

/**
 * Why a text cannot be judged, or null: too long, or not English (the models know English words
 * only; on other languages their output is noise). Language is decided by script (mostly non-Latin
 * letters) or, for Latin-script texts of 25 words or more (headlines are telegraphic), by the near-absence of English
 * function words.
 */
export function checkJudgeText(text: string, field: string): string | null {
  if (text.length > MAX_INPUT_CHARS) return `${field}: ${text.length.toLocaleString("en")} characters, over the ${MAX_INPUT_CHARS.toLocaleString("en")} limit`;
  const sample = text.slice(0, 5000);
  // Counted without an array of every letter: this runs on every document of a corpus.
  const onlyLetters = sample.replace(/\P{L}+/gu, "");
  const letters = onlyLetters.length - (onlyLetters.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
  const latin = sample.replace(/[^A-Za-z\u00C0-\u024F]+/g, "").length;
  if (letters >= 20 && latin / letters < 0.5) return `${field}: not English (mostly non-Latin script)`;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 25 && words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length < 0.04) return `${field}: not English (no English function words)`;
  return null;
}

export function isArticle(b: string): boolean {
  return b.length > ARTICLE_CHARS || roughSentences(b).length >= ARTICLE_SENTENCES;
}

/** The relatedness gate's view of an article pair: the named dense features, no sparse ones. */
export function gateFeatures(f: PairFeatures, denseNames: readonly string[]): PairFeatures {
  return { sparse: [], dense: denseNames.map((n) => f.dense[ARTICLE_DENSE.indexOf(n as (typeof ARTICLE_DENSE)[number])] ?? 0) };
}

/** Probabilities in `labels` order from a stance model over related pairs and a relatedness gate. */
export function gatedProbabilities(stance: Ensemble, gate: Ensemble, f: PairFeatures, labels: readonly string[]): Float32Array {
  const g = gate.predict(gate.encode(gateFeatures(f, gate.denseNames)));
  const related = g[gate.labels.indexOf("related")]!;
  const ps = stance.predict(stance.encode(f));
  const out = new Float32Array(labels.length);
  labels.forEach((l, i) => {
    out[i] = l === "unrelated" ? 1 - related : related * (ps[stance.labels.indexOf(l)] ?? 0);
  });
  return out;
}

export class JudgePart {
  readonly mlp: Ensemble;
  readonly gate: Ensemble | undefined;
  readonly idf: IdfTable | undefined;
  readonly families: ArticleFamilies;
  constructor(readonly model: SerializedJudgeModel) {
    this.mlp = Ensemble.fromJSON(model.mlp);
    this.families = familiesOf(model.mlp.sparseNames);
    const expected = model.kind === "article" ? ARTICLE_DENSE : SENTENCE_DENSE;
    if (model.mlp.denseNames.join() !== expected.join()) {
      throw new Error(`judge ${model.kind} model was trained with other dense features; retrain it (npm run train:judge)`);
    }
    if (model.gate) {
      this.gate = Ensemble.fromJSON(model.gate);
      const unknown = this.gate.denseNames.filter((n) => !(ARTICLE_DENSE as readonly string[]).includes(n));
      if (model.kind !== "article" || unknown.length || !this.gate.labels.includes("related")) {
        throw new Error(`judge ${model.kind} model has a gate it cannot use (${unknown.join(", ") || "labels " + this.gate.labels.join(", ")}); retrain it (npm run train:judge)`);
      }
    }
    if (model.kind === "article") {
      if (!model.idf) throw new Error("judge article model has no IDF table");
      const idf = new Map<string, number>();
      model.idf.stems.forEach((s, i) => idf.set(s, model.idf!.values[i]!));
      this.idf = { idf, unknown: model.idf.unknown };
    }
  }
}

/** Articles prepared recently: one article is usually judged against many claims in a row. */
const ARTICLE_CACHE = 64;

export class Judge {
  readonly sentence: JudgePart;
  readonly article: JudgePart;
  private readonly prepared = new Map<string, PreparedArticle>();

  constructor(
    models: { sentence: SerializedJudgeModel; article: SerializedJudgeModel },
    private readonly words: WordRelations,
  ) {
    if (models.sentence.kind !== "sentence" || models.article.kind !== "article") throw new Error("judge models are swapped or of the wrong kind");
    this.sentence = new JudgePart(models.sentence);
    this.article = new JudgePart(models.article);
  }

  /** How two words relate in WordNet ("bombing" is a kind of "attack"), for rules that match words. */
  relate(a: string, b: string): ReturnType<WordRelations["relation"]> {
    return this.words.relation(a, b);
  }

  /** Whether relate(a, b) is "same" (synonyms or one lemma), cheaper than asking relate. */
  same(a: string, b: string): boolean {
    return this.words.same ? this.words.same(a, b) : this.words.relation(a, b) === "same";
  }

  judge(a: string, b: string, mode: "auto" | "sentence" | "article" = "auto"): Verdict {
    const claim = a.slice(0, MAX_JUDGE_CHARS);
    const text = b.slice(0, MAX_JUDGE_CHARS);
    const useArticle = mode === "article" || (mode === "auto" && isArticle(text));
    if (useArticle) {
      const article = this.prepare(text);
      const view = articlePairView(claim, article, this.article.idf!, this.article.families);
      const part = this.article;
      const verdict = part.gate
        ? toVerdict(JUDGE_LABELS, gatedProbabilities(part.mlp, part.gate, view.features, JUDGE_LABELS), "article")
        : toVerdict(part.mlp.labels, part.mlp.predict(part.mlp.encode(view.features)), "article");
      if (view.bestSentence >= 0) {
        verdict.evidence = { sentence: article.sentences[view.bestSentence] ?? "", similarity: round(view.bestSimilarity) };
      }
      return verdict;
    }
    const p = this.sentence.mlp.predict(this.sentence.mlp.encode(sentencePairFeatures(claim, text, this.words)));
    return toVerdict(this.sentence.mlp.labels, p, "sentence");
  }

  /**
   * Share of the claim's content words that occur anywhere in the article: a cheap first look
   * (the article is prepared once and cached) before the model reads the pair.
   */
  articleCoverage(claim: string, article: string): number {
    const words = new Set(tokenize(claim.slice(0, MAX_JUDGE_CHARS)).filter((t) => t.word.length > 2 && !STOP.has(t.word)).map((t) => t.stem));
    if (words.size === 0) return 0;
    const body = this.prepare(article.slice(0, MAX_JUDGE_CHARS)).bodySet;
    let n = 0;
    for (const w of words) if (body.has(w)) n++;
    return n / words.size;
  }

  private prepare(text: string): PreparedArticle {
    let art = this.prepared.get(text);
    if (art) {
      this.prepared.delete(text);
    } else {
      art = prepareArticle(text, this.article.idf!);
      if (this.prepared.size >= ARTICLE_CACHE) this.prepared.delete(this.prepared.keys().next().value!);
    }
    this.prepared.set(text, art);
    return art;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function toVerdict(labels: readonly string[], p: Float32Array, mode: Verdict["mode"]): Verdict {
  const best = argmax(p);
  const probabilities: Partial<Record<JudgeLabel, number>> = {};
  labels.forEach((l, i) => (probabilities[l as JudgeLabel] = round(p[i]!)));
  return { label: labels[best] as JudgeLabel, confidence: round(p[best]!), probabilities, mode };
}
