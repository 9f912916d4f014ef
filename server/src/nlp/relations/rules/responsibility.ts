/*
 * Who is to blame, against who says otherwise. Each claim is read for the parties it blames or
 * clears: "the regime carried out the attack", "blamed the fans themselves", "poor crowd control
 * caused the crush", "Valmora's forces broke the truce", against "denied its army used the weapons",
 * "you are not responsible", "the troops are observing the truce". Three collisions count: one party
 * cleared (a denial, an absolution) and blamed by another source; the crowd blamed by one source and
 * those in charge (or a crime) by another; two different countries blamed for breaking one truce;
 * and one harm (one definite thing harmed, beside a name both place near the deed) blamed on two
 * sides that are surely not one (two countries, insurgents and those in charge); and one place said
 * to be held by two such sides ("had taken full control of Lenn", "still in control of Lenn"),
 * unless weekdays put the two on different days. It refuses two
 * harms (two attacks may both have happened), a denial that names a place the blaming claim does
 * not, and any party it cannot place.
 */

import { countryByCapital } from "../../resources/capitals";
import { countryByDemonym, countryByName } from "../../resources/countries";
import type { RelClaim, RuleFamily } from "../rule";
import { distinctEvents, monthsBetween, sameOutlet, specificEntities, STATE_WINDOW_MONTHS, weekdaysApart, who } from "../context";
import { memo } from "../memo";
import { DISMISSAL } from "./denial-story";

/** A party as blame is put on it: a country, those in charge of an unnamed one, the crowd, an unnamed wrongdoer, a named entity. */
type Party =
  | { kind: "country"; key: string }
  | { kind: "authority" }
  | { kind: "crowd" }
  | { kind: "wrongdoer" }
  | { kind: "insurgent" }
  | { kind: "entity"; id: string };

interface Blame {
  party: Party;
  /** "clears": denied, absolved or said to keep the truce; "blames": said to have done it or be at fault. */
  stance: "blames" | "clears";
  /** A harm (an attack, a disaster), the breach of a truce, or holding a place ("controls" for stance "blames"). */
  act: "harm" | "truce" | "control";
  /** The words the reading rests on, quoted in the reason. */
  cue: string;
  /** Where in the claim's content the reading stands (null when read in the whole text). */
  at: number | null;
}

/** People present at an event, who are its victims as often as its cause ("blamed the fans themselves"). */
const CROWD = new Set(
  "pilgrims worshippers worshipers fans spectators passengers crowd crowds revellers revelers visitors shoppers attendees concertgoers participants victims migrants commuters".split(" "),
);
/** Those in charge of a place or a force, when the claim does not say of which country. */
const AUTHORITY = new Set(
  "government authorities authority regime army military forces troops police officers officials ministry state administration organisers organizers security soldiers command leadership interior".split(" "),
);
const TRUCE = String.raw`(?:truce|cease-?fire|cessation\s+of\s+hostilities|armistice)`;
/** Breaking a truce, the breaker before the verb: "X is violating the ceasefire", "X, which did not comply with the truce". */
const BREAKS = new RegExp(String.raw`\b(?:violat\w*|breach\w*|broke|break(?:s|ing)?|ignor\w+|flout\w*|disregard\w*|(?:did|do|does)\s+not\s+(?:comply|respect|observe|honou?r|abide))\b[^.;]{0,60}?\b${TRUCE}`, "gi");
/** Breaking it said of what the clause's subject did: "shelled the town in violation of the truce", "attacked despite the ceasefire". */
const BREACH_ASIDE = new RegExp(String.raw`\b(?:in\s+violation\s+of|violating|in\s+breach\s+of|despite)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?${TRUCE}`, "giu");
/** Keeping it: "the army is observing the ceasefire". */
const KEEPS = new RegExp(String.raw`\b(?:observ\w+|respect\w*|abid\w+\s+by|compl(?:y|ies|ied|ying)\s+with|adher\w+\s+to|honou?r\w*)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?${TRUCE}`, "giu");
/** Doing a harm, its doer before the verb (active) or after "by" (passive, "attacks by"). */
const PERPETRATES = /\b(?:carried\s+out|perpetrated|committed|orchestrated|masterminded|(?:was|were|is|are)\s+behind|(?:is|are|was|were)\s+responsible\s+for|used\s+(?:\p{L}+\s+)?weapons|killed|shot|shelled|bombed|attacked|attacking|opened\s+fire|blew\s+up|destroyed|set\s+fire\s+to|torched)\b/giu;
const BY_AGENT = /\b(?:attacks?|strikes?|killed|shot|carried\s+out|perpetrated|committed|shelling|bombing|destroyed|blown\s+up|attacked|shelled|bombed|torched|set\s+on\s+fire)\s+by\s+((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?=\s+(?:in|on|at|near|around|during|against|,)|[,.;]|$)/giu;
/** Putting blame on someone: "blamed X", "accused X of", "held X responsible", "trial of X for". */
const BLAMES = /\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|held|holds|faulted|trial\s+of|prosecution\s+of)\s+(?:it\s+on\s+)?((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+?)(?=\s+(?:of|for|over|themselves|responsible)\b|[,.;]|\s+(?:saying|and)\b|$)/giu;
/** Clearing someone: "X is not responsible", "X had nothing to do with it", "you are not blamed". */
const CLEARS = /\b([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s+(?:is|are|was|were)\s+not\s+(?:responsible|to\s+blame|blamed|at\s+fault|guilty)\b|\b([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s+(?:had|has|have)\s+nothing\s+to\s+do\s+with\b/giu;
/** Holding a place, its holder before the verb: "had taken full control of", "still control", "were still in control of". */
const CONTROLS = /\b(?:(?:took|taken|seized|gained|regained|retook|retaken|has|have|had|keeps?|kept|maintains?|maintained|(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+)?in)\s+(?:full\s+|complete\s+|total\s+)?control\s+of|still\s+(?:control|controls|hold|holds)|(?:captured|seized|liberated|retook|retaken|recaptured)(?=\s+(?:the\s+(?:town|city|village|district|port|airport)\s+of\s+)?\p{Lu}))\b/giu;
const CONTROL_CUE = /\bcontrol|\bstill\s+hold|captured|seized|liberated|retook|retaken|recaptured/iu;
/** A failing of those in charge: "inadequate security", "poor planning", "negligence". */
const FAULT = /\b(?:(?:inadequate|insufficient|poor|lax|lack\s+of|absence\s+of)\s+(?:crowd\s+)?(?:security|planning|management|organi[sz]ation|control|safety|preparations?|supervision|policing|oversight|coordination)|negligence|incompetence|mismanagement|mishandling|safety\s+(?:errors|failures|lapses)|security\s+(?:failures|lapses)|brutality)\b/giu;
/** A crime with no doer named: "it's a crime", "crimes against the pilgrims". */
const CRIME = /\b(?:(?:is|was|it['’]s|as)\s+(?:a\s+)?["“]?crime\b|crimes\s+against\b)/iu;
/** "If the fans had followed the instructions": the crowd's conduct as the cause. */
const CROWD_CONDUCT = /\bif\s+(?:the\s+)?(\p{L}+)\s+had\s+(?:\p{L}+\s+)?(?:followed|obeyed|listened|complied|respected|stayed|waited)\b|\b(?:the\s+)?(\p{L}+)(?:\s+themselves)?\s+(?:had|have|did)\s+not\s+(?:follow|followed|obey|obeyed|comply|complied|respect|respected)\b/giu;
const NEGATED = /\b(?:not|no|never|nor|neither|without|denied|denies|deny|rejected)\s+(?:\p{L}+\s+)?$/iu;
/** Where a clause, and so the subject of its verb, begins. */
const CLAUSE_START = /[,;:()“”"]|\b(?:that|which|who|as|while|because|and|but|when|after|since|if|although|where)\b/giu;
/** Words in a subject that say whose they are, not who: "the units of", "its". */
const ADDRESSEE = /\btold\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)(?=\s*(?:,|\bin\b|\bthat\b|\bon\b|\.|$))/u;
const PASSIVE = /\b(?:was|were|been|be|being|is|are|get|got)(?:\s+\p{L}+ly|\s+alleged)?\s*$/iu;
/** Who is harmed, not who harms: "civilians shot", "people killed". */
const VICTIMS = /\b(?:people|persons|civilians|children|women|men|protesters|demonstrators|residents|victims|one|no\s+one|nobody|dead)\s*$/iu;
/** Words that end the doer after "by". */
const BY_STOP = new Set("was were is are had has have with in on at near around during against that which who and throughout since".split(" "));
/** Where a denial's speaker goes on to assert: "…, saying", "… and said". */
const DENIAL_TAIL = /,?\s*(?:and\s+)?(?:said|says|saying|insisting|insisted|adding|added|calling|arguing|stressing)\b/iu;
/** Nouns of deeds: as the subject of "carried out" they are what was done, not who did it. */
const DEEDS = /\b(?:attacks?|killings?|massacres?|bombings?|strikes?|shootings?|assaults?|operations?|raids?|executions?|crimes?|targets?)\s*$/iu;
const PRONOUN = /^(?:you|he|she|they|it|we|i|this|that|who|which|what)$/;
/**
 * Words without which a reading cannot match, tested first: most claims blame no one, and the
 * readings' own patterns are slow to fail over a whole claim.
 */
const TRUCE_CUE = /truce|cease-?fire|cessation|armistice/iu;
const BY_CUE = /\sby\s/iu;
const CLEARS_CUE = /\bnot\s+(?:responsible|to\s+blame|blamed|at\s+fault|guilty)\b|\bnothing\s+to\s+do\s+with\b/iu;
const CROWD_CONDUCT_CUE = /\b(?:had|have|did)\s/iu;

/** A country named by its name, people or capital ("Valmora", "Valmoran", its capital city). */
function countryIn(words: string[]): string | null {
  for (let n = 3; n >= 1; n -= 1) {
    for (let i = 0; i + n <= words.length; i += 1) {
      const raw = words.slice(i, i + n).join(" ").replace(/['’]s?$/, "");
      const c = countryByName(raw) ?? (n === 1 ? countryByDemonym(raw) : undefined) ?? (/^\p{Lu}/u.test(raw) ? countryByCapital(raw) : undefined);
      if (c) return c.name;
    }
  }
  return null;
}

/**
 * The party a phrase names, or null when it names none the rule can place. The crowd only when blame
 * is put on it in words ("blamed the fans"): as the subject of a harm it is a place ("in front of a crowd").
 */
function partyOf(phrase: string, c: RelClaim, at: number | null, crowd = false): Party | null {
  const words = phrase.split(/[^\p{L}'’.-]+/u).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ""));
  if (lower.some((w) => CROWD.has(w))) return crowd ? { kind: "crowd" } : null;
  const country = countryIn(words);
  if (country) return { kind: "country", key: country };
  if (lower.length === 1 && PRONOUN.test(lower[0]!)) {
    // "You are not responsible", the sheikh told the minister: the pronoun is whom he told.
    if (/^(?:you|he|she)$/.test(lower[0]!)) {
      const told = ADDRESSEE.exec(c.claim.text);
      if (told && !/^(?:you|he|she|him|her|reporters|journalists)\b/i.test(told[1]!)) return partyOf(told[1]!, c, null);
    }
    return null;
  }
  // Rebels and opposition fighters are a side: not those in charge, and not any one country.
  if (lower.some((w) => /^(?:rebels?|insurgents?|militants?|separatists?|guerrillas?)$/.test(w))) return { kind: "insurgent" };
  // "Northern Front fighters": the named group is the party.
  const group = at !== null ? c.aboutAt.find((m) => m.at >= at && m.at < at + phrase.length && !c.countries.has(m.id)) : undefined;
  if (lower.some((w) => /^(?:opposition|fighters|activists?)$/.test(w))) return group ? { kind: "entity", id: group.id } : null;
  if (lower.some((w) => AUTHORITY.has(w)) || words.some((w, i) => i < words.length - 1 && /^(?:President|Minister|Prince|King|Governor|General|Commander|Crown)$/.test(w))) return { kind: "authority" };
  if (at !== null) {
    const end = at + phrase.length;
    const named = c.aboutAt.find((m) => m.at >= at && m.at < end && !c.countries.has(m.id));
    if (named) return { kind: "entity", id: named.id };
  }
  return null;
}

/** The subject of the verb at `at`: the words back to where its clause starts (or, in a relative clause, the noun it follows). */
function subjectBefore(text: string, at: number): { phrase: string; at: number } {
  let pre = text.slice(0, at);
  // Only after a comma: "establish who is responsible" asks, it names no one.
  const relative = /,\s*(?:which|who|that)\s+(?:(?:did|does|do|had|has|have|was|were|is|are|also|then|again)\s+){0,2}$/iu.exec(pre);
  if (relative) pre = pre.slice(0, relative.index);
  let start = 0;
  for (const m of pre.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  const words = pre.slice(start).trimStart();
  return { phrase: words.split(/\s+/).slice(-8).join(" "), at: pre.length - words.length };
}

/** Whether a claim rejects what it says: a denial, or "… is false". */
function rejects(c: RelClaim): boolean {
  return c.denial || DISMISSAL.test(c.claim.content);
}

/** The party a claim's speaker stands for: "the Valmoran army said" speaks for Valmora. */
function speakerParty(c: RelClaim): Party {
  return (c.claim.speakerText && partyOf(c.claim.speakerText, c, null)) || { kind: "authority" };
}

const BLAMES_OF = new WeakMap<RelClaim, Blame[]>();

/** Everything a claim says about who is to blame, read once per claim. */
export function blamesOf(c: RelClaim): Blame[] {
  return memo(BLAMES_OF, c, () => {
    const content = c.claim.content;
    const out: Blame[] = [];
    const denial = rejects(c);
    // What a denial denies ends where the speaker goes on to assert ("denied attacking X and said its army keeps the truce").
    const deniedEnd = denial ? (DENIAL_TAIL.exec(content)?.index ?? content.length) : 0;
    const push = (party: Party | null, stance: Blame["stance"], act: Blame["act"], cue: string, at: number) => {
      // A denial holds false what it reports: who it says acted is cleared, who it says kept the truce is not.
      const flip = at < deniedEnd;
      if (party) out.push({ party, stance: flip ? (stance === "blames" ? "clears" : "blames") : stance, act, cue: cue.trim(), at });
    };
    const truce = TRUCE_CUE.test(content);
    for (const m of truce ? content.matchAll(BREAKS) : []) {
      if (NEGATED.test(content.slice(0, m.index)) && !/\bnot\b/.test(m[0])) continue;
      const s = subjectBefore(content, m.index);
      push(partyOf(s.phrase, c, s.at), "blames", "truce", m[0], m.index);
    }
    for (const m of truce ? content.matchAll(BREACH_ASIDE) : []) {
      // The breaker is who the clause says acted: a country next to a force or an attack, else the first one named.
      const clause = content.slice(0, m.index);
      const acting = /\b([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s+(?:[\p{L}-]+\s+)?(?:forces|troops|army|military|units|soldiers|attacks?|strikes?|shelling|missiles?)\b/gu;
      const found = [...(m.index < 5 ? content.slice(m.index + m[0].length) : clause).matchAll(acting)].map((x) => countryIn([x[1]!]) ?? countryIn(x[1]!.split(/\s+/)));
      const key = found.find((k) => k !== null) ?? countryIn(clause.split(/[^\p{L}'’.-]+/u).filter(Boolean).slice(0, 6));
      if (key) push({ kind: "country", key }, "blames", "truce", m[0], m.index);
    }
    for (const m of truce ? content.matchAll(KEEPS) : []) {
      if (NEGATED.test(content.slice(0, m.index))) continue;
      const s = subjectBefore(content, m.index);
      const party = partyOf(s.phrase, c, s.at);
      push(party?.kind === "authority" ? speakerParty(c) : party, "clears", "truce", m[0], m.index);
    }
    for (const m of content.matchAll(PERPETRATES)) {
      if (NEGATED.test(content.slice(0, m.index))) continue;
      const s = subjectBefore(content, m.index);
      // "33 people were killed", "the toll of 769 people killed": the victims, not who did it (a doer comes with "by", below).
      if (PASSIVE.test(s.phrase) || /\d/.test(s.phrase) || VICTIMS.test(s.phrase)) continue;
      // "accused the army of attacking": the blame verb's reading below names who is said to act.
      if (/\b(?:accus\w*|blam\w*)\b/i.test(s.phrase)) continue;
      // "the targets attacked by…", "the killing carried out at…": a reduced passive, whose subject is what was done.
      if (/^\s+by\b/i.test(content.slice(m.index + m[0].length)) || DEEDS.test(s.phrase)) continue;
      const party = partyOf(s.phrase, c, s.at);
      // "highly unlikely that the rebels carried it out" blames no one.
      if (/\b(?:unlikely|doubt\w*|whether|question\w*)\b/i.test(content.slice(0, m.index))) continue;
      // A denial of what "the army" or "it" did speaks for the speaker's side, unless it names
      // whose claim it rejects ("rejected Ostia's claim that it shelled…").
      const own = denial && m.index < deniedEnd && (party === null || party.kind === "authority");
      const claimed = own ? countryIn(content.slice(0, m.index).split(/[^\p{L}'’.-]+/u).filter(Boolean)) : null;
      push(own ? (claimed ? { kind: "country", key: claimed } : speakerParty(c)) : party, "blames", "harm", `${s.phrase} ${m[0]}`, m.index);
    }
    for (const m of BY_CUE.test(content) ? content.matchAll(BY_AGENT) : []) {
      // The doer ends where its clause goes on: "strikes by Valmora were a warning", "committed by the army with gas".
      const words = m[1]!.split(/\s+/);
      const stop = words.findIndex((w) => BY_STOP.has(w.toLowerCase()));
      const phrase = (stop >= 0 ? words.slice(0, stop) : words).join(" ");
      if (phrase) push(partyOf(phrase, c, m.index + m[0].length - m[1]!.length), "blames", "harm", m[0].slice(0, m[0].length - m[1]!.length) + phrase, m.index);
    }
    for (const m of content.matchAll(FAULT)) {
      if (NEGATED.test(content.slice(0, m.index))) continue;
      const owner = subjectBefore(content, m.index);
      const words = owner.phrase.split(/\s+/).slice(-3).join(" ");
      push(partyOf(words, c, null) ?? { kind: "authority" }, "blames", "harm", m[0], m.index);
    }
    // Who holds a place: "the army had taken full control of Lenn", "rebels still control Lenn".
    for (const m of CONTROL_CUE.test(content) ? content.matchAll(CONTROLS) : []) {
      if (NEGATED.test(content.slice(0, m.index)) || m.index < deniedEnd) continue;
      const s = subjectBefore(content, m.index);
      // "their fighters", "our forces", "it": the speaker's own side, when the speaker can be placed.
      const subject = s.phrase.trim().replace(/(?:\s+(?:had|has|have|was|were|is|are|been|now))+$/i, "");
      const own = /^(?:it|they|we|(?:their|our|its)\s+\p{L}+)$/iu.test(subject.split(/\s+/).slice(-2).join(" ")) && c.claim.speakerText ? partyOf(c.claim.speakerText, c, null) : null;
      push(own ?? partyOf(subject, c, s.at), "blames", "control", m[0], m.index + m[0].length);
    }
    const crime = CRIME.exec(content);
    if (crime && !NEGATED.test(content.slice(0, crime.index))) push({ kind: "wrongdoer" }, "blames", "harm", crime[0], crime.index);
    for (const m of CLEARS_CUE.test(content) ? content.matchAll(CLEARS) : []) {
      const phrase = (m[1] ?? m[2])!;
      push(partyOf(phrase.split(/\s+/).slice(-4).join(" "), c, null), "clears", "harm", m[0], m.index);
    }
    for (const m of CROWD_CONDUCT_CUE.test(content) ? content.matchAll(CROWD_CONDUCT) : []) {
      if (CROWD.has(((m[1] ?? m[2]) ?? "").toLowerCase())) push({ kind: "crowd" }, "blames", "harm", m[0], m.index);
    }
    // Blame verbs are read in the whole claim: "Valmora accused Ostia of …" is attributed, and the accused is where the speaker stands.
    const text = c.claim.text;
    for (const m of text.matchAll(BLAMES)) {
      if (NEGATED.test(text.slice(0, m.index)) || /^(?:of|for|that|by)$/i.test(m[1]!.split(/\s+/)[0]!)) continue;
      if (/^held$|^holds$/i.test(m[0].split(/\s+/)[0]!) && !/\bresponsible\b/i.test(text.slice(m.index, m.index + m[0].length + 20))) continue;
      const at = m.index + m[0].length - m[1]!.length - c.claim.text.indexOf(content);
      out.push(...[partyOf(m[1]!, c, at >= 0 ? at : null, true)].filter((p): p is Party => p !== null).map((party) => ({ party, stance: "blames" as const, act: "harm" as const, cue: m[0], at: at >= 0 ? at : null })));
    }
    return out;
  });
}

/** One party in two readings: the same country or entity, or those in charge of an unnamed country against a country or authority. */
function sameParty(p: Party, q: Party): boolean {
  if (p.kind === "country" && q.kind === "country") return p.key === q.key;
  if (p.kind === "entity" && q.kind === "entity") return p.id === q.id;
  if (p.kind === "crowd" || q.kind === "crowd" || p.kind === "wrongdoer" || q.kind === "wrongdoer" || p.kind === "insurgent" || q.kind === "insurgent") return p.kind === q.kind;
  return (p.kind === "authority" && q.kind !== "entity") || (q.kind === "authority" && p.kind !== "entity");
}

function describe(p: Party): string {
  return p.kind === "country" ? p.key : p.kind === "entity" ? p.id.replace(/^ent-/, "") : p.kind === "crowd" ? "the crowd" : p.kind === "wrongdoer" ? "a wrongdoer" : p.kind === "insurgent" ? "insurgents" : "those in charge";
}

/** Characters between a deed and the place or target named with it. */
const NAMED_WITH_DEED = 80;

/** Nouns of deeds and of sides, which are no target: "the attack", "the army". */
const NOT_TARGETS = new Set([...AUTHORITY, ..."attack attacks explosion blast bombing shelling strike raid fire rebels rebel militants insurgents separatists side".split(" ")]);

/** The definite things named around a deed ("the bridge", "the convoy"): what was harmed. */
function targetsNear(content: string, at: number): Set<string> {
  const window = content.slice(Math.max(0, at - NAMED_WITH_DEED), at + NAMED_WITH_DEED);
  const out = new Set<string>();
  for (const m of window.matchAll(/\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{3,})\b(?!\s+(?:of|for)\b)/gu)) if (!NOT_TARGETS.has(m[1]!)) out.add(m[1]!.replace(/s$/, ""));
  return out;
}

/**
 * One harm blamed on two parties: "the bridge at Lesk was destroyed by the army" against "…was blown
 * up by rebels". The same definite thing harmed, beside one specific name both claims place near
 * the deed, in claims of no two distinct events.
 */
function sameHarm(a: RelClaim, x: Blame, b: RelClaim, y: Blame): boolean {
  if (x.at === null || y.at === null || distinctEvents(a, b)) return false;
  const near = (c: RelClaim, at: number, id: string) => c.aboutAt.some((m) => m.id === id && Math.abs(m.at - at) <= NAMED_WITH_DEED);
  const named = specificEntities(a).filter((e) => near(a, x.at!, e) && near(b, y.at!, e));
  if (named.length === 0) return false;
  const tb = targetsNear(b.claim.content, y.at);
  return [...targetsNear(a.claim.content, x.at)].some((t) => tb.has(t));
}

/** One named place right after both cues (what is held): the same specific entity within a few words. */
function samePlace(a: RelClaim, x: Blame, b: RelClaim, y: Blame): boolean {
  if (x.at === null || y.at === null || distinctEvents(a, b)) return false;
  const after = (c: RelClaim, at: number) => c.aboutAt.filter((m) => m.at >= at && m.at - at <= 40).map((m) => m.id);
  const pb = new Set(after(b, y.at));
  if (!after(a, x.at).some((e) => pb.has(e))) return false;
  // "retook Lenn on Monday", "captured Lenn on Friday": two days, two moments of a battle.
  return !weekdaysApart(a, [x.at - 40, x.at + 60], b, [y.at - 40, y.at + 60]);
}

/** Parties the rule can tell apart: a country, a named entity, those in charge, insurgents. */
const PLACEABLE = new Set(["country", "entity", "authority", "insurgent"]);

/**
 * Two parties that are surely not one: two countries, or insurgents and those in charge (or a
 * country). A named entity may be either ("Ferguson police", "the Sergeant-at-Arms"), so it is not told apart.
 */
function opposingSides(p: Party, q: Party): boolean {
  if (p.kind === "country" && q.kind === "country") return p.key !== q.key;
  const sides = new Set([p.kind, q.kind]);
  return sides.has("insurgent") && (sides.has("authority") || sides.has("country"));
}

/** A cue that names a deed or puts blame for one, not a duty ("is responsible for safeguarding"). */
const DEED = /\b(?:blam\w*|accus\w*|killed|shot|shelled|bombed|attack\w*|opened\s+fire|blew\s+up|blown\s+up|destroyed|set\s+fire|set\s+on\s+fire|torched|carried\s+out|perpetrated|committed)\b/i;

/** The two claims say different parties did a harm ("rebels attacked a convoy", "the army attacked a convoy"): not one report. */
export function differentDoers(a: RelClaim, b: RelClaim): boolean {
  const doers = (c: RelClaim) => blamesOf(c).filter((x) => x.stance === "blames" && x.act === "harm" && PLACEABLE.has(x.party.kind));
  const db = doers(b);
  return db.length > 0 && doers(a).some((x) => db.every((y) => opposingSides(x.party, y.party)));
}

export const responsibility: RuleFamily<"cleared" | "crowd" | "truce" | "parties"> = {
  id: "responsibility",
  stage: "pairs",
  // Asked both ways: (a, b) is read as "a's reading against b's", and the readings are not symmetric.
  symmetric: false,
  confidences: { cleared: 0.6, crowd: 0.55, truce: 0.55, parties: 0.5 },
  detect(a, b, { confidences: c }) {
    if (a.story !== b.story || a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    // Most claims blame no one: that is the cheap test, memoised per claim, so it comes first.
    const ba = blamesOf(a);
    if (ba.length === 0) return null;
    const bb = blamesOf(b);
    if (bb.length === 0) return null;
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    const finding = (kind: "denial" | "opposite", confidence: number, x: Blame, y: Blame, why: string) => ({
      type: "CONTRADICTS" as const,
      kind,
      confidence,
      reason: `${who(a)} ${why}; ${who(b)} does not: “${x.cue}” against “${y.cue}” (“${a.claim.content}” vs “${b.claim.content}”).`,
      detector: "responsibility",
      evidence: null,
    });
    for (const x of ba) {
      for (const y of bb) {
        if (x.act !== y.act) continue;
        if (x.act === "control") {
          // One place held by two sides at once: "the army had taken full control of Lenn" against
          // "rebel fighters were still in control of Lenn".
          if (opposingSides(x.party, y.party) && samePlace(a, x, b, y)) return finding("opposite", c.parties, x, y, `says ${describe(x.party)} holds it, where ${who(b)} says ${describe(y.party)} does`);
          continue;
        }
        if (x.act === "truce") {
          // One truce, two breakers named: each side blames the other. A harm is not a truce:
          // two attacks by two armies can both have happened.
          if (x.stance === "blames" && y.stance === "blames" && x.party.kind === "country" && y.party.kind === "country" && x.party.key !== y.party.key) {
            return finding("opposite", c.truce, x, y, `blames ${describe(x.party)} for breaking the truce, where ${who(b)} blames ${describe(y.party)}`);
          }
          if (x.stance === "clears" && y.stance === "blames" && x.party.kind === "country" && sameParty(x.party, y.party)) {
            return finding("opposite", c.truce, x, y, `says ${describe(x.party)} keeps the truce`);
          }
          continue;
        }
        if (x.stance === "clears" && y.stance === "blames" && sameParty(x.party, y.party)) {
          // A denial that names a place or a target is answered only by a claim about it ("denied
          // shelling Tarn" is not answered by the shelling of another town).
          // The claim about it names it with the deed, not further on ("air strikes in Tarn, ... around the Ostia dam").
          const named = specificEntities(a);
          if (named.length > 0 && !named.some((e) => b.aboutAt.some((m) => m.id === e && (y.at === null || Math.abs(m.at - y.at) <= NAMED_WITH_DEED)))) continue;
          if (distinctEvents(a, b)) continue;
          return finding("denial", c.cleared, x, y, `clears ${describe(x.party)}`);
        }
        if (x.stance === "blames" && y.stance === "blames" && x.party.kind === "crowd" && y.party.kind !== "crowd" && y.party.kind !== "entity") {
          return finding("opposite", c.crowd, x, y, `puts the blame on the crowd, where ${who(b)} puts it on ${describe(y.party)}`);
        }
        if (x.stance === "blames" && y.stance === "blames" && opposingSides(x.party, y.party) && DEED.test(x.cue) && DEED.test(y.cue) && sameHarm(a, x, b, y)) {
          return finding("opposite", c.parties, x, y, `blames ${describe(x.party)}, where ${who(b)} blames ${describe(y.party)} for the same harm`);
        }
      }
    }
    return null;
  },
};
