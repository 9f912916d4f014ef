/*
 * Presence denied against presence reported: "there were no foreign mercenaries in the Dovo area",
 * "no troops were stationed in the town", "the army has no soldiers near the border" against a claim
 * of another source that puts those people or things in that place ("mercenaries were fighting
 * alongside the troops near Dovo", "about 200 troops arrived in the town"). The two must name one
 * place entity (the one the denial places), share the denied head noun by stem, and keep any name or
 * nationality the denial puts on it ("no Redline mercenaries" is not met by "mercenaries"). It
 * refuses a claim that negates the presence itself, and a denial without a named place, except that
 * of a gathering at all ("there are no demonstrations happening"), which meets any report of one in a
 * small story.
 */

import { ASSERTION_NEGATION, contentStem, STOPWORDS } from "../../resources/lexicon";
import type { RelClaim, RuleFamily } from "../rule";
import { monthsBetween, SMALL_STORY_DOCS, STATE_WINDOW_MONTHS, who } from "../context";
import { memo } from "../memo";

interface Absence {
  /** The head noun denied present, as written ("mercenaries"). */
  head: string;
  /** Capitalised modifiers the denial puts on it ("Redline"): the other claim must name them too. */
  names: string[];
  /** All its modifiers ("foreign"): a match by the verb alone ("fighting") must keep them. */
  modifiers: string[];
  /** Where in the content the place phrase starts and ends. */
  placeFrom: number;
  placeTo: number;
  /** The words the reading rests on, quoted in the reason. */
  cue: string;
}

const PLACE_PREP = String.raw`(?:in|near|at|inside|around|on|across|within|into)`;
const NOUN_PHRASE = String.raw`((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]{3,}s)`;
/** The place phrase after the preposition: up to the next clause break. */
const PLACE = String.raw`\s+(?:anywhere\s+|at\s+all\s+)?${PLACE_PREP}\s+([^,.;:!?"“”]{2,60})`;
const ABSENCE_PATTERNS: RegExp[] = [
  // "there were no foreign mercenaries in the Dovo area"
  new RegExp(String.raw`\bthere\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:absolutely\s+)?no\s+${NOUN_PHRASE}(?:\s+(?:present|deployed|stationed|operating|based|fighting))?${PLACE}`, "iu"),
  // "no troops were (ever) stationed in the town", "no Redline mercenaries near Dovo" (a headline)
  new RegExp(String.raw`(?:^|[\s,;:])no\s+${NOUN_PHRASE}(?:\s+(?:were|are|was|is|had\s+been|have\s+been|has\s+been)(?:\s+ever)?(?:\s+(?:present|deployed|stationed|operating|based|fighting|sent|seen))?)?${PLACE}`, "iu"),
  // "no Ostian troops had crossed the border into Varn", "no troops entered the town"
  new RegExp(String.raw`(?:^|[\s,;:])no\s+${NOUN_PHRASE}\s+(?:had\s+|have\s+|has\s+)?(?:crossed|entered|moved|gone|advanced)(?:\s+the\s+(?:border|frontier|line))?${PLACE}`, "iu"),
  // "the army has no soldiers near the border"
  new RegExp(String.raw`\b(?:has|have|had|keeps?|kept|maintains?|maintained)\s+no\s+${NOUN_PHRASE}${PLACE}`, "iu"),
];
/** Words that stand in the noun-phrase slot but are no modifiers of the head: "no longer", "no more". */
const NOT_MODIFIERS = /^(?:longer|more|further|such|other|one|signs?|evidence|reports?|plans?|details?|information|word|news|data|figures?|comments?|indications?|traces?|proof|confirmation|records?|mentions?|changes?|of)$/i;

/** "no idea how", "no doubt that", "no way to": a "no" that opens an idiom, not an absence. */
const IDIOMS = /^(?:idea|doubt|way|need|reason|choice|chance|time|point|question|sign|matter)$/i;
/** A relative or qualifying clause on the absent people or things. */
const RESTRICTED = /\b(?:that|who|which|whose|able|capable|qualified|trained|equipped|willing)\b/i;

const ABSENCES = new WeakMap<RelClaim, Absence | null>();

function absenceOf(c: RelClaim): Absence | null {
  return memo(ABSENCES, c, () => readAbsence(c.claim.content));
}

function readAbsence(content: string): Absence | null {
  for (const re of ABSENCE_PATTERNS) {
    const m = re.exec(content);
    if (!m) continue;
    const modifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
    if (modifiers.some((w) => NOT_MODIFIERS.test(w) || STOPWORDS.has(w.toLowerCase())) || NOT_MODIFIERS.test(m[2]!) || IDIOMS.test(modifiers[0] ?? "")) continue;
    // "no doctors in Mosul that can diagnose the disease": a kind of them is absent, not all of them.
    if (RESTRICTED.test(m[3]!)) continue;
    const placeFrom = m.index + m[0].length - m[3]!.length;
    return {
      head: m[2]!.toLowerCase(),
      names: modifiers.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/, "").toLowerCase()),
      modifiers: modifiers.map((w) => w.replace(/['’]s$/, "").toLowerCase()),
      placeFrom,
      placeTo: placeFrom + m[3]!.length,
      cue: m[0].trim(),
    };
  }
  return null;
}

/**
 * "There are no demonstrations happening": a gathering said not to take place at all, with no place
 * named, which any report of one in a small story (one event) answers.
 */
const NO_EVENT = /\bthere\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:absolutely\s+)?no\s+(demonstrations?|protests?|rallies|rally|riots?|marches|march|unrest|clashes|strikes?)(?:\s+(?:happening|taking\s+place|going\s+on|under\s*way|anywhere))?\s*(?=[.,;!?]|$)/iu;
/** A gathering reported as taking place: "protests that erupted", "demonstrators marched", "riots broke out". */
const GATHERING = /\b(?:demonstrations?|demonstrators|protests?|protesters|rallies|rally|riots?|rioters|marches|marchers|unrest|clashes)\b/iu;
const TOOK_PLACE = /\b(?:erupted|broke\s+out|took\s+place|were\s+held|was\s+held|continued|spread|turned\s+violent|flared|staged|marched|rallied|rioted|clashed|took\s+to\s+the\s+streets|dispersed|fired\s+(?:tear\s+gas\s+)?(?:at|on))\b/iu;
const NO_EVENTS = new WeakMap<RelClaim, RegExpExecArray | null>();

/** Where a claim says no gathering takes place at all ("there are no demonstrations"), read once per claim. */
function noEventOf(c: RelClaim): RegExpExecArray | null {
  return memo(NO_EVENTS, c, () => NO_EVENT.exec(c.claim.content));
}

/** Whether a claim says no gathering takes place at all: it meets any claim of its small story (candidates.ts). */
export function deniesGathering(c: RelClaim): boolean {
  return noEventOf(c) !== null;
}

/** Whether a claim reports a gathering as taking place, unnegated. */
function reportsGathering(c: RelClaim): boolean {
  const content = c.claim.content;
  return c.claim.polarity !== "negative" && GATHERING.test(content) && TOOK_PLACE.test(content) && !ASSERTION_NEGATION.test(content) && !deniesGathering(c);
}

export const presence: RuleFamily<"absence"> = {
  id: "presence",
  stage: "pairs",
  // a is the denial of presence; the registry also asks the other way round.
  symmetric: false,
  confidences: { absence: 0.65 },
  detect(a, b, { confidences: c }) {
    if (a.story !== b.story || a.claim.documentId === b.claim.documentId) return null;
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
    const noEvent = noEventOf(a);
    if (noEvent && a.storySize <= SMALL_STORY_DOCS && reportsGathering(b)) {
      return {
        type: "CONTRADICTS",
        kind: "denial",
        confidence: c.absence,
        reason: `${who(a)} says “${noEvent[0].trim()}”, ${who(b)} reports them: “${b.claim.content}”.`,
        detector: "presence",
        evidence: null,
      };
    }
    const absence = absenceOf(a);
    if (!absence || absenceOf(b)) return null;
    // The place the denial names must be an entity the other claim names too.
    const places = a.aboutAt.filter((e) => e.at >= absence.placeFrom && e.at < absence.placeTo).map((e) => e.id);
    if (places.length === 0 || !places.some((p) => b.about.includes(p))) return null;
    // The other claim must put the same kind of people or things there, with the denial's names.
    const lower = b.claim.content.toLowerCase();
    const words = lower.split(/[^\p{L}'’-]+/u).filter(Boolean);
    const stem = contentStem(absence.head);
    // "no foreign fighters" is met by "foreign mercenaries had been fighting": who does a thing, by its verb.
    const agent = /[^e]er$/.test(stem) ? stem.slice(0, -2) : null;
    let at = words.findIndex((w) => contentStem(w) === stem);
    // By the verb, the denial's every modifier must be there: "no foreign fighters" is not met by the army fighting.
    if (at < 0 && agent !== null && absence.modifiers.every((n) => words.includes(n))) at = words.findIndex((w) => contentStem(w) === agent);
    if (at < 0 || !absence.names.every((n) => words.some((w) => w.replace(/['’]s$/, "") === n))) return null;
    // It must assert them there: no negation before the head ("no mercenaries were seen").
    const headAt = lower.indexOf(words[at]!);
    if (ASSERTION_NEGATION.test(b.claim.content.slice(0, headAt + words[at]!.length + 20)) || b.claim.polarity === "negative") return null;
    return {
      type: "CONTRADICTS",
      kind: "denial",
      confidence: c.absence,
      reason: `${who(a)} says “${absence.cue}”, ${who(b)} reports them there: “${b.claim.content}”.`,
      detector: "presence",
      evidence: null,
    };
  },
};
