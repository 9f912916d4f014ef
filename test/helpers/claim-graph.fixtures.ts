/*
 * A small, invented ClaimGraph for the store's tests, built by hand rather than by the pipeline so
 * every count and edge is known: two outlets' articles about one story, four claims (one with a
 * figure), a CONTRADICTS and a SUPPORTS edge, a document stance, three entities. `claimGraph()`
 * returns it parsed with ClaimGraphSchema; pass overrides to change a part. useFixtureGraph() holds it
 * in the test database for a suite that only reads.
 */

import crypto from "node:crypto";
import type { Driver } from "neo4j-driver";
import { ClaimGraphSchema, type Claim, type ClaimGraph, type Document } from "../../graph-schema";
import { writeGraph } from "../../server/src/db/write-graph";
import { testDriver, wipe } from "./neo4j";

const TEXT_A = "Ferry fleet halted at Tessaly\n\nThe port authority said 40 ferries were idle at Tessaly on Monday.\n\nUnions said the strike would continue.\n";
const TEXT_B = "Ferries run as normal\n\nThe ferry company said only 4 ferries were idle.\n\nUnion leaders said the strike would go on.\n";

function document(id: string, text: string, fields: Partial<Document>): Document {
  return {
    id,
    file: `${id}.txt`,
    outlet: "Harbour Gazette",
    via: null,
    url: null,
    title: text.split("\n")[0]!,
    published: null,
    precision: null,
    language: "en",
    contentHash: crypto.createHash("sha256").update(text).digest("hex"),
    text,
    metadataFrom: { outlet: "manifest" },
    ...fields,
  };
}

/** A claim standing as `sentence` in `doc`'s text, with offsets found there. */
function claim(id: string, doc: Document, sentence: string, fields: Partial<Claim> = {}): Claim {
  const start = doc.text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" is not in ${doc.id}`);
  const end = start + sentence.length;
  return {
    id,
    documentId: doc.id,
    text: sentence,
    start,
    end,
    sentenceStart: start,
    sentenceEnd: end,
    speakerId: null,
    speakerText: null,
    verb: "said",
    content: sentence,
    polarity: "positive",
    hedged: false,
    hedges: [],
    quantities: [],
    time: null,
    ...fields,
  };
}

export const DOC_A = document("doc-gazette", TEXT_A, { outlet: "Harbour Gazette", published: "2031-03-02", precision: "day" });
export const DOC_B = document("doc-herald", TEXT_B, { outlet: "Coast Herald", via: "River Wire", published: "2031-03-03", precision: "day", metadataFrom: { outlet: "manifest", via: "text" } });

const FIGURE_SENTENCE = "The port authority said 40 ferries were idle at Tessaly on Monday.";
const figureAt = DOC_A.text.indexOf("40 ferries");

export function claimGraph(overrides: Partial<ClaimGraph> = {}): ClaimGraph {
  const claims = [
    claim("clm-gazette-figure", DOC_A, FIGURE_SENTENCE, {
      speakerId: "ent-port-authority",
      speakerText: "The port authority",
      content: "40 ferries were idle at Tessaly on Monday",
      quantities: [{ text: "40 ferries", start: figureAt, end: figureAt + 10, low: 40, high: 40, qualifier: "exact", measure: "ferries", owner: null, unit: null }],
      time: { text: "on Monday", date: "2031-03-02" },
    }),
    claim("clm-gazette-strike", DOC_A, "Unions said the strike would continue."),
    claim("clm-herald-figure", DOC_B, "The ferry company said only 4 ferries were idle.", { speakerId: "ent-ferry-company", speakerText: "The ferry company" }),
    claim("clm-herald-strike", DOC_B, "Union leaders said the strike would go on."),
  ];
  const evidence = (c: Claim) => ({ claimId: c.id, quote: c.text, start: c.start, end: c.end });
  const graph: ClaimGraph = {
    version: 1,
    sources: [
      { id: "src-harbour-gazette", name: "Harbour Gazette" },
      { id: "src-coast-herald", name: "Coast Herald" },
      { id: "src-river-wire", name: "River Wire" },
    ],
    documents: [DOC_A, DOC_B],
    entities: [
      { id: "ent-port-authority", name: "port authority", type: "ORG", aliases: ["harbour authority"] },
      { id: "ent-ferry-company", name: "ferry company", type: "ORG", aliases: [] },
      { id: "ent-tessaly", name: "Tessaly", type: "PLACE", aliases: [] },
    ],
    claims,
    mentions: [{ claimId: "clm-gazette-figure", entityId: "ent-tessaly", start: DOC_A.text.indexOf("Tessaly on"), end: DOC_A.text.indexOf("Tessaly on") + 7, text: "Tessaly" }],
    relations: [
      {
        id: "rel-ferries",
        type: "CONTRADICTS",
        source: "clm-gazette-figure",
        target: "clm-herald-figure",
        kind: "numeric",
        confidence: 0.9,
        reason: "40 idle ferries against 4",
        method: "rule",
        detector: "numeric-interval",
        evidence: [evidence(claims[0]!), evidence(claims[2]!)],
      },
      {
        id: "rel-strike",
        type: "SUPPORTS",
        source: "clm-gazette-strike",
        target: "clm-herald-strike",
        kind: "echo",
        confidence: 0.6,
        reason: "both say the strike goes on",
        method: "rule",
        detector: "echo-overlap",
        evidence: [evidence(claims[1]!), evidence(claims[3]!)],
      },
    ],
    stances: [
      {
        id: "stn-herald-ferries",
        type: "DISPUTES",
        documentId: DOC_B.id,
        claimId: "clm-gazette-figure",
        confidence: 0.7,
        reason: "the article says the ferries run",
        method: "judge",
        detector: "judge@1",
        evidence: { quote: "Ferries run as normal", start: 0, end: 21 },
      },
    ],
    stories: [{ id: "sty-ferries", title: DOC_A.title, documentIds: [DOC_A.id, DOC_B.id], firstPublished: "2031-03-02", lastPublished: "2031-03-03" }],
    diagnostics: [],
  };
  return ClaimGraphSchema.parse({ ...graph, ...overrides });
}

/**
 * Registers hooks for a read-only suite: a driver, and the database emptied and holding `graph`
 * once before the suite's tests. Read `db.driver` / `db.database` inside tests.
 */
export function useFixtureGraph(graph: ClaimGraph = claimGraph()): { driver: Driver; database: string } {
  const db = {} as { driver: Driver; database: string };
  beforeAll(async () => {
    ({ driver: db.driver, database: db.database } = testDriver());
    await wipe(db.driver, db.database);
    await writeGraph(db.driver, db.database, graph);
  });
  afterAll(async () => {
    await db.driver.close();
  });
  return db;
}
