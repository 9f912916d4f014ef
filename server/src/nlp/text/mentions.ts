/*
 * Named mentions with exact offsets: people, organisations, places and groups. No trained NER is
 * available offline, so several weak signals vote: runs of capitalised words, titles before a name
 * ("President", "General"), organisation and place head words, country names and demonyms,
 * prepositions, and the reporting verb after a name. Sentence-initial capitals count only when the
 * word is never written in lower case elsewhere in the document.
 */

import type { EntityType } from "../../../../graph-schema";
import { countryByDemonym, countryByName } from "../resources/countries";
import { GENERIC_SUBJECTS, MONTH_WORDS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACE_PREPOSITIONS, REPORTING_VERBS, STOPWORDS, TITLES, WEEKDAYS } from "../resources/lexicon";
import type { Span } from "./sentences";

/** A text's words in lower case, apostrophes and hyphens kept inside them ("don't", "pro-government"). */
export function lowercaseTokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
}

export interface MentionCandidate {
  start: number;
  end: number;
  /** The words as they stand in the text (titles and possessive stripped). */
  text: string;
  type: EntityType;
  /** How sure the type is, 0–1; several signals agreeing raise it. */
  typeConfidence: number;
  /** "country" when the words are a country or its demonym; the country's canonical name. */
  country: string | null;
  /** A title that stood before the name ("President"), kept for display and typing. */
  title: string | null;
  /** A place head word followed the name ("X region"): strong evidence of a place. */
  placeHead?: boolean;
  /** Followed by an organisation head ("the National Unity party"): strong evidence of an organisation wherever else it is named. */
  orgHead?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]|\d[\d,.]*\d|\d|[^\s\p{L}\p{N}]/gu;
const CONNECTORS = new Set(["of", "the", "for", "and", "on", ...NAME_PARTICLES]);
/**
 * A surname written with its particle as one hyphenated or elided word: "al-Nadiri", "el-Amin",
 * "bin-Rashid", "as-Safi" (the article assimilated to the next letter), "d'Aubigny".
 */
const PARTICLE_WORD = /^(?:(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|bin|ibn|abu|van|von|de|di|da|del|la|le)[-‐]|d['’])\p{Lu}\p{Ll}/u;
/** Every particle word has a hyphen or an apostrophe near its start: most words are turned away on that alone. */
const PARTICLE_MARK = /[-‐'’]/;
export const isParticleWord = (w: string): boolean => w.length > 3 && PARTICLE_MARK.test(w.slice(0, 5)) && PARTICLE_WORD.test(w.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Headline case: nearly every content word capitalised ("Liberation May Help Trigger X"). */
const HAS_LETTER = /\p{L}/u;

function titleCaseTokens(all: Token[]): boolean {
  // One pass, no arrays: this runs on every sentence, twice.
  let content = 0;
  let caps = 0;
  for (const t of all) {
    if (!HAS_LETTER.test(t.text) || STOPWORDS.has(t.text.toLowerCase())) continue;
    content += 1;
    if (isCap(t.text)) caps += 1;
  }
  return content >= 3 && caps / content > 0.8;
}

export function isTitleCase(sentence: string): boolean {
  return titleCaseOf.get(sentence) ?? titleCaseTokens(tokenize(sentence, 0, sentence.length));
}

/**
 * The headline-case reading of the sentences of the document findMentions read last, by text:
 * claim extraction asks it again of the same sentences. A sentence not found is read afresh, so
 * the answer never depends on what was read before.
 */
const titleCaseOf = new Map<string, boolean>();

const UPPER_START = /^\p{Lu}/u;
/** Capitalised, and not a lone initial ("A", "J."). */
const isCap = (w: string) => UPPER_START.test(w) && !(w.length === 1 || (w.length === 2 && w[1] === ".") || (w.length <= 3 && /^[\uD800-\uDBFF][\uDC00-\uDFFF]\.?$/.test(w)));
/** A word that can open or continue a name: capitalised, or a surname with its particle ("al-Nadiri"). */
const nameWord = (w: string) => (isCap(w) && /\p{L}/u.test(w)) || isParticleWord(w);
const bare = (w: string) => w.replace(/['’]s$/i, "").replace(/\.$/, "");

/**
 * Words seen in lower case anywhere in the text: a capitalised sentence-initial "Meanwhile" or
 * "Officials" is then a common word, not a name.
 */
export function lowercaseVocabulary(text: string): Set<string> {
  const vocab = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu)) if (!isParticleWord(m[0])) vocab.add(m[0].toLowerCase());
  return vocab;
}

export function findMentions(text: string, sentences: Span[], vocab: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  titleCaseOf.clear();
  const tokenised = sentences.map((s) => {
    const all = tokenize(text, s.start, s.end);
    const titleCase = titleCaseTokens(all);
    titleCaseOf.set(text.slice(s.start, s.end), titleCase);
    return { all, titleCase };
  });
  // Words the document capitalises mid-sentence in running prose: the only capitals a headline can
  // be trusted with ("May Help Trigger X's Ouster" keeps X, drops "Trigger").
  const proseNames = new Set<string>();
  for (const { all, titleCase } of tokenised) {
    if (titleCase) continue;
    for (let n = 1; n < all.length; n += 1) {
      if (!isCap(all[n]!.text) && !isParticleWord(all[n]!.text)) continue;
      proseNames.add(bare(all[n]!.text).toLowerCase());
      if (n >= 2 && isCap(all[n - 1]!.text)) proseNames.add(`${bare(all[n - 1]!.text)} ${bare(all[n]!.text)}`.toLowerCase());
    }
  }
  for (const { all, titleCase } of tokenised) {
    const lowerIt = (w: string) => {
      const b = bare(w).toLowerCase();
      return vocab.has(b) || STOPWORDS.has(w.toLowerCase()) || (!proseNames.has(b) && !countryByName(bare(w)) && !countryByDemonym(b));
    };
    const tokens = titleCase ? all.map((t) => (isCap(t.text) && lowerIt(t.text) ? { ...t, text: t.text.toLowerCase() } : t)) : all;
    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (!nameWord(tok.text)) {
        i += 1;
        continue;
      }
      // Extend over capitalised words, joined by connectors and hyphens ("Ministry of Defence").
      let j = i + 1;
      let last = i;
      while (j < tokens.length) {
        const t = tokens[j]!.text;
        if (nameWord(t) && !(tokens[j - 1]!.text.match(/['’]s$/) && j - 1 === last)) {
          last = j;
          j += 1;
        } else if (CONNECTORS.has(t.toLowerCase()) && t !== "and") {
          let n = j + 1;
          while (n < tokens.length && n < j + 3 && CONNECTORS.has(tokens[n]!.text.toLowerCase())) n += 1;
          // A weekday or month after a connector ends the name: "Harbor City on Monday".
          const next = tokens[n]?.text.toLowerCase() ?? "";
          if (n < tokens.length && nameWord(tokens[n]!.text) && !WEEKDAYS.has(next) && !MONTH_WORDS.has(next)) j = n;
          else break;
        } else break;
        if (/['’]s$/.test(tokens[last]!.text)) break;
      }
      const run = tokens.slice(i, last + 1);
      i = last + 1;
      const cand = classify(text, tokens, run, tokens.indexOf(run[0]!), vocab, proseNames);
      if (cand) out.push(cand);
    }
  }
  return out;
}

/** `proseNames`: words, and pairs of words, the document capitalises mid-sentence. */
function classify(text: string, sentence: Token[], run: Token[], at: number, vocab: Set<string>, proseNames: ReadonlySet<string>): MentionCandidate | null {
  let words = run.slice();
  const sentenceInitial = at === 0 || /^["“'‘(«-]$/.test(sentence[at - 1]?.text ?? "");
  // Drop leading common words capitalised only by position ("Meanwhile", "The", "Officials").
  while (words.length > 0) {
    const w = bare(words[0]!.text).toLowerCase();
    const positional = (sentenceInitial && words[0] === run[0]) || w === "the";
    // A particle before a name is the name's, wherever the sentence starts ("Bin Nadir chairs the committee").
    const particle = NAME_PARTICLES.has(w) && words.length > 1;
    // "Doctors Without Borders: …" opening a headline, when the prose names "… Doctors Without Borders" too.
    const named = words.length > 1 && proseNames.has(`${w} ${bare(words[1]!.text).toLowerCase()}`);
    if (STOPWORDS.has(w) || (positional && (vocab.has(w) || GENERIC_SUBJECTS.has(w)) && !countryByDemonym(w) && !TITLES.has(w) && !particle && !named)) words = words.slice(1);
    else break;
  }
  // Titles and demonyms before a person's name: "French General Jean Dupont".
  let title: string | null = null;
  let k = 0;
  for (let t = words.length - 2; t >= 0; t -= 1) {
    const w = bare(words[t]!.text).toLowerCase();
    if (TITLES.has(w) || /^(commander|chief)-in-chief$/.test(w)) {
      k = t + 1;
      break;
    }
  }
  if (k > 0) title = words.slice(0, k).map((w) => w.text).join(" ");
  const titled = title !== null && k > 0 && (/^[\p{Lu}]/u.test(words[k]?.text ?? "") || isParticleWord(words[k]?.text ?? "")) && !ORG_HEADS.has(bare(words[words.length - 1]!.text).toLowerCase());
  if (titled) words = words.slice(k);
  else title = null;
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.text.toLowerCase())) words = words.slice(0, -1);
  // "told the Harbor Council Friday": a weekday after a name of two words is the date ("Bloody Sunday" stays).
  if (words.length >= 3 && WEEKDAYS.has(words[words.length - 1]!.text.toLowerCase())) words = words.slice(0, -1);
  if (words.length === 0) return null;
  // "Christopher McCallion of Defense Priorities": a person of an organisation, keep the person.
  const ofAt = words.findIndex((w, n) => n >= 2 && w.text === "of");
  if (ofAt > 0 && words.slice(0, ofAt).every((w) => /^[\p{Lu}][\p{L}'’-]+$/u.test(w.text) || isParticleWord(w.text) || NAME_PARTICLES.has(w.text)) && ORG_HEADS.has(bare(words[words.length - 1]!.text).toLowerCase()) && !ORG_HEADS.has(bare(words[ofAt - 1]!.text).toLowerCase())) {
    words = words.slice(0, ofAt);
  } else if (ofAt > 0 && words.length - ofAt <= 3) {
    // "Jorge Ruiz of Ferrosur": a full name of plain name words, then one or two more, is the person
    // ("Grand Duchy of Luxembourg", of a country, is not).
    const before = words.slice(0, ofAt);
    const plain = (w: Token) => {
      const lw = bare(w.text).toLowerCase();
      return /^[\p{Lu}][\p{Ll}'’-]+$/u.test(bare(w.text)) && !vocab.has(lw) && !TITLES.has(lw) && !ORG_HEADS.has(lw) && !PLACE_HEADS.has(lw) && !PLACE_PREFIXES.has(lw) && !countryByName(lw) && !countryByDemonym(lw);
    };
    const of = words.slice(ofAt + 1).map((w) => bare(w.text)).join(" ");
    if (before.every((w) => plain(w) || isParticleWord(w.text) || NAME_PARTICLES.has(w.text)) && plain(before[0]!) && plain(before[ofAt - 1]!) && !countryByName(of)) words = before;
  }

  const first = words[0]!;
  const lastTok = words[words.length - 1]!;
  const start = first.start;
  // An initialism keeps its last dot ("U.N." and not "U.N"), which the tokens leave out.
  const initialism = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastTok.text) && text[lastTok.end] === ".";
  const end = initialism ? lastTok.end + 1 : lastTok.end - (/['’]s$/.test(lastTok.text) ? 2 : 0) - (/\.$/.test(lastTok.text) && !/^[\p{Lu}.]+$/u.test(lastTok.text) ? 1 : 0);
  const surface = text.slice(start, end);
  const lower = surface.toLowerCase();
  const lowerWords = words.map((w) => bare(w.text).toLowerCase());
  if (words.length === 1 && (MONTH_WORDS.has(lower) || WEEKDAYS.has(lower))) return null;
  if (words.length === 1 && STOPWORDS.has(lower)) return null;
  // "Dr. Amara Osei", "Gov. Lena Varga": an abbreviated title before its dot belongs to the name after it.
  if (words.length === 1 && TITLE_ABBREVIATIONS.has(lower) && text[end] === ".") return null;
  // A wire slug opening a headline ("UPDATE: …", "EXCLUSIVE - …").
  if (words.length === 1 && WIRE_SLUGS.has(lower) && at === 0 && /^[:\-–—|]$/.test(sentence[/^\d+$/.test(sentence[1]?.text ?? "") ? 2 : 1]?.text ?? "")) return null;
  // "I'm", "I've": the speaker, not a name.
  if (words.length === 1 && /^i['’](?:m|ve|ll|d)$/.test(lower)) return null;

  const country = countryByName(surface) ?? (words.length <= 3 ? countryByDemonym(lower) : undefined);
  if (country) {
    const isDemonym = countryByName(surface) === undefined;
    return { start, end, text: surface, type: isDemonym ? "GROUP" : "PLACE", typeConfidence: 0.9, country: country.name, title: null };
  }

  const idx = sentence.indexOf(words[0]!);
  const before = sentence[idx - 1]?.text.toLowerCase() ?? "";
  const afterIdx = sentence.indexOf(lastTok) + 1;
  const after = sentence[afterIdx]?.text.toLowerCase() ?? "";
  const head = lowerWords[lowerWords.length - 1]!;
  const votes: Record<EntityType, number> = { PERSON: 0, ORG: 0, PLACE: 0, GROUP: 0, OTHER: 0.1 };

  if (titled) votes.PERSON += 2;
  if (ORG_HEADS.has(head) || /^(?:\p{Lu}\.?){2,6}$/u.test(surface)) votes.ORG += 1.5;
  // "the National Unity party", "the Civic Vote monitoring group": a lower-case organisation head after
  // a name of two words or more ("the Biden administration" is a person's, and so is "the Donald
  // Trump administration": heads that follow a leader's name do not count).
  const headOf = (w: string) => ORG_HEADS.has(w) && !LEADER_HEADS.has(w);
  const headAfter = headOf(after) || (headOf(sentence[afterIdx + 1]?.text.toLowerCase() ?? "") && /^\p{Ll}+$/u.test(sentence[afterIdx]?.text ?? ""));
  // "President Karim al-Nadiri's forces": the forces of a person, not an organisation named "Karim al-Nadiri".
  const orgHead = headAfter && words.length >= 2 && !titled && !/['’]s$/.test(lastTok.text);
  if (orgHead) votes.ORG += 1.5;
  if (words.length > 1 && ["plant", "station", "airport", "bridge", "dam", "base"].includes(head)) votes.OTHER += 2;
  if (lowerWords.some((w) => ORG_HEADS.has(w)) && words.length > 1) votes.ORG += 1.2;
  if (PLACE_HEADS.has(after)) votes.PLACE += 2;
  // "Port Selin", "Mount Erebus", "Lake Chad": a place word opening the name.
  if (words.length >= 2 && PLACE_PREFIXES.has(lowerWords[0]!)) votes.PLACE += 2;
  const according = before === "to" && sentence[idx - 2]?.text.toLowerCase() === "according";
  if (PLACE_PREPOSITIONS.has(before) && words.length <= 2 && !according) votes.PLACE += 0.8;
  if (REPORTING_VERBS.has(after) || according) {
    votes.PERSON += words.length >= 2 ? 1 : 0.45;
    votes.ORG += words.length === 1 ? 0.45 : 0;
  }
  if (after === "," && /^(a|an|the)$/.test(sentence[afterIdx + 1]?.text.toLowerCase() ?? "")) votes.PERSON += 0.6;
  const nameLike =
    words.length >= 2 && words.length <= 5 &&
    words.every((w) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w.text.replace(/['’]s$/, "")) || CONNECTORS.has(w.text) || isParticleWord(bare(w.text))) &&
    !lowerWords.some((w) => vocab.has(w) && !CONNECTORS.has(w)) &&
    // "the Coastal Freedonian Navy", "Freedonian Harvest Fair": a people or country inside is no one's name.
    !lowerWords.slice(0, -1).some((w) => countryByDemonym(w));
  if (nameLike && votes.ORG === 0 && votes.PLACE < 1) votes.PERSON += 1;
  if (before === "of" || before === "at") votes.ORG += 0.2;
  // "the city of Varna", "the region of Harbor": a place word, then "of".
  if (before === "of" && PLACE_HEADS.has(sentence[idx - 2]?.text.toLowerCase() ?? "")) votes.PLACE += 2;
  // A wire dateline: "VARNA, May 8 (Agency) -", "PORT SELIN (Agency) -" opens the story with a place.
  const next = sentence[afterIdx + 1]?.text.toLowerCase() ?? "";
  if (idx === 0 && surface === surface.toUpperCase() && (after === "(" || (after === "," && MONTH_WORDS.has(next)))) votes.PLACE += 3;
  // ... and the agency in brackets after it is an organisation.
  const opener = sentence[0]?.text ?? "";
  if (before === "(" && after === ")" && idx <= 8 && opener.length > 1 && opener === opener.toUpperCase()) votes.ORG += 2;

  const ranked = (Object.entries(votes) as Array<[EntityType, number]>).sort((a, b) => b[1] - a[1]);
  const [type, score] = ranked[0]!;
  const placeHead = PLACE_HEADS.has(after);
  // A lone capitalised word with no signal is kept only mid-sentence and when the document never
  // writes it in lower case ("the Kiev regime"); otherwise it is sentence furniture.
  // (Right after a wire dateline, "KORVIN, Sept 15 (Atlas Wire) - Independent observers", is a sentence start too.)
  const afterDateline = /^[-–—]$/.test(before) && sentence[idx - 2]?.text === ")";
  if (words.length === 1 && score < 0.5 && (idx === 0 || afterDateline || vocab.has(lowerWords[0]!))) return null;
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  return { start, end, text: surface, type, typeConfidence: Math.min(0.95, score / total), country: null, title, placeHead, ...(orgHead ? { orgHead } : {}) };
}

/**
 * Places named inside longer names ("Rivne Nuclear Power Plant", "Hoover Dam"):
 * the leading word of a facility or organisation name of three or more words, when the document
 * never writes it in lower case.
 */
export function nestedPlaces(mentions: MentionCandidate[], vocab: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (words.length < 3 || m.type === "PERSON" || m.country) continue;
    const first = words[0]!;
    const lower = first.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || vocab.has(lower) || STOPWORDS.has(lower) || countryByDemonym(lower) || TITLES.has(lower)) continue;
    if (!FACILITY_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
    out.push({ start: m.start, end: m.start + first.length, text: first, type: "PLACE", typeConfidence: 0.6, country: null, title: null });
  }
  return out;
}

/** Titles written short, with a dot: "Dr.", "Gov.", "Lt.". */
const TITLE_ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "prof", "supt", "insp", "det"]);
/** Words a wire service or a site puts before a headline: "UPDATE 2: …", "EXCLUSIVE - …". */
const WIRE_SLUGS = new Set(["update", "updated", "corrected", "correction", "refile", "exclusive", "analysis", "breaking", "watch", "video", "photos", "live", "factbox", "timeline", "explainer", "wrapup", "insight", "interview", "opinion", "editorial", "preview", "urgent", "flash", "alert"]);

/** Organisation heads that follow a leader's name: "the Donald Trump administration", "the Ruel campaign". */
const LEADER_HEADS = new Set(["administration", "government", "cabinet", "campaign", "team", "office", "staff", "camp", "family", "regime", "house"]);
const PLACE_PREFIXES = new Set(["port", "mount", "lake", "fort", "cape", "gulf", "bay", "isle", "point"]);

const FACILITY_HEADS = new Set(["plant", "station", "airport", "port", "bridge", "dam", "base", "airfield", "reactor", "mine", "refinery", "terminal"]);
