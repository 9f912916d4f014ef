/*
 * Two denials of one thing from two outlets echo each other: "Valmora denied reports that the army
 * had used tear gas" and "Valmora has rejected allegations that it used tear gas"; "denied
 * allegations regarding the shelling of Port Selin" and "denied attacking Port Selin". The
 * denied words are matched as denial-story matches them (stems, the act by WordNet synonym or kind),
 * within one event.
 */

import type { RuleFamily } from "../rule";
import { monthsBetween, oneEvent, sameOutlet, STATE_WINDOW_MONTHS, who } from "../context";
import { claimPropositionWords } from "../words";
import { propositionStem } from "../../resources/lexicon";
import { actsOf, actStated, deniedOf } from "./denial-story";

/** Share of the shorter denial's words the other must deny too, and the least number. */
const MIN_SHARE = 1 / 2;
const MIN_WORDS = 2;

export const denialEcho: RuleFamily<"echo"> = {
  id: "denial-echo",
  stage: "pairs",
  symmetric: true,
  confidences: { echo: 0.6 },
  detect(a, b, { confidences: c, judge }) {
    if (!a.denial || !b.denial || a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS || !oneEvent(a, b, true)) return null;
    const [da, db] = [deniedOf(a), deniedOf(b)];
    if (!da || !db) return null;
    const [short, long, ls] = da.length <= db.length ? [da, b, db] : [db, a, da];
    if (short.length < MIN_WORDS) return null;
    const longWords = new Set(ls.map((w) => propositionStem(w.word)));
    const rawLong = ls.map((w) => w.word);
    const shared = short.filter((w) => longWords.has(propositionStem(w.word)) || (w.predicate && actStated(w.word, longWords, rawLong, judge)));
    if (shared.length < MIN_WORDS || shared.length < MIN_SHARE * short.length) return null;
    // Both must deny one act: the main verb of one stated in the other.
    const acts = actsOf(short === da ? a : b);
    if (acts.length > 0 && !actStated(acts[0]!, claimPropositionWords(long), rawLong, judge)) return null;
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
