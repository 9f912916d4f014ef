/*
 * Which sentences become claims, and whose: headlines, direct quotes with the speaker beside them,
 * unattributed facts and negated events in; questions, page furniture and bare commentary out.
 * Table-driven over invented articles run through the per-document stages.
 */

import { analyseInput } from "../../../../server/src/nlp/pipeline";
import type { ClaimDraft } from "../../../../server/src/nlp/claims/extract";

/** The drafts of one invented article; `title` goes in the manifest, as a feed would give it. */
function draftsOf(text: string, title: string | null = null): { text: string; drafts: ClaimDraft[] } {
  const a = analyseInput({
    name: "story.txt",
    bytes: new TextEncoder().encode(text),
    manifest: { file: "story.txt", outlet: "Valley Post", published: "2026-03-02", precision: "day", url: null, title, via: null, language: "en" },
  });
  const w = a.work[0]!;
  return { text: w.doc.text, drafts: w.drafts };
}

const claimOn = (text: string, phrase: string, title: string | null = null) => {
  const d = draftsOf(text, title);
  return d.drafts.find((c) => d.text.slice(c.start, c.end).includes(phrase)) ?? null;
};

describe("extractClaims: what becomes a claim", () => {
  interface Row {
    why: string;
    text: string;
    title?: string;
    phrase: string;
    speaker: string | null;
    /** The named entity the speaker words resolve to, when they name one. */
    mention?: string;
    polarity?: "positive" | "negative";
  }
  const rows: Row[] = [
    { why: "a headline with a figure and a reporting verb", text: "Rebels say 300 killed in Tarvel raid, gas used\n\nThe raid began before dawn.", title: "Rebels say 300 killed in Tarvel raid, gas used", phrase: "300 killed", speaker: "Rebels" },
    { why: "a title-case headline when it is the document's title", text: "Flood Kills 40 In Lower Ardan Valley\n\nThe water rose overnight.", title: "Flood Kills 40 In Lower Ardan Valley", phrase: "Flood Kills 40", speaker: null },
    { why: "a quote with its attribution after it, verb first", text: "\"We did not fire a single shot,\" alleged the minister.", phrase: "single shot", speaker: "the minister", polarity: "negative" },
    { why: "a quote whose speaker stands in the next sentence", text: "\"There were no casualties.\" That was how the army spokesman put it.", phrase: "no casualties", speaker: "the army spokesman", polarity: "negative" },
    { why: "a quote paragraph followed by a bare attribution", text: "\"The bridge held through the night. The water is falling now.\"\n\nJohan Smit said.", phrase: "water is falling", speaker: "Johan Smit", mention: "Johan Smit" },
    { why: "a quote introduced by an attribution ending in a colon", text: "The harbour master told reporters on Monday:\n\n\"Forty ships are waiting outside the port.\"", phrase: "Forty ships", speaker: "The harbour master" },
    { why: "a quote in single marks, as British outlets print it", text: "'The dam will hold until the spring,' the engineer said.", phrase: "dam will hold", speaker: "the engineer" },
    { why: "a quote that goes on after an attributed one", text: "\"The road is closed,\" Mayor Ana Ruiz said. \"Crews will reopen it on Friday.\"", phrase: "Crews will reopen", speaker: "Mayor Ana Ruiz", mention: "Ana Ruiz" },
    { why: "a quote that opens in an attributed sentence and runs on", text: "The agency said \"the reports are false. The pumps never stopped working.\"", phrase: "pumps never stopped", speaker: "The agency", polarity: "negative" },
    { why: "an unattributed statement of fact", text: "The ferry sank near the harbour entrance on Tuesday.", phrase: "ferry sank", speaker: null },
    { why: "a negated event: no one hurt", text: "No one was hurt.", phrase: "No one was hurt", speaker: null, polarity: "negative" },
    { why: "a negated event: nobody detained", text: "Nobody was detained.", phrase: "Nobody was detained", speaker: null, polarity: "negative" },
    { why: "a negated existence: no troops in the town", text: "No troops were in the town.", phrase: "No troops", speaker: null, polarity: "negative" },
    { why: "a negated event: did not kill anyone", text: "The patrol did not kill anyone.", phrase: "did not kill", speaker: null, polarity: "negative" },
    {
      why: "a pronoun speaker whose name stands earlier in the same sentence",
      text: "Engineer Pavel Strom inspected the dam on Monday. But Governor Elin Maas kept praising the crews, as she warned that the river would rise again.",
      phrase: "kept praising",
      speaker: "she",
      mention: "Elin Maas",
    },
    {
      why: "a carried pronoun speaker, not the name inside the quote that carries it",
      text: "Governor Elin Maas spoke to reporters on Monday.\n\n\"The dam will not hold. Engineer Pavel Strom saw the cracks himself,\" she said.",
      phrase: "dam will not hold",
      speaker: "she",
      mention: "Elin Maas",
    },
    {
      why: "a first line that is a headline when the title came from the page's address",
      text: "Ferry Sinks Off Tarvel Coast In Storm\n\nThe crew was rescued on Tuesday.",
      title: "ferry sinks off tarvel coast",
      phrase: "Ferry Sinks",
      speaker: null,
    },
    { why: "a trailing attribution with a plural present verb", text: "In some villages the wells ran dry, researchers say.", phrase: "wells ran dry", speaker: "researchers" },
  ];

  it.each(rows)("should make a claim of $why", (row) => {
    const c = claimOn(row.text, row.phrase, row.title ?? null);
    expect(c).not.toBeNull();
    expect(c!.speakerText).toBe(row.speaker);
    if (row.mention) expect(c!.speakerMention?.text).toBe(row.mention);
    if (row.polarity) expect(c!.polarity).toBe(row.polarity);
  });

  it("should take the speaker's mention from the attribution's sentence, not the quote's", () => {
    const d = draftsOf("\"The levee is sound.\" That was how Governor Elin Maas put it.");
    expect(d.drafts).toHaveLength(1);
    const c = d.drafts[0]!;
    expect(d.text.slice(c.speakerMention!.start, c.speakerMention!.end)).toBe("Elin Maas");
    expect(c.speakerSentence).toEqual({ start: 22, end: d.text.length });
    expect(c.content).toBe("The levee is sound");
  });

  it.each([
    { why: "a one-word title", text: "Tarvel\n\nThe ferry sank near the harbour entrance on Tuesday.", title: "Tarvel", phrase: "Tarvel" },
    { why: "a section label in title case", text: "The ferry sank near the harbour entrance on Tuesday.\n\nRegional News And Weather Today\n\nIt was raining.", phrase: "Regional News" },
    { why: "a question", text: "Why did the old dam at Tarvel fail after forty years of service?", phrase: "Why did" },
    { why: "a quoted question with its attribution", text: "\"Who gave the order to open the sluice gates?\" the lawyer asked the court.", phrase: "Who gave" },
    { why: "a subscription prompt", text: "Subscribe to our newsletter for the latest news from the valley.", phrase: "Subscribe" },
    { why: "a social prompt", text: "Follow us on Twitter and Facebook for updates on the Tarvel flood.", phrase: "Follow us" },
    { why: "a copyright line", text: "Copyright 2026 Valley Post Media Group, all rights reserved and protected by law.", phrase: "Copyright" },
    { why: "a photo credit", text: "Photo: Ana Ruiz for the Valley Post, taken in Tarvel on Monday", phrase: "Photo:" },
    { why: "a read-more link", text: "Read more: Flood warnings were issued across the Ardan valley", phrase: "Read more" },
    { why: "a bare opinion with nothing to check", text: "It is a sad day for all of us here.", phrase: "sad day" },
    { why: "commentary with no entity, figure or event", text: "This is a tragedy for everyone who loves this place.", phrase: "tragedy" },
    { why: "a first-person opinion", text: "We believe the council should think again about the whole plan.", phrase: "We believe" },
    { why: "a first-person opinion with no attribution", text: "I think the council should think again about the whole plan.", phrase: "I think" },
    { why: "a bare attribution on its own", text: "\"The bridge held.\" That was how the army spokesman put it.", phrase: "That was how" },
  ])("should make no claim of $why", ({ text, title, phrase }) => {
    expect(claimOn(text, phrase, title ?? null)).toBeNull();
  });
});

describe("extractClaims: one sentence, several claims", () => {
  interface Row {
    why: string;
    text: string;
    /** Each claim the sentence yields, in order: its content and its speaker words. */
    claims: Array<{ content: string; speaker: string | null }>;
  }
  const rows: Row[] = [
    {
      why: "a contrast of two figures, each its own claim, the second with its own source",
      text: "In Tarvel alone, according to the union, 40,000 people marched, while 9,000 were counted by the police.",
      claims: [
        { content: "In Tarvel alone, according to the union, 40,000 people marched", speaker: "the union" },
        { content: "9,000 were counted by the police", speaker: null },
      ],
    },
    {
      why: "a fronted contrast, split at the comma that closes it",
      text: "While the ministry said the flood killed 120 villagers, a tally of hospital records shows at least 310 people died.",
      claims: [
        { content: "the flood killed 120 villagers", speaker: "the ministry" },
        { content: "a tally of hospital records shows at least 310 people died", speaker: null },
      ],
    },
    {
      why: "a quote and a statement added after its attribution, both the speaker's",
      text: '"The pumps are working again," the engineer said, adding that 2,400 homes had been flooded.',
      claims: [
        { content: "The pumps are working again", speaker: "the engineer" },
        { content: "2,400 homes had been flooded", speaker: "the engineer" },
      ],
    },
    {
      why: "a statement and the same speaker's denial after it, the second a denial",
      text: "The general staff said the town remained under its control and denied that the garrison had surrendered.",
      claims: [
        { content: "the town remained under its control", speaker: "The general staff" },
        { content: "the garrison had surrendered", speaker: "The general staff" },
      ],
    },
    {
      why: "one claim when 'and' joins two statements with no denial",
      text: "The general staff said the town remained under its control and the garrison had held.",
      claims: [{ content: "the town remained under its control and the garrison had held", speaker: "The general staff" }],
    },
    {
      why: "one claim when only one side of a contrast holds a figure",
      text: "The union said 40,000 people marched, while the police gave no figure at all.",
      claims: [{ content: "40,000 people marched, while the police gave no figure at all", speaker: "The union" }],
    },
    {
      why: "one claim when the speaker stands after both sides of a contrast",
      text: "40,000 people marched in Tarvel, while 9,000 marched in Osk, the union said.",
      claims: [{ content: "40,000 people marched in Tarvel, while 9,000 marched in Osk", speaker: "the union" }],
    },
  ];

  it.each(rows)("should make $why", ({ text, claims }) => {
    const d = draftsOf(text);
    expect(d.drafts.map((c) => ({ content: c.content, speaker: c.speakerText }))).toEqual(claims);
    // Each claim's span holds its content, and the spans do not overlap.
    for (const c of d.drafts) expect(d.text.slice(c.start, c.end)).toContain(c.content);
    for (let i = 1; i < d.drafts.length; i += 1) expect(d.drafts[i]!.start).toBeGreaterThanOrEqual(d.drafts[i - 1]!.end);
  });
});
