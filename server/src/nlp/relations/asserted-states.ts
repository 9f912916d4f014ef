/*
 * How a claim frames what it says: a denial turns the states it rejects around, a forecast speaks
 * of the future. Rules compare claims as framed, not as worded.
 */

import { OPPOSITE, type StateFeature } from "../claims/states";
import { FORECAST } from "../resources/lexicon";
import { memo } from "./memo";
import type { RelClaim } from "./rule";

const FORECASTS = new WeakMap<RelClaim, boolean>();

/** The states a claim asserts: a denial's rejected states turned to their opposites. */
export function effectiveStates(c: RelClaim): StateFeature[] {
  if (!c.denial) return c.states;
  // A denial negates what it rejects; a trailing "insisting/saying P" or "and said that P" is asserted as it stands.
  const tail = /,\s*(?:insisting|saying|adding|stressing|noting|arguing)\b|\s+and\s+(?:said|added|insisted|stressed|noted|argued)\b/i.exec(c.claim.content);
  // Subordinate clauses after the denied proposition (", as confusion continues") are not denied.
  const aside = /,\s*(?:as|while|which|who|whose|when|although|though|amid)\b|,\s*\p{Ll}+ed\s+(?:to|by|in|as|at)\b|\s+to\s+coincide\b|;/iu.exec(c.claim.content);
  const asideAt = aside && (!tail || aside.index < tail.index) ? aside.index : Infinity;
  return c.states
    .filter((s) => s.at < asideAt)
    .map((s) => (tail && s.at > tail.index ? s : { ...s, cls: OPPOSITE[s.cls], negated: !s.negated }));
}

/** Future, conditional and forecast wording: two forecasts that differ are two opinions, not a conflict. */
export function isForecast(c: RelClaim): boolean {
  return memo(FORECASTS, c, () => FORECAST.test(c.claim.content));
}
