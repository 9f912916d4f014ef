/*
 * denial-story: a denial or a dismissal against the claim that asserts what it rejects, within one
 * story. Without a judge the words match by stem only, which every row of the first table relies
 * on; the second gives a WordNet that knows eliminating (and destroying) as kinds of killing.
 */

import { denialStory } from "../../../../../server/src/nlp/relations/rules/denial-story";
import type { PairJudge } from "../../../../../server/src/nlp/relations/rule";
import { figure, relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const denial = (confidence = 0.65) => ({ type: "CONTRADICTS", kind: "denial", confidence, detector: "denial-story" });
const accused = relClaim({ content: "Tarn police killed at least 30 protesters during the election demonstrations", speakerText: "Rights Watch", outlet: "Coast Courier" });
const notCharged = relClaim({ content: "the court has not charged the Tarn mayor", speakerText: "his lawyer" });
const policeDenial = relClaim({ content: "reports that 30 protesters were killed during the election demonstrations", speakerText: "the police service", verb: "denied", denial: true });

const rows: RuleRow[] = [
  { name: "flag a denial of what another side reports", a: policeDenial, b: accused, expected: denial() },
  {
    name: "flag a dismissal ('are totally false') of what another side reports",
    a: relClaim({ content: "Reports on the use of tear gas at the Tarn stadium are totally false", speakerText: "the interior ministry" }),
    b: relClaim({ content: "Police fired tear gas at the Tarn stadium on Sunday", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "flag a short denial stated word for word",
    a: relClaim({ content: "attacking Tarn", speakerText: "the rebel command", verb: "denied", denial: true }),
    b: relClaim({ content: "Rebels were attacking Tarn from the hills overnight", speakerText: "the army", outlet: "Coast Courier" }),
    expected: denial(),
  },
  { name: "take its confidence from the options", a: policeDenial, b: accused, options: { confidences: { "denial-story": { denial: 0.8 } } }, expected: denial(0.8) },
  { name: "not link claims of two stories", a: policeDenial, b: relClaim({ content: accused.claim.content, speakerText: "Rights Watch", outlet: "Coast Courier", story: "sty-other" }), expected: null },
  {
    name: "not link when only names are shared",
    a: relClaim({ content: "Baku's allegations regarding the shelling of Tarn city", speakerText: "the ministry", verb: "denied", denial: true }),
    b: relClaim({ content: "Tarn city hosted talks with Baku envoys", speakerText: "the mayor", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not link a claim that only asks whether",
    a: policeDenial,
    b: relClaim({ content: "Rights Watch asked whether police killed 30 protesters during the election demonstrations", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not link a claim that negates it too",
    a: policeDenial,
    b: relClaim({ content: "No protesters were killed during the election demonstrations", speakerText: "the governor", outlet: "Coast Courier" }),
    expected: null,
  },
  { name: "not link a speaker's own claims", a: policeDenial, b: relClaim({ content: accused.claim.content, speakerText: "the police service" }), expected: null },
  {
    name: "flag reports called fabricated against what they report",
    a: relClaim({ content: "The interior ministry called reports that police fired tear gas at the Tarn stadium fabricated" }),
    b: relClaim({ content: "Police fired tear gas at the Tarn stadium on Sunday", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not take reports called anything but false for a dismissal",
    a: relClaim({ content: "The interior ministry called reports that police fired tear gas at the Tarn stadium worrying" }),
    b: relClaim({ content: "Police fired tear gas at the Tarn stadium on Sunday", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "flag a speaker's negated act against another side's report of it",
    a: relClaim({ content: "its soldiers did not fire on the marchers at the Tarn bridge", speakerText: "the army" }),
    b: relClaim({ content: "Soldiers fired on the marchers near the Tarn bridge", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not take what a speaker did not say for a denied act",
    a: relClaim({ content: "police did not report any marchers detained at the Tarn bridge", speakerText: "the mayor" }),
    b: relClaim({ content: "Police reported marchers detained at the Tarn bridge", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not take a negation in a relative clause about others for a denied act",
    a: relClaim({ content: "dozens more marchers that did not cross the Tarn bridge were turned back", speakerText: "the mayor" }),
    b: relClaim({ content: "Marchers crossed the Tarn bridge at noon", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not set a negated act against a guess at it",
    a: notCharged,
    b: relClaim({ content: "The court may have charged the Tarn mayor already", speakerText: "a local paper", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "flag a negated act against the act asserted as done",
    a: notCharged,
    b: relClaim({ content: "The court charged the Tarn mayor on Monday", speakerText: "prosecutors", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not take a negated figure for a denied act",
    a: relClaim({ content: "3,000 marchers did not join the protest at the Tarn bridge", speakerText: "the mayor", quantities: [figure("3,000 marchers did not join the protest at the Tarn bridge", "3,000", { low: 3000, high: 3000 })] }),
    b: relClaim({ content: "1,200 marchers joined the protest at the Tarn bridge", speakerText: "the organisers", outlet: "Coast Courier", quantities: [figure("1,200 marchers joined the protest at the Tarn bridge", "1,200", { low: 1200, high: 1200 })] }),
    expected: null,
  },
];

const KINDS: Record<string, string[]> = { killed: ["eliminated", "destroyed"], destroyed: ["burned"], person: ["rebels", "commanders"] };
const kinds: PairJudge = {
  judge: () => ({ label: "neutral", confidence: 0, probabilities: {} }),
  relate: (x, y) => (KINDS[x]?.includes(y) ? "general" : KINDS[y]?.includes(x) ? "specific" : null),
};
const raidDenial = relClaim({ content: "on Monday Valmora's claim that it killed many rebels in a raid, calling it a fiction", speakerText: "Tarn", verb: "rejected", denial: true });

rows.push(
  {
    name: "flag a speaker's own 'we did not' against the act reported of it",
    a: relClaim({ content: "We did not shell the hospital in Lesk", speakerText: "a Korvan army spokesman" }),
    b: relClaim({ content: "The Korvan army shelled the hospital in Lesk on Friday", speakerText: "doctors", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "flag 'had not carried out any strikes on' a place against a strike reported there",
    a: relClaim({ content: "it had not carried out any strikes on the hospital in Rusk", speakerText: "the military" }),
    b: relClaim({ content: "An air strike hit the main hospital in Rusk on Friday", speakerText: "the hospital director", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not hold 'it was not rated' against another thing rated",
    a: relClaim({ content: "It was not rated by Moody's Investors or Standard and Poor's at the time of the pricing", speakerText: "the underwriter" }),
    b: relClaim({ content: "the issue is rated Ba-3 by Moody's Investors and BB by Standard and Poor's", speakerText: null, outlet: "Coast Courier" }),
    expected: null,
  },
);

const judged: RuleRow[] = [
  {
    name: "flag a rejected claim dated before its wrapper against a kind of its act done to people",
    a: raidDenial,
    b: relClaim({ content: "Senior commanders were eliminated in the raid", speakerText: "the general", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not take a kind of the act done to a thing for the act done to people",
    a: raidDenial,
    b: relClaim({ content: "Jets destroyed the rebel depot in the raid", speakerText: "the general", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "flag a denied passive perfect against a kind of its act done to the same thing, placed by a phrase",
    a: relClaim({ content: "ballots in the Tarn district had been destroyed", speakerText: "the commission", verb: "refuted claims by the Unity Party that", denial: true }),
    b: relClaim({ content: "ballots from 300 polling stations in the Tarn district had been burned before counting", speakerText: "the Unity Party", outlet: "Coast Courier" }),
    expected: denial(),
  },
  {
    name: "not take a kind of the act done to another thing for the denied one",
    a: relClaim({ content: "ballots in the Tarn district had been destroyed", speakerText: "the commission", verb: "refuted claims by the Unity Party that", denial: true }),
    b: relClaim({ content: "tyres at 300 polling stations in the Tarn district had been burned before counting", speakerText: "the Unity Party", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not take a broader act for the denied one",
    a: relClaim({ content: "Valmora's claim that it eliminated many rebels in a raid", speakerText: "Tarn", verb: "rejected", denial: true }),
    b: relClaim({ content: "Senior commanders were killed in the raid", speakerText: "the general", outlet: "Coast Courier" }),
    expected: null,
  },
];

describe("denial-story", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(denialStory, a, b, options)).toEqual(expected);
  });
  it.each(judged)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(denialStory, a, b, options, kinds)).toEqual(expected);
  });
});
