/*
 * numeric-frame: figures compared through their frames. Each claim's figures are read by the real
 * frame reader (claims/frames.ts) from invented sentences, so a row tests what the words around a
 * figure make of it as well as the comparison.
 */

import type { Quantity } from "../../../../../graph-schema";
import { numericFrame } from "../../../../../server/src/nlp/relations/rules/numeric-frame";
import { framedFigures, relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

type Fig = Partial<Quantity> & Pick<Quantity, "low" | "high">;

/** A claim about the Vellmar flood with the figures `figs` (text → interval), framed as extraction frames them. */
const said = (content: string, figs: Array<[string, Fig]>, o: Partial<RelClaimInput> = {}) => relClaim({ content, quantities: framedFigures(content, figs), outlet: "Daily Ledger", ...o });

const pct = (n: number): Fig => ({ low: n, high: n, unit: "%", measure: "percent" });
const other = { outlet: "Coast Courier", speakerText: "the rescue service" } as const;
const conflict = (confidence: number) => ({ type: "CONTRADICTS", kind: "numeric", confidence, detector: "numeric-frame" });
const support = (confidence: number) => ({ type: "SUPPORTS", kind: "numeric", confidence, detector: "numeric-frame" });

const rows: RuleRow[] = [
  {
    name: "flag a floor above another side's figure for one measure in other words",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]]),
    b: said("More than 100 people perished in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], other),
    expected: conflict(0.8),
  },
  {
    name: "flag none against some of a harm the zero covers",
    a: said("There were no casualties in the Vellmar flood", [["no casualties", { low: 0, high: 0, measure: "casualties" }]]),
    b: said("Villagers said 12 people were killed by the Vellmar flood", [["12", { low: 12, high: 12 }]], other),
    expected: conflict(0.75),
  },
  {
    name: "flag a negated figure against about that many",
    a: said("3,000 people did not die in the Vellmar flood", [["3,000", { low: 3000, high: 3000 }]]),
    b: said("A study found 2,975 people died after the Vellmar flood", [["2,975", { low: 2975, high: 2975 }]], other),
    expected: conflict(0.7),
  },
  {
    name: "support a figure rounded by another outlet",
    a: said("Officials said 8,089,320 people voted in Vellmar", [["8,089,320", { low: 8089320, high: 8089320 }]]),
    b: said("Officials said 8.1 million people voted in Vellmar", [["8.1 million", { low: 8100000, high: 8100000 }]], other),
    expected: support(0.6),
  },
  {
    name: "support the same exact figure",
    a: said("The death toll from the Vellmar flood has risen to 769", [["769", { low: 769, high: 769 }]]),
    b: said("769 people were killed in the Vellmar flood", [["769", { low: 769, high: 769 }]], other),
    expected: support(0.7),
  },
  {
    name: "take its confidences from the options",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]]),
    b: said("More than 100 people perished in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], other),
    options: { confidences: { "numeric-frame": { bounds: 0.9 } } },
    expected: conflict(0.9),
  },
  {
    name: "not compare figures of two stories",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]], { story: "sty-1" }),
    b: said("More than 100 people perished in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], { ...other, story: "sty-2" }),
    expected: null,
  },
  {
    name: "not compare figures published two months apart",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]], { published: "2024-01-05" }),
    b: said("More than 100 people perished in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], { ...other, published: "2024-03-20" }),
    expected: null,
  },
  {
    name: "not set deaths against injuries",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]]),
    b: said("More than 100 people were injured in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], other),
    expected: null,
  },
  {
    name: "not set a part against a total",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]]),
    b: said("More than 100 people died, including 40 children in the Vellmar flood", [["40", { low: 40, high: 40 }]], other),
    expected: null,
  },
  {
    name: "not set one nation's dead against the whole toll",
    a: said("The governor said 24 people died in the Vellmar flood", [["24", { low: 24, high: 24 }]]),
    b: said("At least 131 Iranians died in the Vellmar flood", [["At least 131", { low: 131, high: null, qualifier: "at least" }]], other),
    expected: null,
  },
  {
    name: "not set a count over a few hours against the total",
    a: said("Reporters confirmed 11 deaths in the space of 24 hours", [["11", { low: 11, high: 11 }]]),
    b: said("More than 100 people perished in the Vellmar flood", [["More than 100", { low: 100, high: null, qualifier: "over" }]], other),
    expected: null,
  },
  {
    name: "not set close counts of a growing toll against each other",
    a: said("28 people were wounded in the Vellmar flood", [["28", { low: 28, high: 28 }]]),
    b: said("More than 30 people were wounded in the Vellmar flood", [["More than 30", { low: 30, high: null, qualifier: "over" }]], other),
    expected: null,
  },
  {
    name: "not set a forecast against a count",
    a: said("The march is expected to draw up to 80,000 people", [["up to 80,000", { low: 0, high: 80000, qualifier: "up to" }]]),
    b: said("More than 200,000 people marched in Vellmar", [["More than 200,000", { low: 200000, high: null, qualifier: "over" }]], other),
    expected: null,
  },
  {
    name: "flag a small count spelled out against a range above it",
    a: said("Nine people were killed in the Vellmar flood", [["Nine", { low: 9, high: 9 }]]),
    b: said("Between 40 and 50 people perished in the Vellmar flood", [["40 and 50", { low: 40, high: 50, qualifier: "range" }]], other),
    expected: conflict(0.8),
  },
  {
    name: "not set a spelled-out count against a figure ten times larger (one incident of a total)",
    a: said("Eight people were killed in the Vellmar flood", [["Eight", { low: 8, high: 8 }]]),
    b: said("More than 150 people perished in the Vellmar flood", [["More than 150", { low: 150, high: null, qualifier: "over" }]], other),
    expected: null,
  },
  {
    name: "not set a count over nine spelled out against a figure",
    a: said("Fifty-one people were killed in the Vellmar flood", [["Fifty-one", { low: 51, high: 51 }]]),
    b: said("Almost 150 people perished in the Vellmar flood", [["Almost 150", { low: 135, high: 150, qualifier: "under" }]], other),
    expected: null,
  },
  {
    name: "not set 'two' against a figure",
    a: said("Two people were killed in the Vellmar flood", [["Two", { low: 2, high: 2 }]]),
    b: said("Between 40 and 50 people perished in the Vellmar flood", [["40 and 50", { low: 40, high: 50, qualifier: "range" }]], other),
    expected: null,
  },
  {
    name: "flag an order of magnitude in words against a figure far below its least reading",
    a: said("Villagers said thousands of people died in the Vellmar flood", [["thousands", { low: 2000, high: 9999, qualifier: "range" }]]),
    b: said("The official death toll of the Vellmar flood stood at 64", [["64", { low: 64, high: 64 }]], other),
    expected: conflict(0.8),
  },
  {
    name: "not set an order of magnitude in words against a figure near its least reading",
    a: said("Villagers said thousands of people died in the Vellmar flood", [["thousands", { low: 2000, high: 9999, qualifier: "range" }]]),
    b: said("The official death toll of the Vellmar flood stood at 1,500", [["1,500", { low: 1500, high: 1500 }]], other),
    expected: null,
  },
  {
    name: "flag two crowd figures a rounding step apart",
    a: said("The union said 3.5 million people marched across Vellmar", [["3.5 million", { low: 3500000, high: 3500000 }]]),
    b: said("Organisers said 3.6 million people marched across Vellmar", [["3.6 million", { low: 3600000, high: 3600000 }]], other),
    expected: conflict(0.7),
  },
  {
    name: "flag a crowd of one nationality against the whole crowd",
    a: said("Organisers said 2 million Chileans marched", [["2 million", { low: 2000000, high: 2000000 }]]),
    b: said("Police said 900,000 people marched", [["900,000", { low: 900000, high: 900000 }]], other),
    expected: conflict(0.7),
  },
  {
    name: "flag a count in the capital against one in the city the capital's article is about",
    a: said("Organisers said 800,000 people marched in Arvel", [["800,000", { low: 800000, high: 800000 }]]),
    b: said("Police said 119,000 people marched in the capital", [["119,000", { low: 119000, high: 119000 }]], { ...other, topics: ["ent-arvel"] }),
    expected: conflict(0.7),
  },
  {
    name: "not set a city's count against a total that gives the city its own figure",
    a: said("Organisers said 800,000 people marched in the capital", [["800,000", { low: 800000, high: 800000 }]]),
    b: said("Nearly 1.1 million people marched, including 119,000 in the capital", [["Nearly 1.1 million", { low: 990000, high: 1100000, qualifier: "under" }], ["119,000", { low: 119000, high: 119000 }]], other),
    expected: null,
  },
  {
    name: "flag the share that abstained against a turnout its complement falls short of",
    a: said("88 percent of the voters abstained in Vellmar", [["88 percent", { low: 88, high: 88, unit: "%", measure: "percent" }]]),
    b: said("Turnout in the Vellmar vote was over 41 percent", [["over 41 percent", { low: 41, high: null, unit: "%", measure: "percent", qualifier: "over" }]], other),
    expected: conflict(0.8),
  },
  {
    name: "not set the share that abstained against the share that voted",
    a: said("88 percent of the voters abstained in Vellmar", [["88 percent", { low: 88, high: 88, unit: "%", measure: "percent" }]]),
    b: said("About 18 percent of registered voters took part in Vellmar", [["About 18 percent", { low: 16, high: 20, unit: "%", measure: "percent", qualifier: "about" }]], other),
    expected: null,
  },
  {
    name: "flag an official rise in prices against a private estimate of inflation for one year",
    a: said("The bureau said consumer prices rose 8.4 percent last year, down from 9.1 percent the year before", [["8.4", pct(8.4)], ["9.1", pct(9.1)]]),
    b: said("Independent economists put inflation at about 19 percent last year", [["about 19", { ...pct(19), low: 17.1, high: 20.9, qualifier: "about" }]], other),
    expected: conflict(0.8),
  },
  {
    name: "flag two shares of the vote for one named candidate, one placed and one not",
    a: said("President Aron Vale won 58 percent of the vote in Vellmar's election", [["58", pct(58)]], { about: ["Aron Vale", "Vellmar"] }),
    b: said("its own count showed President Aron Vale had won just 38 percent of the vote", [["38", pct(38)]], { ...other, about: ["Aron Vale"] }),
    expected: conflict(0.7),
  },
  {
    name: "not support two firms' share prices that name one underwriter besides",
    a: said("Covenant Corp's offering of two mln shares is priced at an estimated 11.00 dlrs through PaineWebber", [["11.00", { low: 11, high: 11, measure: "money", unit: "dlrs" }]], { about: ["Covenant Corp", "PaineWebber"] }),
    b: said("COMFED Mortgage Co's offering of 2.7 mln shares is priced at an estimated 11.00 dlrs through PaineWebber", [["11.00", { low: 11, high: 11, measure: "money", unit: "dlrs" }]], { ...other, about: ["COMFED Mortgage", "PaineWebber"] }),
    expected: null,
  },
  {
    name: "support one firm's offer price given by two outlets",
    a: said("USAir had offered to pay 71 dlrs per share in cash for Piedmont", [["71", { low: 71, high: 71, measure: "money", unit: "dlrs" }]], { about: ["USAir", "Piedmont"] }),
    b: said("USAir has offered 71 dlrs cash per share for half of Piedmont", [["71", { low: 71, high: 71, measure: "money", unit: "dlrs" }]], { ...other, about: ["USAir", "Piedmont"] }),
    expected: support(0.7),
  },
  {
    name: "not set one economy's inflation against another's",
    a: said("Consumer prices in Vellmar rose 8.4 percent last year", [["8.4", { ...pct(8.4), owner: "Vellmar" }]]),
    b: said("Tarvel's inflation reached 19 percent last year", [["19", { ...pct(19), owner: "Tarvel" }]], other),
    expected: null,
  },
  {
    name: "not set a month's inflation against a year's",
    a: said("February inflation in Vellmar was 0.7 percent", [["0.7", pct(0.7)]]),
    b: said("Independent economists put inflation at about 19 percent last year", [["about 19", { ...pct(19), low: 17.1, high: 20.9, qualifier: "about" }]], other),
    expected: null,
  },
];

describe("numeric-frame", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(numericFrame, a, b, options)).toEqual(expected);
  });
});
