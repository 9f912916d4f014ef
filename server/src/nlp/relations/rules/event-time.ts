/*
 * When a thing took effect, by the clock: "the ceasefire took effect at noon on Saturday" and "came
 * into force at 12 p.m. local time" agree; "starting at midnight" and "took effect at noon" do not.
 * Two claims of one event that name the start of one thing (a shared noun: ceasefire, curfew,
 * agreement) at a time of day are compared as times; a different weekday makes them two moments.
 */

import type { RelClaim, RuleFamily } from "../rule";
import { monthsBetween, oneEvent, sameOutlet, STATE_WINDOW_MONTHS, who } from "../context";
import { contentWords } from "../words";
import { memo } from "../memo";

/** A start and the clock time after it: "took effect at noon", "came into force at 12 p.m.", "starting at midnight". */
const START = /\b(?:took|take|takes|taking|went|go|goes|going|came|come|comes|coming)\s+(?:into\s+)?(?:effect|force)|\b(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un)|effective)\b/gi;
const CLOCK = /^\s*(?:\p{L}+\s+){0,2}?(?:at|from)?\s*(noon|midday|midnight|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d{2})/iu;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

interface Start {
  minutes: number;
  text: string;
}

const STARTS = new WeakMap<RelClaim, Start | null>();

function startOf(c: RelClaim): Start | null {
  return memo(STARTS, c, () => {
    const text = c.claim.content;
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const t = CLOCK.exec(after);
      if (!t) continue;
      const word = t[1]!.toLowerCase();
      let minutes: number | null = null;
      if (word === "noon" || word === "midday") minutes = 12 * 60;
      else if (word === "midnight") minutes = 0;
      else {
        const clock = /^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/i.exec(word);
        if (clock) {
          let h = Number(clock[1]);
          const suffix = clock[3]?.toLowerCase().replace(/\./g, "");
          // A bare hour is a clock time only with minutes or a.m./p.m. ("12:00", "12 p.m.").
          if (!clock[2] && !suffix) continue;
          if (suffix === "pm" && h < 12) h += 12;
          if (suffix === "am" && h === 12) h = 0;
          if (h <= 24) minutes = (h % 24) * 60 + Number(clock[2] ?? 0);
        }
      }
      if (minutes !== null) return { minutes, text: `${m[0]}${after.slice(0, t.index + t[0].length)}`.trim() };
    }
    return null;
  });
}

/** The thing that starts must be one: a content word both name ("ceasefire", hyphens aside). */
function sameThing(a: RelClaim, b: RelClaim): boolean {
  const wa = contentWords(a.claim.content.replace(/[-‐]/g, ""));
  const wb = contentWords(b.claim.content.replace(/[-‐]/g, ""));
  return [...wa].some((w) => wb.has(w) && /^\p{L}{5,}$/u.test(w) && !/^(?:effect|force|start|saturday|sunday|monday|tuesday|wednesday|thursday|friday|local|time)/.test(w));
}

export const eventTime: RuleFamily<"conflict" | "support"> = {
  id: "event-time",
  stage: "pairs",
  symmetric: true,
  confidences: { conflict: 0.6, support: 0.6 },
  detect(a, b, { confidences: c }) {
    if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS || !oneEvent(a, b)) return null;
    const [sa, sb] = [startOf(a), startOf(b)];
    if (!sa || !sb || !sameThing(a, b)) return null;
    const [da, db] = [WEEKDAY.exec(a.claim.content)?.[1]?.toLowerCase(), WEEKDAY.exec(b.claim.content)?.[1]?.toLowerCase()];
    if (da && db && da !== db) return null;
    const same = sa.minutes === sb.minutes;
    return {
      type: same ? "SUPPORTS" : "CONTRADICTS",
      kind: same ? "echo" : "numeric",
      confidence: same ? c.support : c.conflict,
      reason: `${same ? "Same" : "Different"} start time: ${who(a)} says “${sa.text}”, ${who(b)} says “${sb.text}”.`,
      detector: "event-time",
      evidence: null,
    };
  },
};
