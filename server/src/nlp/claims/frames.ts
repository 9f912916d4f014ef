/*
 * Quantity frames: what a figure counts, normalised across wording, and the circumstances that make
 * two figures comparable — whose (scope), who gives it (source), where, over which period, and
 * whether it is a part, a change, a forecast or a negated event. The measure vocabulary comes from
 * WordNet (resources/measures.json, built by `npm run build:measures`); the rest is structure:
 * positions of words around the figure inside its clause.
 */

import type { Quantity, QuantityFrame } from "../../../../graph-schema";
import MEASURES from "../resources/measures.json";
import { MONTH_WORDS, REPORTING_VERBS, STOPWORDS, WEEKDAYS } from "../resources/lexicon";
import { countryByDemonym, countryByName } from "../resources/countries";
import { lowercaseTokens } from "../text/mentions";
import { CHANGE_FROM, CRAFT_NOUNS, isMultipleOfPrevious } from "./quantities";

const MEASURE_OF = new Map<string, string>();
for (const [measure, list] of Object.entries(MEASURES.measures as Record<string, string[]>)) for (const w of list) MEASURE_OF.set(w, measure);
const PEOPLE = new Set(MEASURES.people as string[]);
/** Measure words that are nouns: a word further back than the figure's own verb must be one. */
const MEASURE_NOUNS = new Set(MEASURES.nouns as string[]);
const OPPOSITE_OF = new Map(Object.entries(MEASURES.opposites as Record<string, string>));

/** Everyday phrases for an event that WordNet lists under no single word. */
const EVENT_PHRASES: Array<[RegExp, string]> = [
  [/^(?:lost|lose|losing) (?:their|his|her) lives?\b/, "deaths"],
  [/^(?:were |was |have been |had been )?(?:shot|beaten|burned|burnt|stabbed|crushed|trampled) to death\b/, "deaths"],
  [/^(?:were |was |have been |had been )?shot dead\b/, "deaths"],
  [/^(?:took|take|taking|takes) (?:part|to the streets)\b/, "participants"],
  [/^(?:turned|turn|turning) out\b/, "participants"],
  [/^(?:attended|attending|joined|joining)\b/, "participants"],
  [/^(?:rallied|rallying|gathered|assembled|massed)\b/, "participants"],
  [/^lives (?:were |have been |had been )?lost\b/, "deaths"],
  [/^(?:went|go|going) to the polls\b/, "votes"],
  [/^(?:cast|casting) (?:their )?(?:votes?|ballots?)\b/, "votes"],
  [/^(?:remain|remained|are|were) (?:missing|unaccounted for)\b/, "missing"],
  [/^(?:were |was |have been |had been )?(?:forced from|forced out of|driven from|moved from|moved out of|relocated from|removed from|taken from) (?:their|his|her) homes?\b/, "displaced"],
  [/^(?:had |have |has )?(?:fled|left|abandoned) (?:their|his|her) homes?\b/, "displaced"],
  // "recovered 60 bodies": the dead, counted by what was found.
  [/^(?:bodies|corpses)\b/, "deaths"],
  // Hospital care is how injuries are counted: "300 people were taken to hospital".
  [/^(?:were |was |have been |had been )?(?:taken|admitted|rushed|brought|sent) to (?:a |the )?hospitals?\b/, "injuries"],
  [/^(?:were |was |have been |had been )?hospitali[sz]ed\b/, "injuries"],
  [/^(?:needed|need|needing|required|requiring|received|receiving) (?:hospital |medical )?(?:treatment|care)\b/, "injuries"],
  [/^(?:were |was |have been |had been )?treated (?:in hospital|for (?:injuries|wounds))\b/, "injuries"],
];
/** Qualifiers between an event phrase and its figure: "claimed the lives of at least 130". */
const QUALIFIER_TAIL = String.raw`(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as|an estimated|roughly|no fewer than|fewer than|less than)\s+)?$`;
/** The word before a figure, past its qualifier: "killed about 300". */
const VERB_BEFORE = new RegExp(String.raw`(\p{L}+)\s+${QUALIFIER_TAIL}`, "iu");
/** Everyday phrases for an event that stand before the figure they count. */
const EVENT_PHRASES_BEFORE: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\b(?:claimed|claiming|claims|took|taken|taking|takes|cost|costing|costs)\s+the\s+lives\s+of\s+${QUALIFIER_TAIL}`, "i"), "deaths"],
  [new RegExp(String.raw`\b(?:rounded|rounding|rounds|round)\s+up\s+${QUALIFIER_TAIL}`, "i"), "detained"],
];
const CRAFT_IN_FIGURE = new RegExp(String.raw`\b(${CRAFT_NOUNS})s?\b`, "i");
/** The craft a figure names inside itself ("an Ostian military drone", "none of its drones …"): what was downed. */
function craftInFigure(q: Quantity): string | null {
  if (!q.measure || LEGACY_MEASURES[q.measure] !== "projectiles") return null;
  const m = CRAFT_IN_FIGURE.exec(q.text);
  return m ? m[1]!.toLowerCase() : null;
}

/** A month or a weekday, which a capitalised word after "in" may be instead of a place. */
function isTimeWord(word: string): boolean {
  return MONTH_WORDS.has(word) || WEEKDAYS.has(word);
}

/** A verb that takes lives, right before their count: "claimed 58 lives". */
const LIVES_TAKEN = new RegExp(String.raw`\b(?:claimed|claiming|claims|cost|costing|costs|took|taken|taking|takes)\s+${QUALIFIER_TAIL}`, "i");
/** Projectiles by what became of them: a count of those that hit is not one of those fired or downed. */
const PROJECTILE_FATE: Array<[RegExp, string]> = [
  [/\b(?:shot down|shooting down|intercepted|intercepting|downed|neutrali[sz]ed|destroyed)\b/i, "downed"],
  [/\b(?:hit|hitting|struck|striking|landed|impacted|fell on|exploded)\b/i, "hit"],
];

/**
 * The older measure groups of claims/quantities.ts that name a measure of their own. Counts of an
 * event (deaths, arrests, crowds) come only from the WordNet vocabulary read here, never from them.
 */
const LEGACY_MEASURES: Record<string, string> = {
  troops: "troops",
  tanks: "tanks", vehicles: "vehicles", aircraft: "aircraft", drones: "projectiles", missiles: "projectiles", settlements: "settlements",
  area: "area", distance: "distance", money: "money", appeals: "appeals",
};
/** The event groups of claims/quantities.ts's counts of none ("police detained no one"). */
const ZERO_MEASURES: Record<string, string> = { casualties: "casualties", displaced: "displaced", prisoners: "detained", participants: "participants" };
const PREPOSITIONS = new Set(["in", "on", "at", "during", "after", "before", "across", "near", "around", "from", "by", "with", "for", "since", "over", "under", "into", "through", "outside", "inside"]);

/** Generic nouns for people: they name no narrower scope than "people". */
const GENERIC_PEOPLE = new Set(["people", "person", "persons", "individuals", "individual", "others", "humans", "lives"]);
/** Auxiliaries, adverbs and modifiers that stand between a count and its event: "were reportedly killed". */
const SKIPPABLE = /^(?:were|was|are|is|had|has|have|been|being|be|reportedly|allegedly|apparently|also|all|later|since|then|now|so|far|already|more|other|additional|further|of|them|whom|the|a|an|its|their|who|that|which|in|total|all|more|than|some|confirmed|believed|thought|said|feared|estimated|likely|to|have|having)$/;
const AUX_NEGATION = /\b(?:did not|didn['’]t|had not|hadn['’]t|have not|haven['’]t|has not|hasn['’]t|were not|weren['’]t|was not|wasn['’]t|never)\s+$/;
/** Words that open a clause of its own: what stands past them belongs to another figure. */
const CLAUSE_BREAK = /[;:()\[\]—–]|\s-\s|,\s*(?:while|whereas|but|and|according|with|including)\b|\b(?:while|whereas|but)\b/i;
/** "put the number of dead at 9 and said no miners were missing": what the speaker says next is another clause. */
const AND_REPORTS = new RegExp(String.raw`\s(?:and|but)\s+(?:${[...REPORTING_VERBS.keys()].join("|")})\b`, "i");
const FORECAST = /\b(?:expected to|expects?|forecasts?|predicts?|projected|hoping|hopes?|aims?|plans?|target(?:s|ed)?|will|would|could reach|may reach|might)\b/i;
const PARTIAL_BEFORE = /\b(?:including|among|among them|of whom|of them|another|a further|an additional|adding to(?: the)?|on top of(?: the)?|in addition to(?: the)?)\s+(?:\p{L}+\s+)?$/iu;
const PARTIAL_AFTER = /^\s*(?:more|additional|further|other|new)\b|^\s+of\s+(?:them|whom|those|these|its|their|his|her|our)\b/i;
const CHANGE_BEFORE = /(?:[-+−]\s*|\b(?:by|up|down|rose|rise|rises|risen|fell|falls|fallen|increased|decreased|grew|dropped|gained|lost|jumped|slipped|climbed|cut|raised|lowered|plunged|soared|accelerated|slowed)\s+(?:\p{L}+\s+)?)$/iu;
const CHANGE_AFTER = /^\s*(?:percent|per cent|%)?\s*(?:increase|rise|drop|decline|growth|fall|cut|jump|gain|loss|hike|reduction|higher|lower|more|less)\b/i;
const PERIOD = /\b(?:[Ss]ince\s+(?:\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|the\s+\p{L}+)|(?:this|last|next)\s+(?:year|month|week|decade)|(?:the\s+)?(?:last|previous|next|prior)\s+(?:election|vote|poll|census|season|quarter|round)|in\s+the\s+(?:past|last|first)\s+(?:\p{L}+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)|(?:in|within)\s+(?:the\s+space\s+of\s+)?(?:\d+|\p{L}+)\s+(?:hours?|days?|weeks?|months?)|(?:a|per)\s+(?:year|month|week|day)|in\s+(?:19|20)\d{2}|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|by\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|in\s+(?:January|February|March|April|June|July|August|September|October|November|December)(?!\s+\d{1,2}\b)(?:\s+(?:19|20)\d{2})?|(?:January|February|March|April|June|July|August|September|October|November|December)(?=\s+(?:\p{Ll}|(?:19|20)\d{2}))(?:\s+(?:19|20)\d{2})?)\b/gu;
/** "according to X", "for the police", "X counted", "by the police": who gives this figure. */
const SOURCE_AFTER = /^[^.;]{0,40}?\b(?:according to|for|by|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|[\p{Ll}]+)(?:\s+(?:of\s+the\s+|of\s+)?\p{L}[\p{L}.'’-]*){0,4})/u;
const SOURCE_BEFORE = /(?:according to|for)\s+((?:the\s+)?\p{L}[\p{L}.'’-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{L}[\p{L}.'’-]*){0,4}),?\s+(?:\p{L}+\s+){0,3}$|((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+(?:police|ministry|government|organi[sz]ers|unions?|army|military|authorities))\s+(?:counted|estimated|reported|recorded|registered|put\s+(?:the\s+\p{L}+\s+)*at)\s+(?:\p{L}+\s+){0,2}$/u;
/** "increased by 5,000", "inflated by at least 1 million": a difference, not a level. */
const BY_AMOUNT = /\bby\s+(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as|an estimated|roughly|just)\s+)?[$€£¥₽₴]?\s*$/iu;
/** "the highest number of casualties with 17", "Iran reported the biggest number of deaths at 136": one member of a ranking, a part. */
const RANKED = /\b(?:the\s+)?(?:biggest|highest|largest|greatest|most|second|third)\s+(?:number|share|toll|count)\b|\baccounts?\s+for\b/i;
/** A figure said to have held before: "initially 12", "previously said 140" — an earlier state, not the current count. */
const EARLIER = /\b(?:initially|originally|at first|previously)\b/i;
/** "A week after the eighth march (480,000 marchers)": a figure in brackets after a time reference describes that other occasion. */
const OTHER_OCCASION = /\b(?:after|before|since|than|compared\s+(?:with|to))\s+[^,.;()]{0,60}\(\s*$/i;
/** "in Lyon (22,000 to 55,000 marchers), Brest (20,000)": a figure in brackets after a place's name is that place's. */
const BRACKETED_PLACE = /(?:\bin\s+(?:the\s+)?|,\s*|\bor\s+|\band\s+)(\p{Lu}[\p{L}'’-]+)\s*\(\s*$/u;
/** Currency words after a figure, as wires write them: "12 mln dlrs", "5,654 billion yen". */
const CURRENCY_AFTER = /^\s*(?:mln\s+|bln\s+|billion\s+|million\s+)?(?:dlrs?|dollars?|yen|stg|sterling|pounds?|marks?|francs?|lire|pesos?|rupees?|euros?|roubles?|rubles?|yuan|won|cts|cents?)\b/i;
/** Verbs of change between a noun and its share: "prices rose 4 percent". */
const CHANGE_VERB = /^(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|grown|jumped|climbed|dropped|slipped|soared|plunged|gained|increased|decreased|declined|accelerated|slowed|sped|inched|edged|up|down|by)$/;
/** Words that tie a measured noun to the figure after it. */
const LINKING = /\b(?:is|was|are|were|stood|stands|rose|risen|rises|reached|reaches|exceeded|exceeds|topped|tops|hit|climbed|swelled|jumped|at|of|to|put|puts|totalled|totaled|numbered)$/;
/** "in a second bombing", "another attack", "a separate raid": the count of one incident among several. */
const ANOTHER_EVENT = /\b(?:a|the)\s+(?:second|third|fourth|separate|fresh|further|new|later|earlier)\s+(?:\p{L}+\s+)?(?:attack|bombing|raid|strike|blast|explosion|incident|clash|wave|round|day)\b|\banother\s+(?:\p{L}+\s+)?(?:attack|bombing|raid|strike|blast|explosion|incident|clash)\b/iu;
/** Places that cover a whole country: "across the country", "nationwide". */
const NATIONAL = /\b(?:across|throughout|around|all over|in all of)\s+(?:the\s+)?(?:country|nation)\b|\bnationwide\b|\bin all of \p{Lu}\p{L}+/iu;
const PLACE = /\bin\s+(?:the\s+)?(capital|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;
/** "In the capital alone, …", "In Marrow, …": a place set before the whole sentence holds for each of its figures. */
const FRONTED_PLACE = /^\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?[Ii]n\s+(?:the\s+)?(capital|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s+alone)?\s*,/u;
/**
 * A figure stated as a count or an estimate of what the text names elsewhere: the noun linked to
 * it ("the official count eventually rose to 64") or the counting verb right before it ("the
 * union counted 800,000", "put the number at 3 million").
 */
const QUALIFIER_WORDS = String.raw`(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as|an estimated|roughly|just|only)\s+)?`;
const COUNTED = new RegExp(
  String.raw`\b(?:(?:count|tally|toll|total|figure|number|estimate)s?\s+(?:(?:\p{L}+\s+){0,2}?(?:is|was|were|are|stood|stands|rose|risen|reached|swelled|climbed|jumped|grew|revised|raised|put|at|of|to)\s+){1,2}|(?:counted|tallied|estimated|recorded|registered|claimed|numbered)\s+(?:at\s+)?)` + QUALIFIER_WORDS + "$",
  "iu",
);
const COUNTED_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:were|was|had been|have been)\s+(?:counted|estimated|recorded|registered|reported|tallied)\b/iu;
/**
 * "8 million people, or 41 percent of registered voters, voted": the same count restated in another
 * unit between commas. What the count did stands past it.
 */
const RESTATEMENT = /^((?:\s+[\p{L}'’-]+){0,3}),\s+or\s+(?:[^,;.()]|\.(?=\d)){1,80}?,(?=\s)/u;
/** How far back a counted figure looks for what it counts: the sentence before it, or a headline over a short lead. */
const CONTEXT_CHARS = 400;
/** How far before its clause "turnout" looks for an election: the attribution and the sentence before. */
const VOTING_CONTEXT_CHARS = 200;
/** Words of an election: "turnout" near them is a share or a count of votes. */
const VOTING = /\b(?:vot(?:e|es|ed|ers?|ing)|ballots?|polls?|polling|elections?|electoral|referendum)\b/i;

/**
 * The frame of one figure in its sentence. `sentence` bounds the context; offsets are absolute
 * into `text`. Pure and cheap: windows of at most a few dozen words.
 */
export function frameOf(text: string, sentence: { start: number; end: number }, q: Quantity): QuantityFrame {
  const rawBefore = text.slice(Math.max(sentence.start, q.start - 140), q.start);
  const rawAfter = text.slice(q.end, Math.min(sentence.end, q.end + 160));
  const before = clauseBefore(rawBefore);
  const after = clauseAfter(withoutRestatement(rawAfter));
  const percent = q.unit === "%" || q.measure === "percent";
  const words = lowercaseTokens(after);
  let measure: string | null = null;
  let scope: string | null = null;
  let restricted = false;
  let negated = false;
  let sawPreposition = false;
  let at = 0;
  // A count of none already knows its event ("no one was killed"): nothing after it is its scope.
  if (q.low === 0 && q.high === 0 && q.measure) {
    // The event word of the phrase itself decides: "no one was injured" is a zero of injuries.
    const own = lowercaseTokens(q.text).map((w) => MEASURE_OF.get(w)).filter((m): m is string => m !== undefined).pop();
    // "none of its drones had been shot down": what they are, not the verb ("shot"), is the measure.
    measure = LEGACY_MEASURES[q.measure] === "projectiles" ? "projectiles" : own ?? measureOfWord(q.measure) ?? ZERO_MEASURES[q.measure] ?? null;
    at = words.length;
  }
  // After the figure: the counted noun ("300 protesters", "140 dead"), then the event that happened
  // to it ("people had been killed", "miners died"), past auxiliaries and adverbs.
  for (; at < Math.min(words.length, 10); at += 1) {
    const w = words[at]!;
    // A capitalised word is a name or a month ("cars in March"), never the measure; a nationality
    // says whose ("58 Freedonians").
    if (/^\p{Lu}/u.test(wordAt(rawAfter, w))) {
      if (scope === null && at <= 2 && countryByDemonym(w)) scope = singular(w);
      continue;
    }
    // "killed 7 civilians and injured 30": the event after the conjunction is the next figure's.
    if ((w === "and" || w === "or") && MEASURE_OF.has(words[at + 1] ?? "") && /(?:ed|en)$/.test(words[at + 1]!)) break;
    const phrase = words.slice(at).join(" ");
    // "claimed 58 lives", "cost 12 lives": the lives a verb of taking took are deaths.
    if (at === 0 && w === "lives" && LIVES_TAKEN.test(before)) {
      measure = "deaths";
      break;
    }
    const ev = EVENT_PHRASES.find(([re]) => re.test(phrase));
    if (ev) {
      measure = ev[1];
      break;
    }
    const two = `${w} ${words[at + 1] ?? ""}`;
    const m = MEASURE_OF.get(two) ?? MEASURE_OF.get(w);
    const next = words[at + 1] ?? "";
    // "110 voting centres", "40 protest camps": the event word modifies the noun that is counted.
    if (m && !MEASURE_OF.has(two) && !/s$/.test(w) && isCountNoun(next) && !MEASURE_OF.has(next) && (/ing$/.test(w) || !PEOPLE.has(next))) {
      scope = `thing:${singular(next)}`;
      break;
    }
    // "over 200 demonstrations", "three protests": a crowd's event named right after a figure counts
    // the events, not the people in them (a count of deaths or arrests is one of people).
    if (m === "participants" && at === 0 && !PEOPLE.has(w) && /s$/.test(w)) {
      scope = `thing:${singular(w)}`;
      break;
    }
    if (m) {
      measure = m;
      // "60 votes", "18,287 votes": a tally for one side or one ballot, not a count of who voted.
      if (at === 0 && /^votes?$/.test(w)) {
        measure = "tally";
        break;
      }
      // "police detained at least 60 protesters": the event before the figure says what happened
      // to the people counted; the noun after it says who they were.
      const verb = verbBefore(before);
      if (verb && verb !== m && PEOPLE.has(w)) {
        measure = verb;
        scope = GENERIC_PEOPLE.has(w) ? null : singular(w);
      }
      // "600 protesters were injured", "40 marchers had been arrested": the event after the
      // people says what happened to them; the crowd noun says who they were.
      const event = PEOPLE.has(w) ? eventAfter(words.slice(at + 1, at + 6)) : null;
      if (!verb && event && event !== m) {
        measure = event;
        scope = GENERIC_PEOPLE.has(w) ? null : singular(w);
      }
      break;
    }
    if (w === "who" || w === "that") {
      // "people who showed symptoms died": a clause that narrows the count, unless it is the event.
      const rest = words.slice(at + 1, at + 5);
      if (!rest.some((x) => MEASURE_OF.has(x)) && !EVENT_PHRASES.some(([re]) => re.test(rest.join(" ")))) restricted = true;
      continue;
    }
    if (w === "not" || w === "never" || w === "didn't" || w === "did") {
      if (w !== "did") negated = true;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      // "killed during the protests": past a preposition the words are circumstances, not the count.
      if (at > 2) break;
      sawPreposition = true;
      continue;
    }
    if (scope === null && !sawPreposition && at <= 2 && (PEOPLE.has(w) || isCountNoun(w)) && !SKIPPABLE.test(w)) {
      scope = GENERIC_PEOPLE.has(w) ? null : singular(w);
      if (!PEOPLE.has(w) && scope !== null && !percent) scope = `thing:${scope}`;
      continue;
    }
    if (SKIPPABLE.test(w) || /^\p{Lu}/u.test(wordAt(rawAfter, w))) continue;
    if (at > 3) break;
  }
  // "Some 4,000 residents of the district were evacuated": the people first, then where they were
  // from, then what happened to them.
  if (measure === null && !percent && !scope?.startsWith("thing:") && (PEOPLE.has(words[0] ?? "") || PEOPLE.has(words[1] ?? ""))) {
    const aux = words.slice(0, 12).findIndex((x, i) => i > 0 && /^(?:were|was|had|have|has)$/.test(x));
    if (aux > 0) measure = eventAfter(words.slice(aux, aux + 5));
  }
  const phraseBefore = measure === null && !percent ? EVENT_PHRASES_BEFORE.find(([re]) => re.test(before)) : undefined;
  if (phraseBefore) measure = phraseBefore[1];
  // Before the figure: the event verb ("killed about 300", "detained 60") or the measured noun
  // with a copula ("the death toll has risen to 140", "the number of demonstrators exceeded 1.5 million").
  if ((measure === null && !scope?.startsWith("thing:")) || percent) {
    // Names are no measures: "Shell Canada" sells oil, not shells.
    const back = before.split(/[^\p{L}'’-]+/u).filter(Boolean).slice(-16).map((w) => (/^\p{Lu}/u.test(w) ? "" : w.toLowerCase()));
    // A measured noun further back must be linked to the figure ("the toll … has risen to 140",
    // "the number of marchers exceeded 1.5 million"), not merely stand in the clause ("protests
    // against raising the retirement age from 62 to 64").
    const linked = LINKING.test(back.slice(-4).join(" "));
    for (let i = back.length - 1; i >= 0; i -= 1) {
      const w = back[i]!;
      if (back.length - i > 3 && !linked) break;
      const two = `${back[i - 1] ?? ""} ${w}`;
      const m = MEASURE_OF.get(two) ?? (MEASURE_NOUNS.has(w) || i === back.length - 1 ? MEASURE_OF.get(w) : undefined);
      if (m) {
        measure = m;
        if (AUX_NEGATION.test(`${back.slice(0, i).join(" ")} `)) negated = true;
        break;
      }
    }
  }
  // A sum of money is money whatever words stand near it ("a 1.2 mln dlr loss", "net loss 850,000").
  const money = q.measure === "money" || CURRENCY_AFTER.test(rawAfter) || /\bnet\s+(?:loss|profit|income)\b[^.;]{0,20}$/i.test(rawBefore);
  const source = sourceNear(rawBefore, rawAfter);
  // "119,000 were counted by the police", "the official count rose to 64", "1.1 million according
  // to the ministry", "twice that number": a count whose clause names no event counts what the
  // text last named.
  if (measure === null && !money && !percent && !scope?.startsWith("thing:") && (source !== null || COUNTED.test(before.slice(-80)) || COUNTED_AFTER.test(after) || isMultipleOfPrevious(q.text))) {
    measure = measureBefore(text, q.start);
  }
  let base = money ? "money" : measure ?? (q.measure ? LEGACY_MEASURES[q.measure] ?? null : null);
  const share = percent ? percentOf(before, words) : null;
  if (percent) base = `percent:${share?.of ?? measure ?? "?"}`;
  // "The institute reported a 10.9 percent rise": a rise with no subject in its clause is one of
  // the rate the text named last ("inflation", "prices"), when it named one.
  if (base === "percent:?" && CHANGE_AFTER.test(rawAfter) && RATE_BEFORE.test(text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start))) base = "percent:inflation";
  let change = (percent && (CHANGE_BEFORE.test(rawBefore.slice(-30)) || CHANGE_AFTER.test(rawAfter))) || BY_AMOUNT.test(rawBefore.slice(-40));
  // Inflation is how much prices rose: "consumer prices rose 10 percent" and "inflation was 10
  // percent" are one figure, a change either way.
  if (base === "percent:price" && change) base = "percent:inflation";
  if (base === "percent:inflation") change = true;
  // A count of "turnout" is a crowd until the text around says it was an election's: then it
  // counts votes. (A share of turnout stays one: beside a share of the vote it is another share.)
  if (base === "participants" && /\bturnouts?\b/i.test(`${before.slice(-160)} ${after}`) && VOTING.test(text.slice(Math.max(0, sentence.start - VOTING_CONTEXT_CHARS), sentence.end))) base = "votes";
  else if (q.unit && q.measure === "money") base = "money";
  // "shot down all 25 drones", "9 drones hit buildings": what became of them, the verb before the
  // figure first (it governs the count), else the one right after the counted noun.
  if (base === "projectiles") {
    const near = [before.slice(-30), q.low === 0 && q.high === 0 ? q.text : "", words.slice(0, 5).join(" ")];
    const fate = near.map((t) => PROJECTILE_FATE.find(([re]) => re.test(t))?.[1]).find((f) => f !== undefined);
    if (fate) base = `projectiles ${fate}`;
  }
  // "Raised the toll from 64 to 2,975": the figure after "from" is the one replaced, an earlier state.
  const periodText = EARLIER.test(before.slice(-80)) || CHANGE_FROM.test(rawBefore) ? "initially" : periodNear(text, sentence, q, percent);
  const bracket = openBracket(text.slice(sentence.start, q.start));
  return {
    measure: base,
    // A share names what it is of in its measure; the noun after it is no narrower group, but the
    // group a strike's share is of is ("of secondary teachers").
    scope: percent ? (share?.group ?? null) : (scope ?? craftInFigure(q)),
    source,
    place: placeNear(before, after) ?? bracketPlace(text.slice(sentence.start, q.start), bracket) ?? frontedPlace(text.slice(sentence.start, q.start)),
    period: periodText,
    partial: PARTIAL_BEFORE.test(rawBefore.slice(-40)) || PARTIAL_AFTER.test(rawAfter) || restricted || RANKED.test(before.slice(-80)) || ANOTHER_EVENT.test(text.slice(sentence.start, sentence.end)) || (bracket !== null && OTHER_OCCASION.test(bracket)),
    change,
    forecast: FORECAST.test(before.slice(-60)) || /^\s*(?:\p{L}+\s+){0,2}(?:will|would|are expected|is expected)\b/iu.test(after),
    negated,
  };
}

/**
 * The event a figure counts when its own clause names none: the nearest measure word before it in
 * the text, back to CONTEXT_CHARS ("800,000 people took part, while 119,000 were counted": the
 * crowd). Names are no measures.
 */
function measureBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const raw = window.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // A window cut mid-word loses its first word.
  if (at - CONTEXT_CHARS > 0) raw.shift();
  const words = raw.map((w) => w.toLowerCase());
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (/^\p{Lu}/u.test(raw[i]!)) continue;
    const ev = EVENT_PHRASES.find(([re]) => re.test(words.slice(i, i + 5).join(" ")));
    const m = ev?.[1] ?? MEASURE_OF.get(`${words[i - 1] ?? ""} ${words[i]}`) ?? MEASURE_OF.get(words[i]!);
    if (m && m !== "projectiles") return m;
  }
  return null;
}

/** The text up to and with the bracket a figure stands in, if it stands in one: "… in Lyon (" for "in Lyon (22,000 marchers". */
function openBracket(lead: string): string | null {
  const open = lead.lastIndexOf("(");
  return open >= 0 && !lead.includes(")", open) ? lead.slice(0, open + 1) : null;
}

/** The place whose name a bracket with the figure follows, when the sentence lists places ("in Lyon (…), Brest (…)"). */
function bracketPlace(lead: string, bracket: string | null): string | null {
  if (bracket === null || !/\bin\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+\s*\(/u.test(lead)) return null;
  const hit = BRACKETED_PLACE.exec(bracket);
  if (!hit || countryByName(hit[1]!)) return null;
  const name = hit[1]!.toLowerCase().replace(/['’]s?$/, "");
  // "in September", "in March 2017": a time, not a place.
  return isTimeWord(name.split(" ")[0]!) ? null : name;
}

/** The place a sentence opens with, when it names one that is no country: "In the capital alone, …". */
function frontedPlace(lead: string): string | null {
  const hit = FRONTED_PLACE.exec(lead);
  if (!hit || countryByName(hit[1]!)) return null;
  const name = hit[1]!.toLowerCase().replace(/['’]s?$/, "");
  // "in September", "in March 2017": a time, not a place.
  return isTimeWord(name.split(" ")[0]!) ? null : name;
}

/** The measure of the word right before a figure, past a qualifier: "detained at least 60" → detained. */
function verbBefore(before: string): string | null {
  const phrase = EVENT_PHRASES_BEFORE.find(([re]) => re.test(before));
  if (phrase) return phrase[1];
  const m = VERB_BEFORE.exec(before);
  return m ? MEASURE_OF.get(m[1]!.toLowerCase()) ?? null : null;
}

/** The words after a figure without a restatement of it in another unit (RESTATEMENT). */
function withoutRestatement(after: string): string {
  return after.replace(RESTATEMENT, "$1");
}

function clauseBefore(s: string): string {
  let cut = 0;
  const re = new RegExp(CLAUSE_BREAK.source, "gi");
  for (const m of s.matchAll(re)) cut = m.index! + m[0].length;
  return s.slice(cut);
}

function clauseAfter(s: string): string {
  // Up to the next figure, comma or clause of its own: the counted noun and its event come first.
  const fig = /\d|,|\baccording to\b/.exec(s);
  const brk = CLAUSE_BREAK.exec(s);
  const end = Math.min(fig?.index ?? s.length, brk?.index ?? s.length, AND_REPORTS.exec(s)?.index ?? s.length, /[.!?]\s/.exec(s)?.index ?? s.length);
  return s.slice(0, end);
}

function wordAt(raw: string, lower: string): string {
  const i = raw.toLowerCase().indexOf(lower);
  return i >= 0 ? raw.slice(i, i + lower.length) : lower;
}

function singular(w: string): string {
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  return w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

/** A plural common noun right after a figure that WordNet does not list as people: "43 tanks". */
function isCountNoun(w: string): boolean {
  return w.length > 3 && /s$/.test(w) && !STOPWORDS.has(w) && !SKIPPABLE.test(w) && !PREPOSITIONS.has(w);
}

/** The event a passive or intransitive verb right after a counted noun names: "were injured", "had died". */
function eventAfter(words: string[]): string | null {
  for (const w of words) {
    if (/^(?:were|was|are|is|had|have|has|been|being|got|reportedly|allegedly|also|later|all)$/.test(w) || /ly$/.test(w)) continue;
    const ev = EVENT_PHRASES.find(([re]) => re.test(words.slice(words.indexOf(w)).join(" ")));
    return ev ? ev[1] : (MEASURE_OF.get(w) ?? null);
  }
  return null;
}

/** A rate named in the text before a bare rise: inflation, or prices (how much they rose is inflation). */
const RATE_BEFORE = /\b(?:inflation|consumer\s+prices|price\s+index)\b/i;
/** What a share of workers did when it joined a strike. */
const STRUCK = /^(?:(?:are|were|is|was|have|had|has)\s+)?(?:on\s+strike|striking|went\s+on\s+strike|joined\s+(?:the\s+|a\s+)?(?:strike|walkout|stoppage)|walked\s+out|stopped\s+work)\b/;
/** What voters did when a share of them is a turnout: "of voters took part", "of the electorate voted". */
const TOOK_PART = /^(?:(?:have|had|has|actually|eventually)\s+)?(?:took part|participated|voted|turned out|cast)\b/;

/** What a share is of: "percent of registered voters", "teachers ... 70 percent", "inflation at 25 percent". */
function percentOf(before: string, after: string[]): { of: string; group?: string } | null {
  const ofAt = after.indexOf("of");
  if (ofAt >= 0 && ofAt <= 2) {
    // The head of the noun phrase after "of": "of primary school teachers are on strike" → teachers.
    const rest = after.slice(ofAt + 1, ofAt + 8);
    let head: string | null = null;
    let i = 0;
    for (; i < rest.length; i += 1) {
      const w = rest[i]!;
      if (w === "the" || w === "a" || w === "an" || w === "its" || w === "their") continue;
      const next = rest[i + 1];
      // "of registered voters": a participle before a noun modifies it; after the noun it is what the share did.
      const modifier = /(?:ed|ing)$/.test(w) && next !== undefined && !STOPWORDS.has(next) && !SKIPPABLE.test(next) && head === null;
      if (modifier) continue;
      if (STOPWORDS.has(w) || SKIPPABLE.test(w) || /(?:ed|ing)$/.test(w) || OPPOSITE_OF.has(w)) break;
      head = w;
      // A measure word or a plural closes the noun phrase: "of registered voters took part".
      if (MEASURE_OF.has(w) || (/s$/.test(w) && !/ss$/.test(w))) {
        i += 1;
        break;
      }
    }
    if (head) {
      const what = MEASURE_OF.get(head) ?? singular(head);
      // What the share did: "of the voters abstained" is the share that did not vote; "of voters
      // took part" is the share that turned out, a turnout.
      const did = rest.slice(i, i + 3);
      if (did.some((x) => OPPOSITE_OF.has(x))) return { of: `${what}+not` };
      if (what === "votes" && TOOK_PART.test(did.join(" "))) return { of: "participants" };
      // "70 percent of teachers are on strike": the share of a workforce that struck, a turnout of the strike.
      if (PEOPLE.has(head) && STRUCK.test(rest.slice(i, i + 4).join(" "))) {
        const group = rest.slice(0, i).filter((w) => !/^(?:the|a|an|its|their)$/.test(w)).map((w, k, all) => (k === all.length - 1 ? singular(w) : w));
        return { of: "participants", group: group.join(" ") };
      }
      return { of: what };
    }
  }
  // "won 54 percent", "received no more than 35 percent": a share obtained in a count is a share of the vote.
  if (/\b(?:won|wins|win|winning|received|receives|receiving|secured|garnered|polled|got|gets)\s+(?:(?:at least|more than|over|about|around|nearly|almost|no more than|less than|fewer than|just|only|some)\s+)?$/i.test(before)) return { of: "votes" };
  // A measure word of the clause wins over the nearest noun: "turnout in the historic Constituent
  // Assembly was over 41 percent" is a share of turnout, not of the assembly.
  const clause = lowercaseTokens(before).slice(-14).reverse();
  for (const w of clause) if (MEASURE_NOUNS.has(w)) return { of: MEASURE_OF.get(w)! };
  // The nearest noun before the share, past the verb of change ("prices rose 4 percent") and past
  // names ("inflation in Tarvel at 25 percent" is a share of inflation, not of Tarvel).
  const names = new Set(before.split(/[^\p{L}'’-]+/u).filter((w, i) => i > 0 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  const back = clause.slice(0, 6);
  for (const w of back) if (!STOPWORDS.has(w) && !SKIPPABLE.test(w) && !CHANGE_VERB.test(w) && !names.has(w) && w.length > 3 && !/(?:ed|ly)$/.test(w)) return { of: MEASURE_OF.get(w) ?? singular(w) };
  return null;
}

/**
 * The period nearest the figure, after it first. A month is a share's period ("February inflation
 * was 0.7%"); near a count it dates the event more often than it bounds the count ("killed in the
 * August poll protests"), so counts skip it.
 */
function periodNear(text: string, sentence: { start: number; end: number }, q: Quantity, months: boolean): string | null {
  const from = Math.max(sentence.start, q.start - 60);
  const window = text.slice(from, Math.min(sentence.end, q.end + 80));
  const at = q.start - from;
  const end = q.end - from;
  let best: { text: string; d: number } | null = null;
  for (const m of window.matchAll(PERIOD)) {
    const month = MONTH_WORDS.has(m[0].toLowerCase().replace(/^in\s+/, "").split(" ")[0]!);
    if (month && !months) continue;
    const d = m.index! >= end ? m.index! - end : 1000 + at - (m.index! + m[0].length);
    if (!best || d < best.d) best = { text: m[0].toLowerCase().replace(/\s+/g, " "), d };
  }
  // "February inflation" and "in February" are one period, a month within any longer one.
  if (best && MONTH_WORDS.has(best.text.split(" ")[0]!)) return `in ${best.text}`;
  return best?.text ?? null;
}

function sourceNear(before: string, after: string): string | null {
  const a = SOURCE_AFTER.exec(clauseAfterKeepingSource(after));
  const found = a && /according to/i.test(a[0]) ? norm(a[1]!) : (() => {
    const b = SOURCE_BEFORE.exec(before.slice(-120));
    return b ? norm((b[1] ?? b[2])!) : null;
  })();
  return found || null;
}

/** The text after a figure up to its next figure, where "according to X" still belongs to it. */
function clauseAfterKeepingSource(s: string): string {
  const fig = /\d/.exec(s);
  return s.slice(0, Math.min(fig?.index ?? s.length, /[.;!?]/.exec(s)?.index ?? s.length));
}

/**
 * Where the figure was counted, when its clause says: "in Paris", "in the capital". A country is
 * too broad to tell two counts apart (a camp struck "in Freedonia" is also "in Marrow Valley") and reads
 * as no place; a count "across the country" is marked nationwide, which no city's count matches.
 */
function placeNear(before: string, after: string): string | null {
  if (NATIONAL.test(after.slice(0, 60)) || NATIONAL.test(before.slice(-50))) return NATIONWIDE;
  // A name that starts within the window is read whole ("in Tinkara", not "in Ti").
  // "rose to 23 and the toll in Teri Mangal rose to 81": a place past "and the …" is the next clause's.
  const own = after.split(/\s(?:and|or)\s+(?:the|a|an|its|their)\s/i)[0]!;
  const near = PLACE.exec(own.slice(0, 100));
  const hit = (near && near.index < 60 ? near : null) ?? PLACE.exec(before.slice(-50));
  if (!hit || countryByName(hit[1]!)) return null;
  const name = hit[1]!.toLowerCase().replace(/['’]s?$/, "");
  // "in September", "in March 2017": a time, not a place.
  return isTimeWord(name.split(" ")[0]!) ? null : name;
}

/** A source phrase up to the first word that is no part of a name: "the cgt (including" → "cgt". */
function norm(s: string): string {
  const words = s.toLowerCase().replace(/^the\s+/, "").split(/\s+/);
  const end = words.findIndex((w) => /^(?:it|they|he|she|there|were|was|is|are|has|have|had|said|says|exceeds?|exceeded|including|and|while|who|which)$/.test(w) || /[(,]/.test(w));
  const kept = (end < 0 ? words : words.slice(0, end)).join(" ").trim();
  return kept;
}

/** The place of a count said to cover a whole country. */
export const NATIONWIDE = "(nationwide)";

/** Whether a word names a measure in the WordNet-built vocabulary, and which. */
export function measureOfWord(word: string): string | null {
  return MEASURE_OF.get(word.toLowerCase()) ?? null;
}
