/*
 * responsibility: a party cleared against the same party blamed, the crowd blamed against those in
 * charge or a crime, two countries blamed for breaking one truce, and one harm blamed on two
 * parties. Invented events throughout.
 */

import { responsibility } from "../../../../../server/src/nlp/relations/rules/responsibility";
import { relClaim, verdict, type RuleRow } from "../../../../helpers/relclaim";

const found = (kind: "denial" | "opposite", confidence: number) => ({ type: "CONTRADICTS", kind, confidence, detector: "responsibility" });

const armyDenial = relClaim({ content: "reports that the army had shelled the border post", speakerText: "Peru", verb: "denied", denial: true });
const armyBlamed = relClaim({ content: "Peruvian forces carried out the attack on the border post", speakerText: "the monitors", outlet: "Coast Courier" });
const fansBlamed = relClaim({ content: "If the fans had followed the stewards, the crush could have been avoided", speakerText: "the club chairman" });
const crime = relClaim({ content: "This was a crime and the stadium owners knew it", speakerText: "a lawyer for the families", outlet: "Coast Courier" });
const chileBreaks = relClaim({ content: "Chilean troops broke the truce overnight near the river", speakerText: "the Bolivian defence ministry" });

const rows: RuleRow[] = [
  { name: "flag a side's denial against a source saying its forces did it", a: armyDenial, b: armyBlamed, expected: found("denial", 0.6) },
  {
    name: "flag an absolution against a failing of those in charge",
    a: relClaim({ content: "The organisers are not responsible for the collapse of the stand", speakerText: "the league" }),
    b: relClaim({ content: "Inadequate security at the gates caused the collapse of the stand", speakerText: "survivors", outlet: "Coast Courier" }),
    expected: found("denial", 0.6),
  },
  { name: "flag the crowd blamed against a crime", a: fansBlamed, b: crime, expected: found("opposite", 0.55) },
  {
    name: "flag the crowd blamed against a country accused",
    a: relClaim({ content: "A minister blamed the passengers themselves, saying they had ignored the crew", speakerText: null, verb: null }),
    b: relClaim({ content: "Norway accused Sweden of negligence over the sinking", speakerText: null, verb: null, outlet: "Coast Courier" }),
    expected: found("opposite", 0.55),
  },
  { name: "flag two countries blamed for breaking one truce", a: chileBreaks, b: relClaim({ content: "Bolivia is violating the ceasefire agreed on Friday", speakerText: "the Chilean army", outlet: "Coast Courier" }), expected: found("opposite", 0.55) },
  {
    name: "flag a capital named for its government as a truce breaker",
    a: relClaim({ content: "Shelling goes on as Lima is ignoring the agreement on cessation of hostilities", speakerText: null, verb: null }),
    b: relClaim({ content: "The Chilean units, which did not comply with the truce, moved again", speakerText: null, verb: null, outlet: "Coast Courier" }),
    expected: found("opposite", 0.55),
  },
  { name: "take its confidence from the options", a: armyDenial, b: armyBlamed, options: { confidences: { responsibility: { cleared: 0.7 } } }, expected: found("denial", 0.7) },
  { name: "not link two claims of one outlet", a: fansBlamed, b: relClaim({ content: crime.claim.content, speakerText: "a lawyer for the families" }), expected: null },
  { name: "not link two countries blamed for two attacks", a: relClaim({ content: "Chilean forces shelled the port", speakerText: "Peru" }), b: relClaim({ content: "Peruvian forces shelled the town", speakerText: "Chile", outlet: "Coast Courier" }), expected: null },
  {
    name: "not answer a denial about one place with an attack on another",
    a: relClaim({ content: "attacking Tarn", speakerText: "the Chilean army", verb: "denied", denial: true, about: ["Tarn"] }),
    b: relClaim({ content: "Chilean forces shelled a town overnight", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "not answer a denial about one place with an attack that names it only further on",
    a: relClaim({ content: "reports that the leader had been killed by a Chilean air strike near Tarn", speakerText: "the movement", verb: "denied", denial: true, about: ["Tarn"] }),
    b: relClaim({ content: "While Chilean forces have carried out air strikes in the north, cloud cover last week kept them from much of the rest of the valley, particularly around the Tarn dam", speakerText: "officials", outlet: "Coast Courier", about: ["Tarn"] }),
    expected: null,
  },
  {
    name: "flag a denial about one place against the attack there",
    a: relClaim({ content: "reports that the leader had been killed by a Chilean air strike near Tarn", speakerText: "the movement", verb: "denied", denial: true, about: ["Tarn"] }),
    b: relClaim({ content: "the leader had been killed by a Chilean air strike near Tarn", speakerText: "officials", outlet: "Coast Courier", about: ["Tarn"] }),
    expected: found("denial", 0.6),
  },
  { name: "not link the crowd blamed twice", a: fansBlamed, b: relClaim({ content: "The club blamed the fans for the crush", speakerText: null, verb: null, outlet: "Coast Courier" }), expected: null },
  {
    name: "not take the harmed for the doer",
    a: relClaim({ content: "The police are not responsible for the deaths in the square", speakerText: "the mayor" }),
    b: relClaim({ content: "Police officers were killed in the square", speakerText: "witnesses", outlet: "Coast Courier" }),
    expected: null,
  },
  {
    name: "flag one harm blamed on those in charge by one source and on rebels by another",
    a: relClaim({ content: "the bridge at Lesk was destroyed by the army", speakerText: "the mayor", about: ["Lesk"] }),
    b: relClaim({ content: "the bridge at Lesk was blown up by rebels", speakerText: "the army command", outlet: "Coast Courier", about: ["Lesk"] }),
    expected: found("opposite", 0.5),
  },
  {
    name: "not set two harms done to two things against each other",
    a: relClaim({ content: "rebels blew up the rail bridge at Lesk", speakerText: "the governor", about: ["Lesk"] }),
    b: relClaim({ content: "the army shelled the central market in Lesk", speakerText: "rebel fighters", outlet: "Coast Courier", about: ["Lesk"] }),
    expected: null,
  },
  {
    name: "flag one town said to be held by the army and by rebels",
    a: relClaim({ content: "it had taken full control of the town of Lenn", speakerText: "the army", about: ["Lenn"] }),
    b: relClaim({ content: "their fighters were still in control of Lenn", speakerText: "rebel commanders", outlet: "Coast Courier", about: ["Lenn"] }),
    expected: found("opposite", 0.5),
  },
  {
    name: "not set a town taken on one day against it taken back on another",
    a: relClaim({ content: "rebel fighters captured Lenn on Monday", speakerText: "residents", about: ["Lenn"], published: "2037-03-14" }),
    b: relClaim({ content: "it had taken full control of Lenn on Friday", speakerText: "the army", outlet: "Coast Courier", about: ["Lenn"], published: "2037-03-14" }),
    expected: null,
  },
];

describe("responsibility", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(responsibility, a, b, options)).toEqual(expected);
  });
});
