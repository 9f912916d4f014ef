/*
 * Quantity frames: what each figure of an invented sentence counts and under which circumstances,
 * read by the quantity finder and then the frame reader as the pipeline reads them.
 */

import type { QuantityFrame } from "../../../../graph-schema";
import { ownerOf } from "../../../../server/src/nlp/claims/extract";
import { frameOf, NATIONWIDE } from "../../../../server/src/nlp/claims/frames";
import { findQuantities } from "../../../../server/src/nlp/claims/quantities";

/** The frame of the figure whose text is `figure` in `sentence`. */
function frame(sentence: string, figure: string): QuantityFrame {
  const q = findQuantities(sentence, 0, sentence.length, { ownerOf }).find((x) => x.text === figure);
  if (!q) throw new Error(`frames test: no figure "${figure}" in "${sentence}"`);
  return frameOf(sentence, { start: 0, end: sentence.length }, q)!;
}

const rows: Array<[string, string, string, Partial<QuantityFrame>]> = [
  ["read a verb in other words as the measure", "At least 999 people perished near the city.", "At least 999", { measure: "deaths", scope: null }],
  ["read the measured noun further back", "The death toll from the stampede has risen to 769.", "769", { measure: "deaths" }],
  ["read wounded people as injuries", "Officials said 28 others were wounded in the attack.", "28", { measure: "injuries" }],
  ["read a crowd joining a march", "Monitors said more than 40,000 people had joined the march.", "more than 40,000", { measure: "participants" }],
  ["read the verb before a count of people", "Police detained at least 60 protesters on Sunday.", "at least 60", { measure: "detained", scope: "protester" }],
  ["read a count of none from its own event word", "Officials said no one was injured in the blast.", "no one was injured", { measure: "injuries" }],
  ["keep a nationality as the scope", "At least 131 Iranians died in the crush.", "At least 131", { measure: "deaths", scope: "iranian" }],
  ["mark a part of a total", "More than 1,400 people died, including 426 children.", "426", { partial: true }],
  ["mark a part owned by someone", "Iran said 465 of its pilgrims died.", "465", { partial: true }],
  ["mark one member of a ranking", "The capital accounts for the highest number of casualties with 17 deaths.", "17", { partial: true }],
  ["mark a count of one incident among several", "Warplanes killed 22 people in a second bombing of the village.", "22", { partial: true }],
  ["mark a forecast", "The march is expected to draw up to 80,000 people.", "up to 80,000", { forecast: true }],
  ["mark a difference, not a level", "Turnout was inflated by at least 1 million votes.", "at least 1 million", { change: true }],
  ["mark a negated figure", "3,000 people did not die in the two storms.", "3,000", { negated: true, measure: "deaths" }],
  ["read a bounded period", "Reporters confirmed 11 deaths in the space of 24 hours.", "11", { period: "in the space of 24 hours" }],
  ["read an earlier state as its own period", "The official count was initially 64.", "64", { period: "initially" }],
  ["read a place in the clause", "Organisers said 800,000 people marched in Paris.", "800,000", { place: "paris" }],
  ["read a nationwide count", "24 people have been killed across the country since August 8.", "24", { place: NATIONWIDE, period: "since august 8" }],
  ["leave a country as no place", "The strike killed about 300 militants in Pakistan.", "about 300", { place: null }],
  ["read a share of voters that took part as a turnout", "The commission said 41.53 percent of registered voters took part.", "41.53", { measure: "percent:participants" }],
  ["read a share of voters", "The poll found 41.53 percent of registered voters back the reform.", "41.53", { measure: "percent:votes" }],
  ["read who a toll counts when an event follows the crowd", "More than 600 protesters were injured in the square.", "More than 600", { measure: "injuries", scope: "protester" }],
  ["read a range opened by 'between'", "Between 40 and 50 civilians were killed in the market.", "40 and 50", { measure: "deaths", scope: "civilian" }],
  ["read the share that abstained apart", "88 percent of the voters abstained.", "88", { measure: "percent:votes+not" }],
  ["read what a count did past its restatement in another unit", "The commission said 2.4 million people, or 38.2 percent of the electorate, voted in the referendum.", "2.4 million", { measure: "votes" }],
  ["read a share won as a share of the vote", "The party had received no more than 35 percent.", "no more than 35", { measure: "percent:votes" }],
  ["read money whatever harm word stands near", "The company took a 1.2 mln dlr loss.", "1.2 mln", { measure: "money" }],
  ["read things counted as no event", "Surveys from 110 voting centers were used.", "110", { measure: null, scope: "thing:center" }],
  // What a count counts when its own clause does not say: the event the text named last.
  ["read a count's event in the sentence before", "Floods swept the valley and a dozen people died. The official count later rose to 64.", "64", { measure: "deaths" }],
  ["read a figure another source counted as the crowd before it", "In Tolm alone, 50,000 people marched, while 9,000 were counted by the police.", "9,000", { measure: "participants", place: "tolm" }],
  ["read a bare figure with its source as the crowd named before it", "Crowds filled Arvel: 90,000 marchers according to the union and 30,000 according to the police.", "30,000", { measure: "participants" }],
  ["read a place set before the sentence", "In Tolm, the union said 50,000 people marched, while police counted 9,000.", "9,000", { place: "tolm" }],
  ["read a place in brackets after its name", "Crowds grew in Arvel (12,000 marchers), Bresk (8,000 marchers) or Tolm (3,000 marchers).", "8,000", { place: "bresk" }],
  ["mark a figure in brackets for an earlier occasion", "A week after a smaller third march (40,000 marchers according to the police), crowds returned.", "40,000", { partial: true }],
  ["mark the figure a revision replaced", "The governor raised the official death toll from 64 to 2,975.", "64", { period: "initially" }],
  ["read a crowd that took to the streets as no narrower group", "Organisers said 90,000 people who took to the streets were peaceful.", "90,000", { partial: false, measure: "participants" }],
  ["read a number of protests as events, not a crowd", "There were over 200 protests across the region.", "over 200", { measure: null, scope: "thing:protest" }],
  ["read turnout in an election as votes", "The turnout in the referendum was 2.1 million.", "2.1 million", { measure: "votes" }],
  ["read a multiple of the figure before as a count of what that one counts", "Officials said 6,000 ballots were cast. Observers said the real count was less than half that number.", "less than half that number", { measure: "votes" }],
  ["read a half in words", "Police said more than one and a half million people marched.", "more than one and a half million", { measure: "participants" }],
  ["read how much prices rose as the inflation rate", "Officials said consumer prices rose 10.9 percent last year.", "10.9", { measure: "percent:inflation", change: true }],
  ["read a share of what stands before a place's name", "Economists put annual inflation in Tarvel at about 25 percent.", "about 25", { measure: "percent:inflation", change: true }],
  ["read a month before the measure as its period", "February inflation in Tarvel reached 0.7% on the official count.", "0.7%", { measure: "percent:inflation", period: "in february" }],
  ["read a month after the figure as its period, not a date", "Prices rose 0.7% in February, the bureau said on March 15.", "0.7%", { measure: "percent:inflation", period: "in february" }],
  ["read a bare rise as one of the rate the text named before", "Inflation has become a political issue in Tarvel. The statistics office reported a 10.9 percent rise.", "10.9", { measure: "percent:inflation" }],
  ["read a share of a workforce on strike as a turnout of that group", "The union said 60 percent of secondary teachers were on strike.", "60", { measure: "percent:participants", scope: "secondary teacher" }],
  ["read people moved from their homes as displaced", "Aid groups said about 3,000 people had been moved from their homes.", "about 3,000", { measure: "displaced" }],
  ["read lives a verb took as deaths", "The minister said the floods had claimed 58 lives.", "58", { measure: "deaths" }],
  ["read a crowd put at a figure as a crowd", "Police estimated the crowd at the rally at 45,000.", "45,000", { measure: "participants" }],
  ["read those who drowned as deaths", "At least 43 people drowned when the ferry capsized.", "At least 43", { measure: "deaths" }],
  ["read no weekday as a place", "Turnout in Sunday's referendum was below 30 percent.", "below 30", { measure: "percent:participants", place: null }],
  ["read a count in words after the tally it gives", "Officials put the death toll at nine.", "nine", { measure: "deaths" }],
  ["read the tally before a figure, not a report after 'and said'", "The ministry put the number of dead at 9 and said no miners were missing.", "9", { measure: "deaths" }],
];

describe("frameOf", () => {
  it.each(rows)("should %s", (_name, sentence, figure, expected) => {
    expect(frame(sentence, figure)).toMatchObject(expected);
  });

  it("should read no figure in a model name, a clock time or a tally", () => {
    for (const s of ["The Boeing 747 landed safely.", "The Senate votes at 1600 est on the bill.", "The veto fell by 350 votes to 73."]) {
      const texts = findQuantities(s, 0, s.length, { ownerOf }).map((q) => q.text);
      expect(texts).not.toEqual(expect.arrayContaining(["747", "1600", "350 votes to 73"]));
    }
  });
});
