/*
 * Entity resolution across documents: one entity per real-world thing, with its aliases. General
 * rules only: a transliteration skeleton (Kiev/Kyiv, Kharkov/Kharkiv, Zaporozhye/Zaporizhzhia),
 * surname to full name, demonyms and "X region" to the place, and organisation names compared as
 * bags of stemmed words (so "Russian Defense Ministry" meets "Russia's defence ministry").
 */

import crypto from "node:crypto";
import type { Entity, EntityType } from "../../../../graph-schema";
import { countryByDemonym, countryByName } from "../resources/countries";
import { nameStem, PLACE_HEADS, STOPWORDS } from "../resources/lexicon";

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

/** Lower case, no diacritics, no possessive, no leading article, hyphens as spaces. */
export function normaliseName(s: string): string {
  return s
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

/** Content words of a name, demonyms turned into their country, stemmed and skeletonised. */
function bagKey(norm: string): string {
  const words = norm.split(" ").filter((w) => w && !STOPWORDS.has(w));
  const mapped = words.map((w) => {
    const c = countryByDemonym(w) ?? countryByName(w);
    return c ? `@${c.name.toLowerCase()}` : skeleton(nameStem(w));
  });
  return [...new Set(mapped)].sort().join("+");
}

interface Group {
  norm: string;
  surfaces: Map<string, number>;
  votes: Record<EntityType, number>;
  country: string | null;
  documents: Set<string>;
  mentionKeys: string[];
  placeHeads: number;
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

/**
 * `outlets`: the names of the outlets whose documents are read (manifest `outlet` and `via`). A
 * mention of one is an organisation whatever its context suggests ("documents seen by Ardan Voice"
 * reads like a person).
 */
export function resolveEntities(mentions: MentionInput[], outlets: Iterable<string> = []): Resolution {
  const outletNames = new Set([...outlets].map(normaliseName));
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const country = m.country ?? countryByName(m.text)?.name ?? null;
    const norm = country ? `country:${country.toLowerCase()}` : normaliseName(m.text);
    if (norm === "") continue;
    let g = groups.get(norm);
    if (!g) {
      g = { norm, surfaces: new Map(), votes: { PERSON: 0, ORG: 0, PLACE: 0, GROUP: 0, OTHER: 0 }, country, documents: new Set(), mentionKeys: [], placeHeads: 0 };
      groups.set(norm, g);
    }
    g.surfaces.set(m.text, (g.surfaces.get(m.text) ?? 0) + 1);
    if (outletNames.has(norm)) g.votes.ORG += 1;
    else g.votes[country ? "PLACE" : m.type] += country ? 1 : m.typeConfidence;
    g.documents.add(m.documentId);
    g.mentionKeys.push(m.key);
    if (m.placeHead) g.placeHeads += 1;
    if (m.orgHead) g.votes.ORG += 2;
  }

  const uf = new UnionFind();
  const sorted = [...groups.values()].sort((a, b) => a.norm.localeCompare(b.norm));
  const byKey = new Map<string, string>();
  const persons: Group[] = [];
  for (const g of sorted) {
    if (g.country) continue;
    const type = topType(g.votes);
    const words = g.norm.split(" ");
    let key: string;
    if (type === "ORG") key = `org:${bagKey(g.norm)}`;
    else if (type === "PERSON") key = `person:${words.map(skeleton).join(" ")}`;
    else {
      const trimmed = words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
      key = `name:${trimmed.map(skeleton).join(" ")}`;
    }
    if (type === "PERSON" && words.length >= 2) persons.push(g);
    const seen = byKey.get(key);
    if (seen) uf.union(seen, g.norm);
    else byKey.set(key, g.norm);
    // "Harbor Region" and "Harbor" are one place.
    if (type !== "PERSON" && type !== "ORG" && words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!)) {
      const base = groups.get(words.slice(0, -1).join(" "));
      if (base && topType(base.votes) !== "PERSON") uf.union(base.norm, g.norm);
    }
  }

  // People: same surname and a compatible first name are one person ("Stanilav"/"Stanislav").
  const bySurname = new Map<string, Group[]>();
  for (const p of persons) {
    const words = p.norm.split(" ");
    const sk = skeleton(words[words.length - 1]!);
    bySurname.set(sk, [...(bySurname.get(sk) ?? []), p]);
  }
  for (const list of bySurname.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i]!.norm.split(" ")[0]!;
        const b = list[j]!.norm.split(" ")[0]!;
        if (skeleton(a) === skeleton(b) || (a[0] === b[0] && editDistance(a, b) <= 2)) uf.union(list[i]!.norm, list[j]!.norm);
      }
    }
  }
  // A lone surname joins the one full name it belongs to, unless it is clearly a place.
  const surnames = new Set<string>();
  for (const g of sorted) {
    const words = g.norm.split(" ");
    if (g.country || words.length !== 1 || g.placeHeads > 0) continue;
    const candidates = bySurname.get(skeleton(words[0]!));
    if (!candidates) continue;
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

  const clusters = new Map<string, Group[]>();
  for (const g of sorted) {
    const root = uf.find(g.norm);
    clusters.set(root, [...(clusters.get(root) ?? []), g]);
  }
  const entities: Entity[] = [];
  const entityOf = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const members of clusters.values()) {
    const votes: Record<EntityType, number> = { PERSON: 0, ORG: 0, PLACE: 0, GROUP: 0, OTHER: 0 };
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
    for (const m of members) for (const k of m.mentionKeys) entityOf.set(k, id);
  }
  entities.sort((a, b) => a.id.localeCompare(b.id));
  return { entities, entityOf };
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
