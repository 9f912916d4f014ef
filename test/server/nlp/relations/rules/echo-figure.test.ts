/*
 * echo-figure: one distinctive figure, or one rounded from the other, in two outlets of one small
 * story, where the frames do not tell what it counts. Figures are framed by the real frame reader
 * (claims/frames.ts) from invented sentences, as numeric-frame's table does.
 */

import type { Quantity } from "../../../../../graph-schema";
import { echoFigure } from "../../../../../server/src/nlp/relations/rules/echo-figure";
import { framedFigures, relClaim, verdict, type RelClaimInput, type RuleRow } from "../../../../helpers/relclaim";

type Fig = Partial<Quantity> & Pick<Quantity, "low" | "high">;

const said = (content: string, figs: Array<[string, Fig]>, o: Partial<RelClaimInput> = {}) => relClaim({ content, quantities: framedFigures(content, figs), outlet: "Daily Ledger", ...o });

const courier = { outlet: "Coast Courier" } as const;
const pct = (n: number): Fig => ({ low: n, high: n, measure: "percent" });
const count = (n: number, o: Partial<Fig> = {}): Fig => ({ low: n, high: n, measure: "people", ...o });
const echo = (confidence: number) => ({ type: "SUPPORTS", kind: "echo", confidence, detector: "echo-figure" });

const rise = said("the Vellmar statistics office reported a 10.7 percent rise", [["10.7", pct(10.7)]]);
const rose = said("consumer prices in Vellmar rose 10.7 percent last year", [["10.7", pct(10.7)]], courier);
const initially = said("the official toll was initially put at 58 by the coast guard", [["58", count(58, { measure: "casualties" })]]);
const killed = said("the storm was initially said to have killed 58 people", [["58", count(58)]], courier);

const rows: RuleRow[] = [
  { name: "link one figure of three significant digits that frames could not place", a: rise, b: rose, expected: echo(0.6) },
  { name: "link a two-digit figure with a word beside both", a: initially, b: killed, expected: echo(0.6) },
  {
    name: "link a share rounded from the other",
    a: said("the ministry puts the strike rate among nurses at 41 percent", [["41", pct(41)]]),
    b: said("in detail, 41.26% of nurses joined the strike", [["41.26%", pct(41.26)]], courier),
    expected: echo(0.55),
  },
  {
    name: "link a bound to a figure it holds, rounded alike",
    a: said("more than 1,200 homes in the Vellmar valley lost power", [["more than 1,200", count(1200, { high: null, qualifier: "over" })]]),
    b: said("the storm cut power to 1,237 homes in the valley", [["1,237", count(1237)]], courier),
    expected: echo(0.55),
  },
  { name: "take its confidences from the options", a: rise, b: rose, options: { confidences: { "echo-figure": { figure: 0.7 } } }, expected: echo(0.7) },
  {
    name: "not link a bound to a figure outside it",
    a: said("more than 1,200 homes in the Vellmar valley lost power", [["more than 1,200", count(1200, { high: null, qualifier: "over" })]]),
    b: said("the storm cut power to 1,187 homes in the valley", [["1,187", count(1187)]], courier),
    expected: null,
  },
  {
    name: "not link a two-digit figure with no word beside both",
    a: initially,
    b: said("rescuers pulled 58 from the flooded mine", [["58", count(58)]], courier),
    expected: null,
  },
  {
    name: "not link a round figure",
    a: said("some 70 percent of the nurses are on strike", [["70", pct(70)]]),
    b: said("the union speaks of 70% of nurses on strike", [["70%", pct(70)]], courier),
    expected: null,
  },
  {
    name: "not link figures of two known measures",
    a: said("the quake killed 1,284 people in Vellmar", [["1,284", count(1284)]]),
    b: said("1,284 people were injured in the Vellmar quake", [["1,284", count(1284)]], courier),
    expected: null,
  },
  {
    name: "not link a sum of money to a count",
    a: rise,
    b: said("the fund paid out $10.7 to each member", [["$10.7", { low: 10.7, high: 10.7, measure: "money" }]], courier),
    expected: null,
  },
  { name: "not link figures of one outlet", a: rise, b: said(rose.claim.content, [["10.7", pct(10.7)]]), expected: null },
  {
    name: "not link figures in a saga, where one number recurs across events",
    a: said(rise.claim.content, [["10.7", pct(10.7)]], { storySize: 40 }),
    b: said(rose.claim.content, [["10.7", pct(10.7)]], { ...courier, storySize: 40 }),
    expected: null,
  },
  { name: "not link figures of two stories", a: rise, b: said(rose.claim.content, [["10.7", pct(10.7)]], { ...courier, story: "sty-other" }), expected: null },
];

describe("echo-figure", () => {
  it.each(rows)("should $name", ({ a, b, expected, options }) => {
    expect(verdict(echoFigure, a, b, options)).toEqual(expected);
  });
});
