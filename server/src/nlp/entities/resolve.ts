/*
 * Entity resolution across documents: one entity per real-world thing, with its aliases. General
 * rules only: a transliteration skeleton (Kiev/Kyiv, Kharkov/Kharkiv, Zaporozhye/Zaporizhzhia),
 * surname to full name, demonyms and "X region" to the place, and organisation names compared as
 * bags of stemmed words (so "Russian Defense Ministry" meets "Russia's defence ministry").
 */

import crypto from "node:crypto";
import type { Entity, EntityType } from "../../../../graph-schema";
import { countryByDemonym, countryByName } from "../resources/countries";
import { NAME_PARTICLES, nameStem, PLACE_HEADS, STOPWORDS } from "../resources/lexicon";
import { StringMemo } from "../text/string-memo";

export interface MentionInput {
  /** Unique per mention; the resolver returns entity ids keyed by it. */
  key: string;
  text: string;
  type: EntityType;
  typeConfidence: number;
  country: string | null;
  documentId: string;
  /** "X region": strong place evidence that keeps a lone word from joining a person's surname. */
  placeHead?: boolean;
  /** "the X party": counts for an organisation against the bare mentions that read like a person's name. */
  orgHead?: boolean;
}

export interface Resolution {
  entities: Entity[];
  entityOf: Map<string, string>;
}

/** Lower case, no diacritics, no possessive, no leading article, hyphens as spaces, an initialism without its dots ("U.N." as "un"). */
export function normaliseName(s: string): string {
  return s
    .replace(/^(?:\p{Lu}\.)+\p{Lu}\.?$/u, (x) => x.replace(/\./g, ""))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/['’`"“”]/g, "")
    .replace(/^the\s+/, "")
    .replace(/[-‐–]/g, " ")
    .replace(/[^\p{L}\p{N}\s.&]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A spelling-independent key for one word: digraphs folded (kh, zh, ch, ts, ph), soft c to s, h to g,
 * vowels after the first letter dropped and doubles collapsed. Transliterations of one name collide;
 * different names rarely do.
 */
export function skeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w === "") return "";
  w = w
    .replace(/kh/g, "x")
    .replace(/zh/g, "j")
    .replace(/sch|sh/g, "s")
    .replace(/ch|tch/g, "c")
    .replace(/ts|tz/g, "c")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/w/g, "v")
    .replace(/h/g, "g")
    .replace(/q/g, "k");
  const first = w[0]!;
  const rest = w.slice(1).replace(/[aeiouy]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}

/** Particles of a person's name: the words of their own, and the Arabic article in its assimilated forms ("as-Safi", "ash-Shami"). */
const PARTICLES = new Set([...NAME_PARTICLES, "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"]);
/** Particles that say whose son or daughter. */
const PATRONYMIC = new Set(["bin", "ibn", "bint"]);
/** Particles that open a name only as a given name does ("Abu Karim", a by-name): kept there. */
const GIVEN_PARTICLES = new Set(["abu", "bint"]);

/**
 * A name's words as a person's name is compared: particles left out ("karim al nadiri" → karim
 * nadiri), except the last word and a leading by-name, and no forefathers past the father. A leading particle ("al nadiri" → nadiri)
 * only with `leading`.
 */
export function nameWords(norm: string, leading = true): string[] {
  const all = norm.split(" ");
  // "karim bin nadir bin yusuf bin ali": the man and his father name him; the forefathers are a pedigree.
  const second = all.findIndex((w, i) => i > 0 && PATRONYMIC.has(w) && all.slice(0, i).some((x) => PATRONYMIC.has(x)));
  const words = second > 0 ? all.slice(0, second) : all;
  return words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w) || (i === 0 && (!leading || GIVEN_PARTICLES.has(w))));
}

/**
 * A name that opens with a particle is a surname when some writer puts the particle in lower case
 * ("al-Nadiri", "van Houten"), or when it says whose son ("Bin Nadir"); "Al Qamar" or "La Vega" may
 * be anything (a channel, a town).
 */
function personWords(g: Group): string[] {
  let words = PERSON_WORDS.get(g);
  if (!words) {
    words = nameWords(g.norm, PATRONYMIC.has(g.norm.split(" ")[0]!) || [...g.surfaces.keys()].some((s) => /^\p{Ll}/u.test(s)));
    PERSON_WORDS.set(g, words);
  }
  return words;
}
const PERSON_WORDS = new WeakMap<Group, string[]>();

/** The initials of a name of two to six content words ("kenya national commission on human rights" → knchr), or null. */
function initials(norm: string): string | null {
  const words = norm.split(" ").filter((w) => w && !STOPWORDS.has(w) && !NAME_PARTICLES.has(w));
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^[a-z]/.test(w))) return null;
  return words.map((w) => w[0]).join("");
}

/** A name that could be an acronym: two to six letters ("knchr", "un"). */
const ACRONYM = /^[a-z]{2,6}$/;

/** A name that ends with its father's name ("karim bin nadir", "bin nadir", "karim bin nadir bin yusuf"). */
function patronymic(norm: string): boolean {
  return norm.split(" ").some((w) => PATRONYMIC.has(w));
}

/** Content words of a name, demonyms turned into their country, stemmed and skeletonised. */
function bagKey(norm: string): string {
  const words = norm.split(" ").filter((w) => w && !STOPWORDS.has(w));
  const mapped = words.map((w) => {
    const c = countryByDemonym(w) ?? countryByName(w);
    return c ? `@${c.name.toLowerCase()}` : skeleton(nameStem(w));
  });
  return [...new Set(mapped)].sort().join("+");
}

/**
 * What one document's mentions of one normalised name add up to. The resolver works on these, summed
 * over documents in document-id order, so a corpus resolves the same whether its names are read at
 * once or some of them come from contributions stored by earlier ingests.
 */
export interface NameContribution {
  norm: string;
  country: string | null;
  surfaces: Record<string, number>;
  /** Mentions of the name in the document. */
  count: number;
  /** Type votes of the mentions (their type confidences), before outlet names are set apart. */
  typeVotes: Record<EntityType, number>;
  placeHeads: number;
  orgHeads: number;
}

export interface DocumentNames {
  documentId: string;
  names: NameContribution[];
}

interface Group {
  norm: string;
  surfaces: Map<string, number>;
  votes: Record<EntityType, number>;
  country: string | null;
  documents: Set<string>;
  placeHeads: number;
}

const NO_VOTES = (): Record<EntityType, number> => ({ PERSON: 0, ORG: 0, PLACE: 0, GROUP: 0, OTHER: 0 });

/** The normalised name a mention resolves under ("country:ukraine" for a country), or "" for none. */
export function mentionNorm(m: Pick<MentionInput, "text" | "country">): { readonly norm: string; readonly country: string | null } {
  if (m.country == null) return UNPLACED_NORMS.get(m.text);
  return { norm: m.country ? `country:${m.country.toLowerCase()}` : normaliseName(m.text), country: m.country };
}

// Each mention's name is normalised three times a run (contributions, the named set, entity ids)
// and the same names recur across documents; the answer depends on the text alone.
const UNPLACED_NORMS = new StringMemo((text: string) => {
  const country = countryByName(text)?.name ?? null;
  return Object.freeze({ norm: country ? `country:${country.toLowerCase()}` : normaliseName(text), country });
});

/** One document's mentions as name contributions, by name. */
export function nameContributions(mentions: MentionInput[]): NameContribution[] {
  const byNorm = new Map<string, NameContribution>();
  for (const m of mentions) {
    const { norm, country } = mentionNorm(m);
    if (norm === "") continue;
    let c = byNorm.get(norm);
    if (!c) {
      c = { norm, country, surfaces: {}, count: 0, typeVotes: NO_VOTES(), placeHeads: 0, orgHeads: 0 };
      byNorm.set(norm, c);
    }
    c.surfaces[m.text] = (c.surfaces[m.text] ?? 0) + 1;
    c.count += 1;
    c.typeVotes[country ? "PLACE" : m.type] += country ? 1 : m.typeConfidence;
    if (m.placeHead) c.placeHeads += 1;
    if (m.orgHead) c.orgHeads += 1;
  }
  return [...byNorm.values()].sort((a, b) => a.norm.localeCompare(b.norm));
}

/**
 * The keys under which a name can join another (one per way the resolver links names), whatever
 * type its votes end up giving it: names that share no key are never one entity. A store looks up
 * the names a new document could join by these, instead of reading every name it holds.
 */
export function nameKeys(c: Pick<NameContribution, "norm" | "country" | "surfaces">): string[] {
  if (c.country) return [`norm:${c.norm}`, `slug:${slug(c.country)}`];
  const words = c.norm.split(" ");
  const person = nameWords(c.norm);
  const keys = new Set<string>([`norm:${c.norm}`, `org:${bagKey(c.norm)}`, `person:${person.map(skeleton).join(" ")}`, `person:${nameWords(c.norm, false).map(skeleton).join(" ")}`]);
  const trimmed = words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
  keys.add(`name:${trimmed.map(skeleton).join(" ")}`);
  if (words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!)) keys.add(`norm:${words.slice(0, -1).join(" ")}`);
  keys.add(`surname:${skeleton(person[person.length - 1]!)}`);
  for (const s of Object.keys(c.surfaces)) keys.add(`slug:${slug(s.replace(/['’]s$/, ""))}`);
  const acronym = ACRONYM.test(c.norm) ? c.norm : initials(c.norm);
  if (acronym) keys.add(`acronym:${acronym}`);
  return [...keys].sort();
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins so the result does not depend on the order of unions.
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function topType(votes: Record<EntityType, number>): EntityType {
  return (Object.entries(votes) as Array<[EntityType, number]>).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

export interface NameResolution {
  entities: Entity[];
  /** Entity id by normalised name. */
  entityOfNorm: Map<string, string>;
  /** Entities that are countries. */
  countries: Set<string>;
}

/**
 * `outlets`: the names of the outlets whose documents are read (manifest `outlet` and `via`). A
 * mention of one is an organisation whatever its context suggests ("documents seen by Ardan Voice"
 * reads like a person).
 */
export function resolveEntities(mentions: MentionInput[], outlets: Iterable<string> = []): Resolution {
  const byDoc = new Map<string, MentionInput[]>();
  for (const m of mentions) (byDoc.get(m.documentId) ?? byDoc.set(m.documentId, []).get(m.documentId)!).push(m);
  const docs = [...byDoc.entries()].map(([documentId, list]) => ({ documentId, names: nameContributions(list) }));
  const { entities, entityOfNorm } = resolveNames(docs, outlets);
  const entityOf = new Map<string, string>();
  for (const m of mentions) {
    const id = entityOfNorm.get(mentionNorm(m).norm);
    if (id) entityOf.set(m.key, id);
  }
  return { entities, entityOf };
}

/**
 * Entities from the names of a set of documents. The result for a name depends only on the names
 * that share a key with it, directly or through others (nameKeys), so resolving such a closed set of
 * names gives the same entities as resolving the whole corpus.
 */
export function resolveNames(documents: DocumentNames[], outlets: Iterable<string> = []): NameResolution {
  const outletNames = new Set([...outlets].map(normaliseName));
  const groups = new Map<string, Group>();
  for (const doc of [...documents].sort((a, b) => a.documentId.localeCompare(b.documentId))) {
    for (const c of doc.names) {
      let g = groups.get(c.norm);
      if (!g) {
        g = { norm: c.norm, surfaces: new Map(), votes: NO_VOTES(), country: c.country, documents: new Set(), placeHeads: 0 };
        groups.set(c.norm, g);
      }
      for (const [s, n] of Object.entries(c.surfaces)) g.surfaces.set(s, (g.surfaces.get(s) ?? 0) + n);
      if (outletNames.has(c.norm)) g.votes.ORG += c.count;
      else for (const t of Object.keys(g.votes) as EntityType[]) g.votes[t] += c.typeVotes[t];
      g.votes.ORG += 2 * c.orgHeads;
      g.documents.add(doc.documentId);
      g.placeHeads += c.placeHeads;
    }
  }

  const uf = new UnionFind();
  const sorted = [...groups.values()].sort((a, b) => a.norm.localeCompare(b.norm));
  const byKey = new Map<string, Group[]>();
  const persons: Group[] = [];
  for (const g of sorted) {
    if (g.country) continue;
    const type = topType(g.votes);
    const words = g.norm.split(" ");
    let key: string;
    if (type === "ORG") key = `org:${bagKey(g.norm)}`;
    else if (type === "PERSON") key = `person:${personWords(g).map(skeleton).join(" ")}`;
    else {
      const trimmed = words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
      key = `name:${trimmed.map(skeleton).join(" ")}`;
    }
    if (type === "PERSON" && personWords(g).length >= 2) persons.push(g);
    // People of one key are one when their names are also spelt alike, word by word ("Tamura" is not "Timmerer").
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, [g]);
    else {
      for (const other of type === "PERSON" ? seen : seen.slice(0, 1)) {
        if (type !== "PERSON" || personWords(g).every((w, i) => closeSpelling(w, personWords(other)[i] ?? ""))) uf.union(other.norm, g.norm);
      }
      if (type === "PERSON") seen.push(g);
    }
    // "Harbor Region" and "Harbor" are one place.
    if (type !== "PERSON" && type !== "ORG" && words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!)) {
      const base = groups.get(words.slice(0, -1).join(" "));
      if (base && topType(base.votes) !== "PERSON") uf.union(base.norm, g.norm);
    }
  }

  // People: same surname and a compatible first name are one person ("Stanilav"/"Stanislav").
  const bySurname = new Map<string, Group[]>();
  for (const p of persons) {
    const words = personWords(p);
    const sk = skeleton(words[words.length - 1]!);
    bySurname.set(sk, [...(bySurname.get(sk) ?? []), p]);
  }
  for (const list of bySurname.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = personWords(list[i]!)[0]!;
        const b = personWords(list[j]!)[0]!;
        if (skeleton(a) === skeleton(b) || (a[0] === b[0] && editDistance(a, b) <= 2)) uf.union(list[i]!.norm, list[j]!.norm);
      }
    }
  }
  // A lone surname ("Nadiri", "al-Nadiri") joins the one full name it belongs to, unless it is clearly a place.
  const surnames = new Set<string>();
  for (const g of sorted) {
    const words = personWords(g);
    if (g.country || words.length !== 1 || g.placeHeads > 0) continue;
    // Four capitals or fewer are an acronym ("ANRA"), not a surname in a headline.
    if ([...g.surfaces.keys()].every((s) => /^(?:\p{Lu}\.?){2,4}(?:['’]s)?$/u.test(s))) continue;
    // After "bin"/"ibn" the last name is the father's: "bin Nadir" is the son, a bare "Nadir" may be the father.
    // The skeleton finds spellings of one name; the spellings must also be close ("Tamura" is not "Timmerer").
    const candidates = bySurname
      .get(skeleton(words[0]!))
      ?.filter((c) => (patronymic(c.norm) === patronymic(g.norm) || !patronymic(c.norm)) && closeSpelling(words[0]!, personWords(c).at(-1)!));
    if (!candidates || candidates.length === 0) continue;
    const roots = new Set(candidates.map((c) => uf.find(c.norm)));
    if (roots.size === 1) {
      uf.union([...roots][0]!, g.norm);
      surnames.add(g.norm);
      continue;
    }
    // Two people share the surname: the lone form belongs to the one named in the same documents.
    const local = new Set(candidates.filter((c) => [...c.documents].some((d) => g.documents.has(d))).map((c) => uf.find(c.norm)));
    if (local.size === 1) {
      uf.union([...local][0]!, g.norm);
      surnames.add(g.norm);
    }
  }

  // An acronym written in capitals ("KNCHR", "U.N.") joins the one name whose initials it spells. Two
  // letters spell too many names: those join only a name that some document writes beside them.
  const byInitials = new Map<string, Group[]>();
  for (const g of sorted) {
    const a = g.country ? null : initials(g.norm);
    if (a) byInitials.set(a, [...(byInitials.get(a) ?? []), g]);
  }
  for (const g of sorted) {
    if (g.country || !ACRONYM.test(g.norm) || ![...g.surfaces.keys()].some((s) => /^(?:\p{Lu}\.?){2,6}(?:['’]s)?$/u.test(s))) continue;
    const candidates = (byInitials.get(g.norm) ?? []).filter((c) => g.norm.length > 2 || [...c.documents].some((d) => g.documents.has(d)));
    const roots = new Set(candidates.map((c) => uf.find(c.norm)));
    if (roots.size === 1) uf.union([...roots][0]!, g.norm);
  }

  // Clusters in the order of their smallest name (their root): among clusters whose names make one
  // id, the first keeps it plain and the others take a suffix.
  const clusters = new Map<string, Group[]>();
  for (const g of sorted) {
    const root = uf.find(g.norm);
    clusters.set(root, [...(clusters.get(root) ?? []), g]);
  }
  const entities: Entity[] = [];
  const entityOfNorm = new Map<string, string>();
  const countries = new Set<string>();
  const usedIds = new Set<string>();
  for (const members of clusters.values()) {
    const votes = NO_VOTES();
    const surfaces = new Map<string, number>();
    let country: string | null = null;
    for (const m of members) {
      // A surname linked to a person votes for the person, whatever its own context suggested.
      for (const t of Object.keys(votes) as EntityType[]) votes[surnames.has(m.norm) ? "PERSON" : t] += m.votes[t];
      for (const [s, n] of m.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
      country = country ?? m.country;
    }
    const type = country ? "PLACE" : topType(votes);
    const name = country ?? canonicalName(surfaces, type);
    let id = `ent-${slug(name)}`;
    if (usedIds.has(id)) id = `${id}-${crypto.createHash("sha256").update(members.map((m) => m.norm).join("|")).digest("hex").slice(0, 6)}`;
    usedIds.add(id);
    const aliases = [...surfaces.keys()].filter((s) => s !== name).sort();
    entities.push({ id, name, type, aliases });
    if (country || countryByName(name.replace(/\.$/, "")) || countryByDemonym(name)) countries.add(id);
    for (const m of members) entityOfNorm.set(m.norm, id);
  }
  entities.sort((a, b) => a.id.localeCompare(b.id));
  return { entities, entityOfNorm, countries };
}

/** The fullest common form: for people the longest full name, otherwise the most frequent surface. */
function canonicalName(surfaces: Map<string, number>, type: EntityType): string {
  const list = [...surfaces.entries()].map(([s, n]) => ({ s: s.replace(/['’]s$/, ""), n }));
  list.sort((a, b) => {
    if (type === "PERSON") {
      const wa = a.s.split(/\s+/).length;
      const wb = b.s.split(/\s+/).length;
      if (wa !== wb) return wb - wa;
    }
    return b.n - a.n || b.s.length - a.s.length || a.s.localeCompare(b.s);
  });
  return list[0]!.s;
}

export function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || crypto.createHash("sha256").update(s).digest("hex").slice(0, 12)
  );
}

/** Two spellings of one name: a few letters apart for the length ("yusuf"/"yousef", "kowalski"/"kowalsky"). */
function closeSpelling(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
