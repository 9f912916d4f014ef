/*
 * Attribution, table-driven over invented sentences: speaker words, verb lemma, content, denial;
 * sentences that are only an attribution; where a sentence stands in a direct quote.
 */

import { bareAttribution, findAttribution, headlineAttribution, quoteState } from "../../../../server/src/nlp/claims/attribution";

interface Row {
  sentence: string;
  speaker: string | null;
  lemma?: string;
  content?: string;
  denial?: boolean;
  counter?: boolean;
}

const cut = (s: string, span: { start: number; end: number }) => s.slice(span.start, span.end);

describe("findAttribution", () => {
  const rows: Row[] = [
    { sentence: "The harbour authority said that 40 ships were waiting offshore.", speaker: "The harbour authority", lemma: "say", content: "40 ships were waiting offshore" },
    { sentence: "Forty ships were waiting offshore, the harbour authority said.", speaker: "the harbour authority", content: "Forty ships were waiting offshore" },
    { sentence: "\"We will not close the port,\" said Maria Lindqvist, the mayor.", speaker: "Maria Lindqvist", content: "We will not close the port" },
    { sentence: "According to the interior ministry, 12 people were detained.", speaker: "the interior ministry", lemma: "according to", content: "12 people were detained" },
    { sentence: "12 people were detained, according to the interior ministry.", speaker: "the interior ministry", content: "12 people were detained" },
    { sentence: "The army rejected claims that the bridge had been destroyed.", speaker: "The army", denial: true, content: "the bridge had been destroyed" },
    { sentence: "The commission refuted claims by the Unity Party that ballots had been burned.", speaker: "The commission", denial: true, content: "ballots had been burned" },
    { sentence: "The army flatly denied opposition reports that the bridge had been destroyed.", speaker: "The army", denial: true, content: "the bridge had been destroyed" },
    { sentence: "The government denied that the talks had collapsed.", speaker: "The government", denial: true, content: "the talks had collapsed" },
    { sentence: "For its part, the army denied allegations regarding the shelling of the market.", speaker: "the army", denial: true, content: "the shelling of the market" },
    { sentence: "The opposition counters that turnout exceeded 60 percent.", speaker: "The opposition", counter: true, content: "turnout exceeded 60 percent" },
    { sentence: "General Amara Osei informed the president that the rebels had withdrawn from the valley.", speaker: "General Amara Osei", content: "the rebels had withdrawn from the valley" },
    { sentence: "The minister told reporters on Monday that the dam was safe.", speaker: "The minister", content: "the dam was safe" },
    { sentence: "Despite the storm, the coast guard confirmed that all crew members were rescued.", speaker: "the coast guard", content: "all crew members were rescued" },
    { sentence: "If the ceasefire fails, one diplomat warned, fighting will resume within days.", speaker: "one diplomat" },
    { sentence: "Local officials have confirmed the closure of three schools.", speaker: "Local officials", content: "the closure of three schools" },
    { sentence: "The ministry openly states that it can keep prices frozen for two years.", speaker: "The ministry", content: "it can keep prices frozen for two years" },
    { sentence: "On Tuesday, it was reported that the factory had reopened.", speaker: null, content: "the factory had reopened" },
    // A determiner-led noun phrase is a speaker whatever its noun: no list names every trade.
    { sentence: "The ferry operator said on Friday that crossings had fallen sharply.", speaker: "The ferry operator", content: "crossings had fallen sharply" },
    { sentence: "Catches had halved since spring, a local fisherman said.", speaker: "a local fisherman", content: "Catches had halved since spring" },
    // "put the toll at": an estimate by the subject; "put pressure on" is no report.
    { sentence: "The ministry put the number of dead at nine on Tuesday.", speaker: "The ministry", lemma: "estimate", content: "the number of dead at nine on Tuesday" },
    { sentence: "Private estimates put inflation at around 25 percent last year.", speaker: "Private estimates", lemma: "estimate", content: "inflation at around 25 percent last year" },
    { sentence: "An independent inquiry found that 212 people died in the floods.", speaker: "An independent inquiry", lemma: "find", content: "212 people died in the floods" },
    { sentence: "Mara Kade received 31 percent of the vote, the election commission said after counting ended on Monday.", speaker: "the election commission", content: "Mara Kade received 31 percent of the vote" },
    // A trailing attribution followed by a time or by an aside: the aside is not what was said.
    { sentence: "Police detained at least 60 protesters, Civic Watch said, citing lawyers for those held.", speaker: "Civic Watch", lemma: "say", content: "Police detained at least 60 protesters" },
    { sentence: "More than 40,000 people marched through the capital on Saturday, independent monitors said, in the largest protest in a decade.", speaker: "independent monitors", content: "More than 40,000 people marched through the capital on Saturday" },
    { sentence: "The pipeline was shut for repairs, the operator said on Monday.", speaker: "the operator", content: "The pipeline was shut for repairs" },
    { sentence: "Water levels were falling, the mayor told reporters late on Sunday.", speaker: "the mayor", lemma: "tell", content: "Water levels were falling" },
    // "said P and that Q": both propositions, not an object before "that".
    { sentence: "The commission said turnout reached 71 percent and that the ruling party won.", speaker: "The commission", lemma: "say", content: "turnout reached 71 percent and that the ruling party won" },
    // Any participle opens the aside, and a figure's thousands comma does not end the content.
    { sentence: "At least 40 people died and more than 15,000 fled, the governor's office said, contradicting the ministry's toll of 11.", speaker: "the governor's office", lemma: "say", content: "At least 40 people died and more than 15,000 fled" },
    { sentence: "\"The event passed peacefully,\" ministry spokesman Ivo Brandt told reporters.", speaker: "ministry spokesman Ivo Brandt", lemma: "tell", content: "The event passed peacefully" },
    // Single quote marks, as British outlets print a quote; "it's" inside does not close it.
    { sentence: "'It's over, the dam will hold,' the engineer said.", speaker: "the engineer", content: "It's over, the dam will hold" },
    // A page that wraps a wire paragraph in double marks around the single-quoted quote.
    { sentence: "\"'The levee is sound,' he told state radio.\"", speaker: "he", content: "The levee is sound" },
    { sentence: "\"We will take the case to court,\" the mayor was quoted as saying by the Valley Post.", speaker: "the mayor", content: "We will take the case to court" },
    // The verb before the speaker, and an apposition after it.
    { sentence: "Turnout was inflated by at least 200,000 votes, said Ballotech, a company that built the voting machines.", speaker: "Ballotech", content: "Turnout was inflated by at least 200,000 votes" },
    { sentence: "The dam failed at dawn: said the regional governor, Ilse Marek.", speaker: "the regional governor", content: "The dam failed at dawn" },
    // A plural subject makes "say" a verb.
    { sentence: "In some villages the wells ran dry, researchers say.", speaker: "researchers", lemma: "say", content: "In some villages the wells ran dry" },
    // A participle phrase before the subject is not the speaker.
    { sentence: "Speaking to reporters in Tarvel, the governor said that the levee had held.", speaker: "the governor", content: "the levee had held" },
    // "said the claim by a British firm": the verb's object, not a passive "reported by The Times".
    { sentence: "The head of the water board, Ilse Marek, said the claim by a British firm was false.", speaker: "The head of the water board, Ilse Marek", content: "the claim by a British firm was false" },
    // A name with a long apposition: the name speaks.
    { sentence: "Rami Haddad, a doctor who runs the clinic from his home in the old town, said the wards were full.", speaker: "Rami Haddad", content: "the wards were full" },
    { sentence: "The ministry said in a statement: the dam is safe.", speaker: "The ministry", content: "the dam is safe" },
    { sentence: "It is worth noting that Foreign Minister Ana Ruiz announced that talks would resume.", speaker: "Foreign Minister Ana Ruiz", content: "talks would resume" },
    // A source between a fronted adverbial and its clause, or before more figures, says the whole sentence.
    { sentence: "In the old town alone, according to the union, 9,000 people marched, while 2,000 were counted by police.", speaker: "the union", content: "In the old town alone, according to the union, 9,000 people marched, while 2,000 were counted by police" },
    { sentence: "Crowds filled Arvel: 90,000 according to Civic Watch (including 5,000 students) and 30,000 according to police.", speaker: "Civic Watch (including 5", content: "Crowds filled Arvel: 90,000 according to Civic Watch (including 5,000 students) and 30,000 according to police" },
    // "that" after a verb of the proposition is a determiner, not the complementiser.
    { sentence: "The opposition said turnout was less than half that number.", speaker: "The opposition", content: "turnout was less than half that number" },
  ];

  it.each(rows)("should attribute: $sentence", (row) => {
    const a = findAttribution(row.sentence);
    expect(a).not.toBeNull();
    expect(a!.speaker?.text ?? null).toBe(row.speaker);
    if (row.lemma) expect(a!.verbLemma).toBe(row.lemma);
    if (row.content) expect(cut(row.sentence, a!.content)).toBe(row.content);
    expect(a!.denial).toBe(row.denial ?? false);
    if (row.counter !== undefined) expect(a!.counter).toBe(row.counter);
  });

  it.each([
    "The agency could not independently confirm the figures.",
    "He will not admit this publicly.",
    "The river rose two metres overnight.",
    // Passive reports: the subject is what is reported on, not who reports.
    "The vessel is said to have sunk near the reef.",
    "The old bridge was widely reported to be unsafe.",
    "A truck thought to be stolen was found near the depot.",
    "The new rule, reported Sunday by The Harbour Gazette, takes effect in May.",
    // Verbs that are also nouns, where agreement says noun.
    "Prices rose 4 percent this year in Tarvel, well above the official estimate.",
    "The toll rose to 40 in Tarvel, the highest since the official report.",
    // A participle used as an adjective.
    "The Tarvel rally drew an estimated 2,000 people.",
    // "put" reports only a tally put at a figure.
    "The union put pressure on the ministry to reopen the mine.",
    // A denial verb as an adjective.
    "Transport minister Ida Lund resigned on Monday over a disputed rail contract.",
  ])("should find no attribution in: %s", (sentence) => {
    expect(findAttribution(sentence)).toBeNull();
  });
});

describe("headlineAttribution", () => {
  it.each([
    ["Relief agency: 14 died in mine collapse", "Relief agency", "14 died in mine collapse"],
    ["Harbour police: no one was hurt in the blast", "Harbour police", "no one was hurt in the blast"],
  ])("should read the source before a headline's colon: %s", (headline, speaker, content) => {
    const a = headlineAttribution(headline);
    expect(a?.speaker?.text).toBe(speaker);
    expect(a && cut(headline, a.content)).toBe(content);
  });

  it.each(["UPDATE: Opposition says 1,300 killed in attack", "Analysis: why the truce failed", "What we know so far: the floods in numbers", "Ceasefire holds overnight"])(
    "should read no source in a rubric or a headline without one: %s",
    (headline) => {
      expect(headlineAttribution(headline)).toBeNull();
    },
  );
});

describe("bareAttribution", () => {
  it.each([
    { sentence: "Johan Smit said.", speaker: "Johan Smit", introduces: false },
    { sentence: "the spokesman added on Monday.", speaker: "the spokesman", introduces: false },
    { sentence: "The harbour master told reporters in Tarvel:", speaker: "The harbour master", introduces: true },
    { sentence: "That was how the army spokesman put it.", speaker: "the army spokesman", introduces: false },
    { sentence: "Those were the words of Governor Elin Maas.", speaker: "Governor Elin Maas", introduces: false },
    { sentence: "added Pedro Ruiz, a spokesman for the port.", speaker: "Pedro Ruiz, a spokesman for the port", introduces: false },
  ])("should read a bare attribution: $sentence", ({ sentence, speaker, introduces }) => {
    const b = bareAttribution(sentence);
    expect(b?.speaker.text).toBe(speaker);
    expect(b?.introduces).toBe(introduces);
  });

  it.each([
    "The bridge remained open to traffic, officials said.",
    "Eleven people were killed and 300 fled, the ministry said.",
    "Tehran says at least 131 of its citizens died.",
    "The council said last week that the road would reopen.",
  ])("should find content, not a bare attribution, in: %s", (sentence) => {
    expect(bareAttribution(sentence)).toBeNull();
  });
});

describe("quoteState", () => {
  it.each([
    { sentence: "\"The road is closed.", open: false, startsQuoted: true, endsOpen: true },
    { sentence: "Crews are on their way,\" she said.", open: true, startsQuoted: true, endsOpen: false },
    { sentence: "“The bridge held,” he said.", open: false, startsQuoted: true, endsOpen: false },
    { sentence: "'It's over, the water is falling.", open: false, startsQuoted: true, endsOpen: true },
    { sentence: "The pilgrims' tents burned.", open: false, startsQuoted: false, endsOpen: false },
    { sentence: "The agency said \"the reports are false.", open: false, startsQuoted: false, endsOpen: true },
  ])("should follow the marks in: $sentence", ({ sentence, open, startsQuoted, endsOpen }) => {
    expect(quoteState(sentence, open)).toEqual({ startsQuoted, endsOpen });
  });
});
