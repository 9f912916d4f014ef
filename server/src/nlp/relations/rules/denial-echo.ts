/*
 * Two denials of one thing from two outlets echo each other: "Valmora denied reports that the army
 * had used tear gas" and "Valmora has rejected allegations that it used tear gas"; "denied
 * allegations regarding the shelling of Port Selin" and "denied attacking Port Selin". The
 * denied words are matched as denial-story matches them (stems, the act by WordNet synonym or kind),
 * within one event.
 */

import type { PairJudge, RelClaim, RuleFamily } from "../rule";
import { monthsBetween, oneEvent, sameOutlet, STATE_WINDOW_MONTHS, who } from "../context";
import { claimPropositionWords } from "../words";
import { propositionStem } from "../../resources/lexicon";
import { actsOf, actStated, deniedOf } from "./denial-story";
import { memo } from "../memo";

/** Share of the shorter denial's words the other must deny too, and the least number. */
const MIN_SHARE = 1 / 2;
const MIN_WORDS = 2;

/**
 * A participial aside after a comma ("…, describing the reports as untrue", "…, pointing out that
 * …") is the denier's comment, not what is denied: two denials of one act differ in their comments.
 */
const ASIDE = /,\s*\p{L}{3,}ing\b/u;

const DENIED_HERE = new WeakMap<RelClaim, ReturnType<typeof deniedOf>>();

/** The denied words that stand before the first aside. */
function deniedBeforeAside(c: RelClaim): ReturnType<typeof deniedOf> {
  return memo(DENIED_HERE, c, () => {
    const words = deniedOf(c);
    const aside = ASIDE.exec(c.claim.content);
    if (!words || !aside) return words;
    const head = c.claim.content.slice(0, aside.index).toLowerCase();
    return words.filter((w) => new RegExp(`(?<!\\p{L})${w.word}(?!\\p{L})`, "u").test(head));
  });
}

/**
 * Whether two acts are one by kind: gerunds are nouns of acts, so "attacking" stands for "bombing"
 * as "attack" does. Between finite verbs WordNet's hierarchy is too wide (denial-story.ts).
 */
function gerundKind(short: RelClaim, rawLong: string[], judge?: PairJudge): boolean {
  if (!judge?.relate) return false;
  const acts = actsOf(short).filter((w) => /ing$/.test(w));
  return acts.some((act) => rawLong.some((x) => /ing$/.test(x) && ["same", "general", "specific"].includes(judge.relate!(act, x) ?? "")));
}

export const denialEcho: RuleFamily<"echo"> = {
  id: "denial-echo",
  stage: "pairs",
  symmetric: true,
  confidences: { echo: 0.6 },
  detect(a, b, { confidences: c, judge }) {
    if (!a.denial || !b.denial || a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS || !oneEvent(a, b, true)) return null;
    const [da, db] = [deniedBeforeAside(a), deniedBeforeAside(b)];
    if (!da || !db) return null;
    const [short, long, ls] = da.length <= db.length ? [da, b, db] : [db, a, da];
    if (short.length < MIN_WORDS) return null;
    const longWords = new Set(ls.map((w) => propositionStem(w.word)));
    const rawLong = ls.map((w) => w.word);
    const shortClaim = short === da ? a : b;
    const kindOfAct = gerundKind(shortClaim, rawLong, judge);
    const shared = short.filter((w) => longWords.has(propositionStem(w.word)) || (w.predicate && (actStated(w.word, longWords, rawLong, judge) || kindOfAct)));
    if (shared.length < MIN_WORDS || shared.length < MIN_SHARE * short.length) return null;
    // Both must deny one act: the main verb of one stated in the other.
    const acts = actsOf(shortClaim);
    if (acts.length > 0 && !actStated(acts[0]!, claimPropositionWords(long), rawLong, judge) && !kindOfAct) return null;
    return {
      type: "SUPPORTS",
      kind: "echo",
      confidence: c.echo,
      reason: `${who(a)} and ${who(b)} deny the same thing (${shared.map((w) => w.word).join(", ")}): “${a.claim.content}” and “${b.claim.content}”.`,
      detector: "denial-echo",
      evidence: null,
    };
  },
};
