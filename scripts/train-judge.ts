/*
 * npm run train:judge [-- --data ../shared/datasets --out server/models --only sentence|article --seed 7]
 *
 * Trains the relation judge's two models from the public benchmarks and writes them (weights, feature
 * dictionary, IDF table, and how they were made) as JSON under server/models/. Seeded: the same data
 * and seed give the same weights. Prints the validation figures the README quotes.
 *   - sentence model: SICK TRAIN; validated on SICK TRIAL (the benchmark's own development part).
 *   - article model: FNC-1 training split minus a 20% validation share of the article bodies.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ARTICLE_DENSE, articlePairView, buildIdf, prepareArticle, SENTENCE_DENSE, sentencePairFeatures, type PairFeatures, type PreparedArticle } from "../server/src/nlp/judge/features";
import type { SerializedJudgeModel } from "../server/src/nlp/judge/judge";
import { accuracy, confusion, FNC_TO_JUDGE, fncScore, formatConfusion, JUDGE_TO_FNC, judgeToSick, macroF1, perClass, SICK_TO_JUDGE } from "../server/src/nlp/judge/metrics";
import { Ensemble, Mlp, seededRandom, type SerializedMlp } from "../server/src/nlp/judge/model";
import { loadWordNet } from "../server/src/io/wordnet";
import { readFnc1, readSick, splitByGroup, splitByStory, type LabelledPair } from "./judge/data";
import { parseCliArgs } from "./cli";
import { FNC_SPLIT_SEED, FNC_VALIDATION_SHARE } from "./judge/split";

const { flags } = (() => {
  try {
    return parseCliArgs(process.argv.slice(2), {
      data: "string", out: "string", only: "string", seed: "string", set: "string", cv: "string", split: "string", "self-share": "string",
    });
  } catch (e) {
    process.stderr.write(`train-judge: ${(e as Error).message}\n`);
    process.exit(2);
  }
})();

function arg(name: string, fallback: string): string {
  const v = flags[name];
  return typeof v === "string" && v ? v : fallback;
}

const dataDir = resolve(arg("data", "../shared/datasets"));
const outDir = resolve(arg("out", "server/models"));
const only = arg("only", "both");
const seed = Number(arg("seed", "7"));

interface Config {
  hidden: number;
  epochs: number;
  rate: number;
  dropout: number;
  l2: number;
  minCount: number;
  /** Ensemble members, each trained from its own seed. */
  members: number;
  /** Sparse feature families left out of the dictionary, by name prefix ("h:" = headline words). */
  exclude?: string[];
  /** Loss weight per label, in label order. */
  weights: number[];
}

/** --set hidden=64,epochs=20 overrides a model's configuration (for experiments; the README's figures use the defaults). */
function withOverrides(cfg: Config): Config {
  const set = arg("set", "");
  const out: Config = { ...cfg };
  for (const kv of set.split(",").filter(Boolean)) {
    const [k, v] = kv.split("=");
    if (k === "weights") out.weights = v!.split("/").map(Number);
    else if (k === "exclude") out.exclude = v!.split("/").filter(Boolean);
    else if (k && k in out) (out as unknown as Record<string, number>)[k] = Number(v);
  }
  return out;
}

function dictionary(rows: PairFeatures[], minCount: number, exclude: string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const [name] of r.sparse) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([name, n]) => n >= minCount && !exclude.some((p) => name.startsWith(p))).map(([name]) => name).sort();
}

function fit(labels: string[], denseNames: readonly string[], train: PairFeatures[], ys: number[], cfg: Config): Ensemble {
  const sparseNames = dictionary(train, cfg.minCount, cfg.exclude);
  const members: Mlp[] = [];
  let xs: ReturnType<Mlp["encode"]>[] | undefined;
  for (let k = 0; k < cfg.members; k++) {
    const memberSeed = seed * 1000 + k;
    const mlp = new Mlp({ labels, sparseNames, denseNames: [...denseNames], hidden: cfg.hidden }, seededRandom(memberSeed), members[0]?.sparseIndex);
    mlp.fitScaler(train);
    xs ??= train.map((f) => mlp.encode(f));
    const t0 = Date.now();
    const losses = mlp.train(xs, ys, { epochs: cfg.epochs, rate: cfg.rate, dropout: cfg.dropout, l2: cfg.l2, weights: cfg.weights, seed: memberSeed });
    console.log(`  member ${k + 1}/${cfg.members}: ${cfg.epochs} epochs, final loss ${losses[losses.length - 1]!.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    members.push(mlp);
  }
  // Score what will be committed: the quantised weights after a round trip through JSON.
  return Ensemble.fromJSON(JSON.parse(JSON.stringify(new Ensemble(members).toJSON())) as SerializedMlp);
}

function predictAll(model: Ensemble, rows: PairFeatures[]): string[] {
  return rows.map((f) => {
    const p = model.predict(model.encode(f));
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return model.labels[best]!;
  });
}

/** Share of the negated training sentences added as self-pairs (chosen by cross-validation on SICK train). */
const SELF_PAIR_SHARE = 1;

const SENTENCE_CONFIG: Config = { hidden: 96, epochs: 25, rate: 0.05, dropout: 0.3, l2: 1e-6, minCount: 2, weights: [1.5, 1, 1], members: 5 };

/**
 * A sentence entails itself. SICK never shows that, so a model trained on it alone learns "negation on
 * both sides" as a contradiction cue and calls two copies of "X did not Y" contradictory. One
 * self-pair per training sentence that contains a negation teaches it otherwise.
 */
function withSelfPairs(rows: LabelledPair[]): LabelledPair[] {
  const share = Number(arg("self-share", String(SELF_PAIR_SHARE)));
  const negated = new Set<string>();
  for (const r of rows) for (const s of [r.a, r.b]) if (/\b(not|no|nobody|none|nothing|never)\b|n't/i.test(s)) negated.add(s);
  const random = seededRandom(seed);
  const chosen = [...negated].sort().filter(() => random() < share);
  return [...rows, ...chosen.map((s, i) => ({ id: `self-${i}`, a: s, b: s, gold: "ENTAILMENT", group: `self-${i}` }))];
}

function trainSentence(): SerializedJudgeModel {
  const cfg: Config = withOverrides({ ...SENTENCE_CONFIG });
  const labels = ["contradicts", "supports", "discusses"];
  const train = withSelfPairs(readSick(join(dataDir, "sick", "SICK_train.tsv")));
  const validation = readSick(join(dataDir, "sick", "SICK_trial.tsv"));
  console.log(`sentence model: SICK train ${train.length} pairs, validation (SICK trial) ${validation.length}`);
  const wn = loadWordNet();
  const fx = (rows: LabelledPair[]) => rows.map((r) => sentencePairFeatures(r.a, r.b, wn));
  const ys = train.map((r) => labels.indexOf(SICK_TO_JUDGE[r.gold]!));
  const mlp = fit(labels, SENTENCE_DENSE, fx(train), ys, cfg);
  const predicted = predictAll(mlp, fx(validation)).map(judgeToSick);
  const gold = validation.map((r) => r.gold);
  const c = confusion(["CONTRADICTION", "ENTAILMENT", "NEUTRAL"], gold, predicted);
  const scores = perClass(c);
  const acc = accuracy(gold, predicted);
  console.log(formatConfusion(c));
  console.log(`SICK trial accuracy ${(acc * 100).toFixed(2)}%, contradiction F1 ${scores.CONTRADICTION!.f1.toFixed(3)}, macro-F1 ${macroF1(scores).toFixed(3)}`);
  return {
    format: "claimgraph-judge/1",
    kind: "sentence",
    mlp: mlp.toJSON(),
    training: { data: `SICK TRAIN (SemEval-2014 Task 1), 4,500 pairs, plus ${train.length - 4500} self-pairs of its negated sentences labelled ENTAILMENT; b = sentence_A (premise), a = sentence_B`, validation: "SICK TRIAL, 500 pairs", seed, ...cfg, validationAccuracy: acc, validationContradictionF1: scores.CONTRADICTION!.f1 },
  };
}

/**
 * The article model learns from topic-free features only: the dense similarity and cue features and
 * the cue words (ct:, cl:, ca:, ch:). The headline (h:), body (b:) and passage (t:) vocabularies are
 * computed but left out: FNC-1's body split shares each headline across both sides, and those
 * vocabularies let a model memorise each story's stance — 88.9% relative and 0.48 disagree F1 on the
 * body split, but 0.06 disagree F1 on stories it has not seen (--split story). Without them, 0.36.
 * `--set exclude=` trains the memorising variant for comparison.
 */
const ARTICLE_EXCLUDE = ["h:", "b:", "t:"];

function trainArticle(): SerializedJudgeModel {
  const cfg: Config = withOverrides({ hidden: 48, epochs: 8, rate: 0.03, dropout: 0.3, l2: 1e-6, minCount: 8, weights: [6, 2, 1, 1], members: 3, exclude: ARTICLE_EXCLUDE });
  const labels = ["contradicts", "supports", "discusses", "unrelated"];
  const all = readFnc1(join(dataDir, "fnc-1", "train_stances.csv"), join(dataDir, "fnc-1", "train_bodies.csv"));
  const splitKind = arg("split", "body");
  const { train, validation } = splitKind === "story" ? splitByStory(all, FNC_VALIDATION_SHARE, FNC_SPLIT_SEED) : splitByGroup(all, FNC_VALIDATION_SHARE, FNC_SPLIT_SEED);
  console.log(`article model: FNC-1 train ${train.length} pairs over ${new Set(train.map((r) => r.group)).size} bodies; validation ${validation.length} pairs over ${new Set(validation.map((r) => r.group)).size} bodies (split by ${splitKind})`);
  // IDF from the training side only: its bodies and its headlines.
  const idf = buildIdf([...new Set(train.map((r) => r.b)), ...new Set(train.map((r) => r.a))]);
  const t0 = Date.now();
  const prepared = new Map<string, PreparedArticle>();
  const fx = (rows: LabelledPair[]) =>
    rows.map((r) => {
      let art = prepared.get(r.group);
      if (!art) prepared.set(r.group, (art = prepareArticle(r.b, idf)));
      return articlePairView(r.a, art, idf).features;
    });
  const trainFx = fx(train);
  const validationFx = fx(validation);
  console.log(`  features for ${train.length + validation.length} pairs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const ys = train.map((r) => labels.indexOf(FNC_TO_JUDGE[r.gold]!));
  const mlp = fit(labels, ARTICLE_DENSE, trainFx, ys, cfg);
  const predicted = predictAll(mlp, validationFx).map((l) => JUDGE_TO_FNC[l]!);
  const gold = validation.map((r) => r.gold);
  const c = confusion(["agree", "disagree", "discuss", "unrelated"], gold, predicted);
  const scores = perClass(c);
  const fnc = fncScore(gold, predicted);
  console.log(formatConfusion(c));
  console.log(`FNC-1 validation relative score ${(fnc.relative * 100).toFixed(2)}%, disagree F1 ${scores.disagree!.f1.toFixed(3)}, macro-F1 ${macroF1(scores).toFixed(3)}`);
  const stems = [...idf.idf.keys()].sort();
  return {
    format: "claimgraph-judge/1",
    kind: "article",
    mlp: mlp.toJSON(),
    idf: { stems, values: stems.map((s) => Math.round(idf.idf.get(s)! * 1e4) / 1e4), unknown: idf.unknown },
    training: { data: "FNC-1 training split (train_stances.csv, train_bodies.csv)", split: `by Body ID, ${FNC_VALIDATION_SHARE * 100}% of bodies held out, FNV-1a seed ${FNC_SPLIT_SEED}`, seed, ...cfg, validationRelativeScore: fnc.relative, validationDisagreeF1: scores.disagree!.f1 },
  };
}

/**
 * --cv K: K-fold cross-validation on the training side only, for choosing hyper-parameters without
 * looking at the validation split. Prints the mean accuracy (SICK) or relative score (FNC-1).
 */
function crossValidate(k: number): void {
  if (only !== "sentence") throw new Error("--cv is implemented for --only sentence");
  const cfg = withOverrides({ ...SENTENCE_CONFIG });
  const labels = ["contradicts", "supports", "discusses"];
  const wn = loadWordNet();
  const sick = readSick(join(dataDir, "sick", "SICK_train.tsv"));
  const rows = withSelfPairs(sick);
  const fx = rows.map((r) => sentencePairFeatures(r.a, r.b, wn));
  const accs: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    // Self-pairs only ever train; folds score SICK's own pairs.
    const trainIdx = rows.map((_, i) => i).filter((i) => i >= sick.length || i % k !== fold);
    const testIdx = rows.map((_, i) => i).filter((i) => i < sick.length && i % k === fold);
    const model = fit(labels, SENTENCE_DENSE, trainIdx.map((i) => fx[i]!), trainIdx.map((i) => labels.indexOf(SICK_TO_JUDGE[rows[i]!.gold]!)), cfg);
    const predicted = predictAll(model, testIdx.map((i) => fx[i]!)).map(judgeToSick);
    accs.push(accuracy(testIdx.map((i) => rows[i]!.gold), predicted));
  }
  const mean = accs.reduce((a, b) => a + b, 0) / k;
  console.log(`SICK train ${k}-fold CV accuracy ${(mean * 100).toFixed(2)}% (folds ${accs.map((a) => (a * 100).toFixed(1)).join(", ")})`);
}

mkdirSync(outDir, { recursive: true });
if (typeof flags.cv === "string") {
  crossValidate(Number(arg("cv", "5")));
  process.exit(0);
}
if (only === "both" || only === "sentence") {
  const model = trainSentence();
  writeFileSync(join(outDir, "judge-sentence.json"), JSON.stringify(model));
}
if (only === "both" || only === "article") {
  const model = trainArticle();
  writeFileSync(join(outDir, "judge-article.json"), JSON.stringify(model));
}
