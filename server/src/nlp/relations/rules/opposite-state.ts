/*
 * Opposite states of one thing: "the bridge is open" against "the bridge is closed", "voters stayed
 * away from the polls" against "a record turnout", said of a shared entity named near each cue,
 * within a month. A denial ("rejected claims that the strike had
 * ended") flips the states it rejects, so it meets the claim it denies here too (denial-state).
 */

import { AGREEMENTS, OPPOSITE, type StateFeature } from "../../claims/states";
import { countryByDemonym, countryByName } from "../../resources/countries";
import { effectiveStates } from "../asserted-states";
import { memo } from "../memo";
import type { RelClaim, RuleFamily } from "../rule";
import { distinctEvents, monthsBetween, oneEvent, sharedSpecific, STATE_WINDOW_MONTHS, weekdaysApart, who } from "../context";
import { contentWords } from "../words";
import { propositionStem } from "../../resources/lexicon";

/** Characters between an entity and a state cue for the state to count as said of it. */
const ANCHOR_DISTANCE = 80;

/**
 * "continued" and "ended" are too common to oppose without a denial or counter-claim. Neither are
 * evaluations ("achieved" vs "defeat"), which attach to anything in the sentence, nor movements
 * ("rose" vs "fell"): prices and rates move both ways from one report to the next.
 */
const NEEDS_DISPUTE = new Set(["end", "ongoing", "success", "failure", "increase", "decrease"]);

/** Keeping or breaking an agreement: the cue names the agreement ("violating the truce"), which anchors it. */
const KEEPING = new Set(["violated", "honoured"]);

/** The agreement a keeping cue names, one name for a truce's many: "violating the cease-fire" → truce. */
function agreementOf(f: StateFeature): string | null {
  const noun = f.cue.toLowerCase().split(/\s+/).pop()!;
  return AGREEMENTS[noun] ?? null;
}

/** The name in the few words before a cue, its subject's ("Tarvian units were violating"): null for "its units", "the army". */
function subjectName(content: string, f: StateFeature): string | null {
  const words = content.slice(Math.max(0, f.at - 50), f.at).split(/[\s“”"]+/).filter(Boolean).slice(-5);
  const names = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|It|Its|They|Their|He|She|We)$/.test(w));
  const last = names.pop();
  return last ? last.replace(/['’]s?$/, "").toLowerCase() : null;
}

/** Two cues dated to two days by a weekday right after each. */
function twoDays(a: RelClaim, x: StateFeature, b: RelClaim, y: StateFeature): boolean {
  return weekdaysApart(a, [x.at, x.at + x.cue.length + 40], b, [y.at, y.at + y.cue.length + 40]);
}

/** Classes whose cue names what it is about ("low turnout"): no shared word beside the cues is needed. */
const SELF_NAMED = new Set(["turnout-high", "turnout-low"]);
/** States of a person ("was released", "remains in detention"): the named person near both cues is what they are about. */
const OF_A_PERSON = new Set(["freed", "held"]);

/**
 * States a thing is in whatever its name: a structure's condition, a road's or a crossing's use.
 * Said of the same definite subject ("the dam was intact", "the dam had collapsed") in one event,
 * they need no named entity beside them.
 */
const OF_A_THING = new Set(["intact", "damaged", "open", "closed"]);
/** The definite subject right before a state cue, past its copula: "the dam was", "the main bridge has remained", "the port of Brenn was". */
const DEFINITE_SUBJECT = /\bthe\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,})(?:\s+(?:of|in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))?\s+(?:(?:is|was|are|were|has|had|have|been|being|remained|remains|stayed|stays)\s+){0,3}(?:\p{Ll}+ly\s+)?$/u;

function definiteSubject(content: string, f: StateFeature): string | null {
  const m = DEFINITE_SUBJECT.exec(content.slice(Math.max(0, f.at - 60), f.at));
  // "the port of Brenn" is not "the port of Tolm": the name it is of belongs to the subject.
  return m ? `${propositionStem(m[1]!)}${m[2] ? ` of ${m[2].toLowerCase()}` : ""}` : null;
}

/** Both cues said of one definite subject, by claims that name no two different things (oneEvent keeps this to a small story). */
function sameDefiniteSubject(a: RelClaim, x: StateFeature, b: RelClaim, y: StateFeature): boolean {
  if (!OF_A_THING.has(x.cls) || distinctEvents(a, b)) return false;
  const s = definiteSubject(a.claim.content, x);
  return s !== null && s === definiteSubject(b.claim.content, y);
}

const CUE_WINDOWS = new WeakMap<StateFeature, Set<string>>();

/** The country named or implied (a demonym) closest to a state cue, within a few words. */
function countryNear(content: string, f: StateFeature): string | null {
  const window = content.slice(Math.max(0, f.at - 60), f.at + f.cue.length + 40);
  const at = Math.min(60, f.at);
  let best: { name: string; d: number } | null = null;
  for (const m of window.matchAll(/\p{Lu}[\p{L}'’]+/gu)) {
    const word = m[0].replace(/['’]s$/, "");
    const c = countryByName(word) ?? countryByDemonym(word);
    const d = Math.abs(m.index! - at);
    if (c && (!best || d < best.d)) best = { name: c.name, d };
  }
  return best?.name ?? null;
}

function anchoredShared(a: RelClaim, x: StateFeature, b: RelClaim, y: StateFeature, shared: string[]): boolean {
  const near = (c: RelClaim, f: StateFeature, id: string) => c.aboutAt.some((m) => m.id === id && Math.abs(m.at - f.at) <= ANCHOR_DISTANCE);
  return shared.some((id) => near(a, x, id) && near(b, y, id));
}

/** Common nouns right around a cue (four words before, three after): what the state is about. */
function cueWindow(content: string, f: StateFeature): Set<string> {
  return memo(CUE_WINDOWS, f, () => {
    const before = content.slice(0, f.at).split(/\s+/).slice(-5).join(" ");
    const after = content.slice(f.at + f.cue.length).split(/\s+/).slice(0, 4).join(" ");
    const words = `${before} ${after}`.split(/[^\p{L}'’]+/u).filter((w) => /^\p{Ll}/u.test(w));
    return contentWords(words.join(" "));
  });
}

function sharesCueContext(ca: string, x: StateFeature, cb: string, y: StateFeature): boolean {
  const wa = cueWindow(ca, x);
  const wb = cueWindow(cb, y);
  return [...wa].some((w) => wb.has(w));
}

export const oppositeState: RuleFamily<"opposite" | "denial"> = {
  id: "opposite-state",
  stage: "pairs",
  symmetric: true,
  // A denial says outright that the other claim is false; two opposite states may be two moments.
  confidences: { opposite: 0.6, denial: 0.75 },
  detect(a, b, { confidences: c }) {
    if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
    if (a.story !== b.story || monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS || !oneEvent(a, b)) return null;
    const shared = sharedSpecific(a, b);
    // A country's turnout is said of the country: it may be the thing both name (in a small story:
    // oneEvent above wants a specific entity in a saga).
    const countries = shared.length === 0 ? a.about.filter((e) => a.countries.has(e) && b.about.includes(e)) : [];
    const sa = effectiveStates(a);
    const sb = effectiveStates(b);
    const ca = new Set(sa.map((f) => f.cls));
    const cb = new Set(sb.map((f) => f.cls));
    for (const x of sa) {
      for (const y of sb) {
        if (OPPOSITE[x.cls] !== y.cls) continue;
        // A claim that says both tells a change or a clash ("closed down but reopened", "pushed back
        // by militants advancing"): neither state is its answer to the other claim.
        if (ca.has(y.cls) || cb.has(x.cls)) continue;
        // One agreement kept and broken, in one event, by claims that name no two countries near it:
        // "Armenia is violating the cease-fire" against "the army is observing the ceasefire".
        const keeping = KEEPING.has(x.cls) && agreementOf(x) !== null && agreementOf(x) === agreementOf(y);
        if (KEEPING.has(x.cls) && !keeping) continue;
        // "Sylvanian militias were violating it" and "Tarvian units were observing it": two sides, no dispute.
        const [sxa, syb] = [subjectName(a.claim.content, x), subjectName(b.claim.content, y)];
        if (keeping && sxa && syb && sxa !== syb) continue;
        // Both states must be said of a shared entity named near the cue, not somewhere in the sentence.
        const definite = sameDefiniteSubject(a, x, b, y);
        if (!keeping && !anchoredShared(a, x, b, y, shared.length > 0 ? shared : SELF_NAMED.has(x.cls) ? countries : []) && !definite) continue;
        // "Ecuador's pipeline was damaged" and "Colombian installations were not damaged" are two countries' things.
        const [na, nb] = [countryNear(a.claim.content, x), countryNear(b.claim.content, y)];
        if (na && nb && na !== nb) continue;
        const denial = a.denial || b.denial;
        // "reopened on Wednesday" and "was closed on Thursday": two moments of one thing, not two accounts.
        if (!denial && twoDays(a, x, b, y)) continue;
        if (NEEDS_DISPUTE.has(x.cls) && !(denial || a.counter || b.counter)) continue;
        // Without a denial, the two cues must be about the same thing: a shared word next to each cue.
        if (!denial && !SELF_NAMED.has(x.cls) && !OF_A_PERSON.has(x.cls) && !keeping && !definite && !sharesCueContext(a.claim.content, x, b.claim.content, y)) continue;
        const [denier, asserter] = a.denial ? [a, b] : [b, a];
        return {
          type: "CONTRADICTS",
          kind: denial ? "denial" : "opposite",
          confidence: denial ? c.denial : c.opposite,
          reason: denial
            ? `${who(denier)} rejects what ${who(asserter)} asserts: “${asserter.claim.content}” vs “${denier.claim.content}”.`
            : `Opposite states: ${who(a)} says “${x.cue}”, ${who(b)} says “${y.cue}” about the same subject.`,
          detector: denial ? "denial-state" : "opposite-state",
          evidence: null,
        };
      }
    }
    return null;
  },
};
