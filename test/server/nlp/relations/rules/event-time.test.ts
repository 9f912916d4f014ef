/*
 * event-time: the start of one thing by the clock, from two outlets.
 */

import { eventTime } from "../../../../../server/src/nlp/relations/rules/event-time";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const said = (content: string, outlet = "Daily Ledger") => relClaim({ content, outlet });
const found = (type: "CONTRADICTS" | "SUPPORTS") => ({ type, kind: type === "SUPPORTS" ? "echo" : "numeric", confidence: 0.6, detector: "event-time" });

const rows: RuleRow[] = [
  { name: "support noon and 12 p.m. for one ceasefire", a: said("The ceasefire took effect at noon on Saturday"), b: said("The cease-fire came into force at 12 p.m. local time on Saturday", "Coast Courier"), expected: found("SUPPORTS") },
  { name: "support noon and 12:00", a: said("The curfew took effect at noon"), b: said("The curfew that was planned to come into force 12:00", "Coast Courier"), expected: found("SUPPORTS") },
  { name: "flag midnight against noon", a: said("A ceasefire agreement had been reached, starting at midnight"), b: said("The ceasefire took effect at noon on Saturday", "Coast Courier"), expected: found("CONTRADICTS") },
  { name: "not compare the starts of two things", a: said("The curfew took effect at noon"), b: said("The ceasefire took effect at midnight", "Coast Courier"), expected: null },
  { name: "not compare starts on two weekdays", a: said("The ceasefire took effect at noon on Saturday"), b: said("The ceasefire took effect at midnight on Monday", "Coast Courier"), expected: null },
  { name: "not read a bare hour as a clock time", a: said("The ceasefire took effect at noon"), b: said("The ceasefire started in 12 districts", "Coast Courier"), expected: null },
  { name: "not compare two claims of one outlet", a: said("The ceasefire took effect at noon"), b: said("The ceasefire took effect at midnight"), expected: null },
];

describe("event-time", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(eventTime, a, b, options)).toEqual(expected);
  });
});
