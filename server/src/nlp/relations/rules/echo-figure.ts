/*
 * The same figure in other words: two outlets of one small story that give one distinctive figure
 * ("10.7 percent", "1,284", or "$45,000" beside a word they share) where frames could not say
 * what it counts ("a 10.7 percent rise" and "prices rose 10.7 percent"; "initially put at 58" and
 * "killed 58 people"), or one figure rounded from the other ("41 percent" and "41.26%", "more than
 * 1,200" and 1,237). Refuses
 * round figures ("70 percent", "2,000"), figures of two known different measures, places, periods
 * or kinds (a part, a change, a forecast), negated ones, and sagas, where one number recurs across
 * events. Figures whose frames agree on a count of an event are numeric-frame's to compare.
 */

import type { Quantity } from "../../../../../graph-schema";
import type { RelClaim, RuleFamily } from "../rule";
import { sameOutlet, SMALL_STORY_DOCS, who } from "../context";
import { inWords, interval } from "../intervals";
import { memo } from "../memo";
import { contentWords } from "../words";
import MEASURES from "../../resources/measures.json";

/** Measures of the WordNet vocabulary: two different ones are two counts ("769 dead", "769 hurt"). */
const EVENT_MEASURES = new Set(Object.keys(MEASURES.measures));

/**
 * Significant digits a figure needs to be recognised alone: three make a coincidence within one
 * story rare ("1,284", "10.7"); two ("58", "45,000") need a word beside both figures as well.
 */
const DISTINCT_DIGITS = 3;
const PAIRED_DIGITS = 2;
/** Two-digit figures under this are counts of everything ("12 people", "15 percent"). */
const PAIRED_MIN = 20;
/** Words either side of a figure that say what it is ("of teachers", "fines of"). */
const WINDOW_WORDS = 6;
/** Words beside a figure that say nothing about what it counts. */
const FIGURE_WORDS = new Set(["percent", "per", "cent", "pct", "million", "billion", "thousand", "about", "some", "around", "nearly", "almost", "more", "than", "least", "over", "just", "only"]);

/** A figure as written: its value, the step of its last significant digit, and how many it has. */
interface Written {
  value: number;
  step: number;
  digits: number;
  /** Content words within a few words either side of it. */
  window: Set<string>;
}

const WRITTEN = new WeakMap<Quantity, Written | null>();

function written(c: RelClaim, q: Quantity): Written | null {
  return memo(WRITTEN, q, () => readWritten(c, q));
}

function readWritten(c: RelClaim, q: Quantity): Written | null {
  if (inWords(q) || q.qualifier === "range" || q.low === null) return null;
  const number = /\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0];
  if (!number) return null;
  const value = q.qualifier === "about" && q.high !== null ? (q.low + q.high) / 2 : q.qualifier === "under" || q.qualifier === "up to" ? q.high : q.low;
  const written = Number(number.replace(/,/g, ""));
  if (value === null || !(written > 0)) return null;
  // "8.1 million": the words multiply what the digits say.
  const scale = value / written;
  const [whole = "", frac = ""] = number.replace(/,/g, "").split(".");
  const zeros = frac ? 0 : (/0+$/.exec(whole)?.[0].length ?? 0);
  const significant = `${whole}${frac}`.replace(/^0+/, "").slice(0, frac ? undefined : whole.length - zeros);
  const step = (frac ? 10 ** -frac.length : 10 ** zeros) * scale;
  const before = c.claim.text.slice(0, Math.max(0, q.start - c.claim.start)).trim().split(/\s+/).slice(-WINDOW_WORDS).join(" ");
  const after = c.claim.text.slice(Math.max(0, q.end - c.claim.start)).trim().split(/\s+/).slice(0, WINDOW_WORDS).join(" ");
  const window = new Set([...contentWords(`${before} ${after}`)].filter((w) => !FIGURE_WORDS.has(w) && !/\d/.test(w)));
  return { value, step, digits: significant.length, window };
}

/** The coarser figure is the finer one rounded to its last digit ("41" and "41.26"; "1,284" and "1,284"). */
function roundsTo(x: Written, y: Written): Written | null {
  const [coarse, fine] = x.step >= y.step ? [x, y] : [y, x];
  const rounded = Math.round(fine.value / coarse.step) * coarse.step;
  return Math.abs(rounded - coarse.value) < coarse.step / 1000 ? coarse : null;
}

/** What a figure allows: an exact one what rounds to it, a bound or "about" its interval. */
function allowed(q: Quantity, w: Written): [number, number] {
  if (q.qualifier === "exact") return [w.value - w.step / 2, w.value + w.step / 2];
  return [q.low ?? 0, q.high ?? Number.POSITIVE_INFINITY];
}

/** "More than 1,200" and 1,187 round alike but disagree: a bound must hold the other figure. */
function compatible(p: Quantity, wp: Written, q: Quantity, wq: Written): boolean {
  const [[pl, ph], [ql, qh]] = [allowed(p, wp), allowed(q, wq)];
  return pl <= qh && ql <= ph;
}

/** Kinds of figure that are told apart: a share, a sum of money, a count. */
function unitKind(q: Quantity): string {
  return q.measure === "percent" || q.measure === "money" ? q.measure : "count";
}

/** Two frames that say the figures are of two things, two places, two periods or two kinds. */
function framesApart(p: Quantity, q: Quantity): boolean {
  const [f, g] = [p.frame, q.frame];
  if (!f || !g) return false;
  if (f.negated || g.negated || f.partial !== g.partial || f.change !== g.change || f.forecast !== g.forecast) return true;
  if (known(f.measure) && known(g.measure) && f.measure !== g.measure) return true;
  const differ = (x: string | null, y: string | null) => x !== null && y !== null && x !== y;
  return differ(f.scope, g.scope) || differ(f.place, g.place) || differ(f.period, g.period);
}

/** Frames that already say both figures count one event: numeric-frame compares those. */
function framesAgree(p: Quantity, q: Quantity): boolean {
  const m = p.frame?.measure ?? null;
  return m !== null && known(m) && m === (q.frame?.measure ?? null);
}

function known(measure: string | null): boolean {
  return measure !== null && EVENT_MEASURES.has(measure.replace(/^percent:/, ""));
}

export const echoFigure: RuleFamily<"figure" | "rounded"> = {
  id: "echo-figure",
  stage: "pairs",
  symmetric: true,
  confidences: { figure: 0.6, rounded: 0.55 },
  detect(a, b, { confidences: c }) {
    if (a.story !== b.story || a.storySize > SMALL_STORY_DOCS || a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
    if (a.claim.polarity !== b.claim.polarity) return null;
    for (const p of a.claim.quantities) {
      const wp = written(a, p);
      if (!wp || wp.digits < PAIRED_DIGITS) continue;
      for (const q of b.claim.quantities) {
        const wq = written(b, q);
        if (!wq || wq.digits < PAIRED_DIGITS || unitKind(p) !== unitKind(q) || framesAgree(p, q) || framesApart(p, q)) continue;
        const coarse = roundsTo(wp, wq);
        if (!coarse || !compatible(p, wp, q, wq) || (coarse.digits < DISTINCT_DIGITS && (coarse.value < PAIRED_MIN || ![...wp.window].some((w) => wq.window.has(w))))) continue;
        const same = wp.value === wq.value;
        return {
          type: "SUPPORTS",
          kind: "echo",
          confidence: same ? c.figure : c.rounded,
          reason: `${same ? "The same figure" : "One figure rounded from the other"}: ${interval(p)} from ${who(a)} and ${interval(q)} from ${who(b)}.`,
          detector: "echo-figure",
          evidence: [p, q],
        };
      }
    }
    return null;
  },
};
