/*
 * Readers for the two public benchmarks the judge learns from and is scored on, and the validation
 * split held out from them. FNC-1 is split by article body (no body on both sides), with a seeded
 * hash of the body id, so the split is the same on every machine.
 */
import { readFileSync } from "node:fs";
import { parseCsvRecords } from "../../server/src/io/csv";

export interface LabelledPair {
  id: string;
  a: string;
  b: string;
  /** The benchmark's own label (FNC-1 stance or SICK judgement). */
  gold: string;
  group: string;
}

/** FNC-1's article bodies by "Body ID", in file order. */
export function readFnc1Bodies(bodiesFile: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const r of parseCsvRecords(readFileSync(bodiesFile, "utf8"), bodiesFile)) {
    const id = r["Body ID"];
    const body = r["articleBody"];
    if (id === undefined || body === undefined) throw new Error(`${bodiesFile}: expected columns "Body ID" and "articleBody"`);
    bodies.set(id, body);
  }
  return bodies;
}

export function readFnc1(stancesFile: string, bodiesFile: string): LabelledPair[] {
  const bodies = readFnc1Bodies(bodiesFile);
  const rows = parseCsvRecords(readFileSync(stancesFile, "utf8"), stancesFile);
  return rows.map((r, i) => {
    const bodyId = r["Body ID"];
    const headline = r["Headline"];
    if (bodyId === undefined || headline === undefined) throw new Error(`${stancesFile}: expected columns "Headline" and "Body ID"`);
    const body = bodies.get(bodyId);
    if (body === undefined) throw new Error(`${stancesFile} line ${i + 2}: body ${bodyId} is not in ${bodiesFile}`);
    return { id: String(i), a: headline, b: body, gold: (r["Stance"] ?? "").trim(), group: bodyId };
  });
}

export function readSick(file: string): LabelledPair[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift()?.split("\t") ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name} (found ${header.join(", ")})`);
    return i;
  };
  const [id, sa, sb, label] = [col("pair_ID"), col("sentence_A"), col("sentence_B"), col("entailment_label")];
  // SICK: A entails/contradicts B. The judge asks how b stands towards the claim a, so b = A, a = B.
  return lines.map((l) => {
    const f = l.split("\t");
    return { id: f[id]!, a: f[sb]!, b: f[sa]!, gold: f[label]!.trim(), group: f[id]! };
  });
}

/**
 * FNV-1a of the seed and the group, then murmur3's finaliser (FNV alone leaves short numeric ids
 * badly spread in the high bits): the body id decides the side, never the row.
 */
function hash(seed: number, s: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export function splitByGroup<T extends { group: string }>(rows: T[], validationShare: number, seed: number): { train: T[]; validation: T[] } {
  const train: T[] = [];
  const validation: T[] = [];
  for (const r of rows) (hash(seed, r.group) < validationShare ? validation : train).push(r);
  return { train, validation };
}

/**
 * K-fold cross-validation folds for FNC-1 rows, for choosing settings on the training side only.
 * By body: a row is in the fold of its body. By story (see splitByStory): a row's headline and body
 * each fall in the fold of their story; it is scored in fold f when both do, and trains for fold f
 * when neither does.
 */
export function fnc1Folds(rows: LabelledPair[], k: number, by: "body" | "story", seed: number): Array<{ train: number[]; test: number[] }> {
  const folds = Array.from({ length: k }, () => ({ train: [] as number[], test: [] as number[] }));
  const fold = (key: string) => Math.min(k - 1, Math.floor(hash(seed, key) * k));
  const story = by === "story" ? storyOf(rows) : undefined;
  rows.forEach((r, i) => {
    const fh = story ? fold(story("h:" + r.a)) : fold(r.group);
    const fb = story ? fold(story("b:" + r.group)) : fh;
    for (let f = 0; f < k; f++) {
      if (fh === f && fb === f) folds[f]!.test.push(i);
      else if (fh !== f && fb !== f) folds[f]!.train.push(i);
    }
  });
  return folds;
}

/**
 * FNC-1's stories: headlines ("h:" + text) and bodies ("b:" + id) joined by a related stance (agree,
 * disagree, discuss) form connected components; returns the component of a node.
 */
function storyOf(rows: LabelledPair[]): (node: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const r of rows) {
    const [x, y] = [find("h:" + r.a), find("b:" + r.group)];
    if (r.gold !== "unrelated" && x !== y) parent.set(x, y);
  }
  return find;
}

/**
 * A stricter FNC-1 split for generalisation to new stories: headlines and bodies joined by a related
 * stance (agree, disagree, discuss) form stories (connected components); a seeded share of stories is
 * held out whole, with every pair whose headline and body are both on the held-out side. Unrelated
 * pairs that straddle the sides are dropped. No claim and no article is on both sides.
 */
export function splitByStory(rows: LabelledPair[], validationShare: number, seed: number): { train: LabelledPair[]; validation: LabelledPair[] } {
  const story = storyOf(rows);
  const held = (key: string) => hash(seed, story(key)) < validationShare;
  const train: LabelledPair[] = [];
  const validation: LabelledPair[] = [];
  for (const r of rows) {
    const h = held("h:" + r.a);
    const b = held("b:" + r.group);
    if (h && b) validation.push(r);
    else if (!h && !b) train.push(r);
  }
  return { train, validation };
}
