/*
 * The relation rule families, in the order arbitration breaks ties by (arbitrate.ts). Adding a rule
 * is one file in rules/, one line here and one table test (docs/adding-a-relation-rule.md).
 */

import type { RelationOptions } from "./detect";
import type { Finding, PairJudge, RelClaim, RuleContext, RuleFamily } from "./rule";
import { counterClaim } from "./rules/counter-claim";
import { denialProposition } from "./rules/denial-proposition";
import { denialStory } from "./rules/denial-story";
import { denialEcho } from "./rules/denial-echo";
import { eventTime } from "./rules/event-time";
import { echoFigure } from "./rules/echo-figure";
import { echoOverlap } from "./rules/echo-overlap";
import { echoVerbatim } from "./rules/echo-verbatim";
import { judgeFamily } from "./rules/judge";
import { negatedPredicate } from "./rules/negated-predicate";
import { numericFrame } from "./rules/numeric-frame";
import { oppositeState } from "./rules/opposite-state";
import { presence } from "./rules/presence";
import { responsibility } from "./rules/responsibility";

export const RULE_FAMILIES: readonly RuleFamily[] = [
  echoVerbatim,
  counterClaim,
  numericFrame,
  oppositeState,
  denialProposition,
  denialStory,
  denialEcho,
  eventTime,
  echoOverlap,
  responsibility,
  presence,
  negatedPredicate,
  echoFigure,
  judgeFamily,
];

/** Every family's default confidences, by family id: the defaults of RelationOptions.confidences. */
export function defaultConfidences(): Record<string, Record<string, number>> {
  return Object.fromEntries(RULE_FAMILIES.map((f) => [f.id, { ...f.confidences }]));
}

/** A family's context for one run: its defaults under the run's confidences for it. */
export function ruleContext(family: RuleFamily, options: RelationOptions, judge?: PairJudge): RuleContext {
  return { options, confidences: { ...family.confidences, ...options.confidences?.[family.id] }, ...(judge ? { judge } : {}) };
}

/**
 * What one family finds about a pair: detect(a, b), and detect(b, a) too unless it is symmetric,
 * pushed onto `out` (the relation stage passes one array for all families of a pair: this runs
 * millions of times).
 */
export function findingsOf(family: RuleFamily, a: RelClaim, b: RelClaim, ctx: RuleContext, out: Finding[] = []): Finding[] {
  const ab = family.detect(a, b, ctx);
  if (ab) out.push(ab);
  if (family.symmetric) return out;
  const ba = family.detect(b, a, ctx);
  if (ba) out.push(ba);
  return out;
}
