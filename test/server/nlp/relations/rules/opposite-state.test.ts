/*
 * opposite-state: opposite states of one thing said of a shared entity near each cue, within a
 * month; a denial flips what it rejects (denial-state).
 */

import { oppositeState } from "../../../../../server/src/nlp/relations/rules/opposite-state";
import { relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

const claim = (content: string, o: Partial<RelClaimInput> = {}) => relClaim({ content, about: ["Varn"], ...o });
const isOpen = (o: Partial<RelClaimInput> = {}) => claim("the Varn crossing is open to trucks", { speakerText: "the port authority", ...o });
const isClosed = (o: Partial<RelClaimInput> = {}) => claim("the Varn crossing was closed to trucks", { speakerText: "drivers", ...o });

const highTurnout = (o: Partial<RelClaimInput> = {}) =>
  claim("voting hours were extended by an hour due to the overwhelming response of Varn voters", { speakerText: "the election board", countries: ["Varn"], ...o });
const lowTurnout = (o: Partial<RelClaimInput> = {}) => claim("Varn voters appeared to be staying away from the polls in large numbers", { speakerText: "reporters", countries: ["Varn"], ...o });

const opposite = { type: "CONTRADICTS", kind: "opposite", confidence: 0.6, detector: "opposite-state" };
const denial = { type: "CONTRADICTS", kind: "denial", confidence: 0.75, detector: "denial-state" };

const rows: RuleRow[] = [
  { name: "flag opposite states of one thing", a: isOpen(), b: isClosed(), expected: opposite },
  {
    name: "flag a denial of the state another claim asserts",
    a: claim("the strike at the Varn mill had ended", { speakerText: "the mill union", verb: "rejected claims that", denial: true }),
    b: claim("the Varn mill strike has ended", { speakerText: "the mill board" }),
    expected: denial,
  },
  {
    name: "flag one agreement said to be broken and kept, in any of its names",
    a: claim("Varn units were grossly violating the cease-fire agreement", { speakerText: "the defence ministry", about: [] }),
    b: claim("its units were observing the ceasefire", { speakerText: "an army spokesman", about: [] }),
    expected: opposite,
  },
  {
    name: "not set one side breaking a truce against another side keeping it",
    a: claim("Varn militias were violating the truce", { speakerText: "mediators", about: [] }),
    b: claim("Tarvian units were observing the truce", { speakerText: "observers", about: [] }),
    expected: null,
  },
  {
    name: "not set a broken truce against a kept trade deal",
    a: claim("Varn militias were violating the truce", { speakerText: "mediators", about: [] }),
    b: claim("the government was honouring the deal", { speakerText: "observers", about: [] }),
    expected: null,
  },
  {
    name: "flag a person said to be released and said to be still detained",
    a: claim("the reporter Mira Talvik was released on Monday", { speakerText: "the government", about: ["Mira Talvik"] }),
    b: claim("Mira Talvik remains in detention", { speakerText: "her family", about: ["Mira Talvik"] }),
    expected: opposite,
  },
  {
    name: "not set one person's release against another's detention",
    a: claim("the reporter Mira Talvik was released on Monday", { speakerText: "the government", about: ["Mira Talvik"] }),
    b: claim("her colleague Jon Berg remains in detention", { speakerText: "the group", about: ["Jon Berg"] }),
    expected: null,
  },
  {
    name: "flag opposite states of one definite thing of a named place, however far its name stands from the cue",
    a: claim("the port of Brenn was completely shut on Monday", { speakerText: "the union", about: ["Brenn"] }),
    b: claim("the port of Brenn was operating normally on Monday", { speakerText: "the port authority", about: ["Brenn"] }),
    expected: opposite,
  },
  {
    name: "not oppose the states of two places' ports",
    a: claim("the port of Brenn was completely shut on Monday", { speakerText: "the union", about: ["Brenn", "Tolm"], storySize: 3 }),
    b: claim("the port of Tolm was operating normally on Monday", { speakerText: "the port authority", about: ["Brenn", "Tolm"], storySize: 3 }),
    expected: null,
  },
  {
    name: "not oppose two states of one thing dated to two days",
    a: claim("the main bridge in Varn reopened to traffic on Wednesday", { speakerText: "the council", published: "2036-04-03" }),
    b: claim("the main bridge in Varn was closed on Thursday after a crash", { speakerText: "police", published: "2036-04-04" }),
    expected: null,
  },
  { name: "take its confidences from the options", a: isOpen(), b: isClosed(), options: { confidences: { "opposite-state": { opposite: 0.65 } } }, expected: { ...opposite, confidence: 0.65 } },
  { name: "not compare states more than a month apart", a: isOpen({ published: "2024-01-05" }), b: isClosed({ published: "2024-03-20" }), expected: null },
  { name: "not oppose a speaker to itself", a: isOpen({ speakerText: "drivers" }), b: isClosed(), expected: null },
  { name: "not oppose states of different things", a: isOpen({ about: ["Ostrava"] }), b: isClosed(), expected: null },
  {
    name: "not oppose a state said far from the shared entity",
    a: claim("Varn officials spoke at length on Monday about the budget, the harvest and the schools, and said the crossing is open to trucks"),
    b: isClosed(),
    expected: null,
  },
  { name: "not oppose a claim that tells both states", a: isOpen(), b: isClosed({ content: "the Varn crossing was closed to trucks and then reopened" }), expected: null },
  { name: "not oppose cues about different things", a: isOpen(), b: claim("the Varn ferry ticket office was closed for the holiday", { speakerText: "drivers" }), expected: null },
  {
    name: "not oppose an ongoing to an ended state without a dispute",
    a: claim("the Varn mill strike continued", { speakerText: "the mill union" }),
    b: claim("the Varn mill strike has ended", { speakerText: "the mill board" }),
    expected: null,
  },
  { name: "flag a country's voters staying away from the polls against an overwhelming response", a: highTurnout(), b: lowTurnout(), expected: opposite },
  {
    name: "flag opposite conditions of one definite thing that no name anchors, in a small story",
    a: claim("the dam was intact after the storm", { about: [], speakerText: "the water board" }),
    b: claim("the dam had collapsed in the storm", { about: [], speakerText: "villagers" }),
    expected: opposite,
  },
  {
    name: "not oppose conditions of two different definite things",
    a: claim("the dam was intact after the storm", { about: [], speakerText: "the water board" }),
    b: claim("the bridge had collapsed in the storm", { about: [], speakerText: "villagers" }),
    expected: null,
  },
  {
    name: "not oppose conditions of one definite thing in a saga of many events",
    a: claim("the dam was intact after the storm", { about: [], speakerText: "the water board", storySize: 40 }),
    b: claim("the dam had collapsed in the storm", { about: [], speakerText: "villagers", storySize: 40 }),
    expected: null,
  },
  { name: "not oppose other states said only of a country", a: isOpen({ countries: ["Varn"] }), b: isClosed({ countries: ["Varn"] }), expected: null },
];

describe("opposite-state", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(oppositeState, a, b, options)).toEqual(expected);
  });
});
