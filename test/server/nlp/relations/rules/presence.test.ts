/*
 * presence: a source saying there were none of some people or things in a named place, against
 * another source putting them there; a gathering said not to take place at all against a report of
 * one. Invented places and forces throughout.
 */

import { presence } from "../../../../../server/src/nlp/relations/rules/presence";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const found = (confidence: number) => ({ type: "CONTRADICTS", kind: "denial", confidence, detector: "presence" });

const none = relClaim({ content: "there were no Redline mercenaries in the Dovo area", speakerText: "the defence ministry", about: ["Dovo"] });
const report = (content: string, about = ["Dovo"]) => relClaim({ content, speakerText: "villagers", outlet: "Coast Courier", about });

const rows: RuleRow[] = [
  { name: "flag none said present against a report of them there", a: none, b: report("mercenaries from the Redline company were fighting alongside the army near Dovo"), expected: found(0.65) },
  { name: "flag it the other way round", a: report("mercenaries from the Redline company were fighting alongside the army near Dovo"), b: none, expected: found(0.65) },
  {
    name: "flag a headline's absence against a count of them there",
    a: relClaim({ content: "No foreign troops near Tarsk", speakerText: null, verb: null, about: ["Tarsk"] }),
    b: report("About 2,000 foreign troops arrived in Tarsk on Monday", ["Tarsk"]),
    expected: found(0.65),
  },
  {
    name: "flag 'has no soldiers in' against soldiers reported there",
    a: relClaim({ content: "the army has no soldiers in Kelvar", speakerText: "a spokesman", about: ["Kelvar"] }),
    b: report("soldiers were seen patrolling the main square of Kelvar", ["Kelvar"]),
    expected: found(0.65),
  },
  {
    name: "flag a gathering said not to take place at all against a report of one, in a small story",
    a: relClaim({ content: "there are no demonstrations happening", speakerText: "the minister" }),
    b: report("police fired tear gas at protesters who marched through the capital", []),
    expected: found(0.65),
  },
  {
    name: "not flag a gathering said not to take place against a report that none took place",
    a: relClaim({ content: "there are no demonstrations happening", speakerText: "the minister" }),
    b: report("no protesters marched through the capital", []),
    expected: null,
  },
  {
    name: "not flag a gathering denied in a large story",
    a: relClaim({ content: "there are no demonstrations happening", speakerText: "the minister", storySize: 30 }),
    b: relClaim({ content: "protests erupted in the capital", speakerText: "villagers", outlet: "Coast Courier", storySize: 30 }),
    expected: null,
  },
  {
    name: "flag 'no foreign fighters anywhere near' a place against foreign mercenaries fighting there",
    a: relClaim({ content: "There are no foreign fighters anywhere near Dovo", speakerText: "the minister", about: ["Dovo"] }),
    b: report("foreign mercenaries had been fighting alongside the army near Dovo"),
    expected: found(0.65),
  },
  {
    name: "not flag 'no foreign fighters' against the army fighting there",
    a: relClaim({ content: "There are no foreign fighters anywhere near Dovo", speakerText: "the minister", about: ["Dovo"] }),
    b: report("army units were fighting near Dovo"),
    expected: null,
  },
  {
    name: "flag 'no troops had crossed the border into' a place against troops reported crossing into it",
    a: relClaim({ content: "no Redline troops had crossed the border into Dovo", speakerText: "the ministry", about: ["Dovo"] }),
    b: report("about 3,000 Redline troops crossed the border into Dovo overnight"),
    expected: found(0.65),
  },
  { name: "not flag a report of others there", a: none, b: report("army units were fighting near Dovo"), expected: null },
  { name: "not flag a report without the name the denial puts on them", a: none, b: report("mercenaries were fighting alongside the army near Dovo"), expected: null },
  { name: "not flag a report of them in another place", a: none, b: report("mercenaries from the Redline company were fighting near Marsk", ["Marsk"]), expected: null },
  { name: "not flag a report that also says none were seen", a: none, b: report("villagers had not seen Redline mercenaries near Dovo"), expected: null },
  {
    name: "not read 'no longer' as an absence",
    a: relClaim({ content: "there were no longer protests in Kelvar", speakerText: "the mayor", about: ["Kelvar"] }),
    b: report("protests were held in Kelvar on Sunday", ["Kelvar"]),
    expected: null,
  },
  {
    name: "not read 'no details of' as an absence",
    a: relClaim({ content: "It gave no details of ice conditions at the harbour of Kelvar", speakerText: null, verb: null, about: ["Kelvar"] }),
    b: report("icy conditions at the ports of Marsk and Kelvar had eased", ["Kelvar", "Marsk"]),
    expected: null,
  },
  {
    name: "not read an absence of a kind of them as an absence of all",
    a: relClaim({ content: "there are no doctors in Kelvar that can diagnose the disease", speakerText: "the ministry", about: ["Kelvar"] }),
    b: report("doctors in Kelvar were executed by the militia", ["Kelvar"]),
    expected: null,
  },
  {
    name: "not read 'no idea how' as an absence",
    a: relClaim({ content: "he had no idea how fighters in Kelvar got his truck", speakerText: "the owner", about: ["Kelvar"] }),
    b: report("many fighters are in Kelvar", ["Kelvar"]),
    expected: null,
  },
  {
    name: "not flag one source with itself",
    a: none,
    b: relClaim({ content: "Redline mercenaries were fighting near Dovo", speakerText: "the defence ministry", outlet: "Coast Courier", about: ["Dovo"] }),
    expected: null,
  },
  {
    name: "take an overridden confidence",
    a: none,
    b: report("mercenaries from the Redline company were fighting alongside the army near Dovo"),
    options: { confidences: { presence: { absence: 0.5 } } },
    expected: found(0.5),
  },
];

describe("presence", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(presence, a, b, options)).toEqual(expected);
  });
});
