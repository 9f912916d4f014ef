/*
 * The one-graph invariant, against the real Neo4j: split a corpus into batches in any way, ingest
 * them in any order (one document at a time included), and the stored graph equals one ingest of
 * the whole — every node and relationship with every property. Removing a document leaves what an
 * ingest of the others would. Corpora: the seeds, and an invented corpus of overlapping stories
 * whose names only resolve across documents (a surname in one, the full name in another; a name
 * with its particle and without; an acronym and its name), and two reports that share only a country
 * and the happening their leads tell.
 */

import path from "node:path";
import { loadInputs } from "../../../server/src/io/load-inputs";
import type { InputFile } from "../../../server/src/nlp/pipeline";
import { ingestFiles, removeDocuments } from "../../../server/src/services/ingest";
import { dumpGraph } from "../../helpers/graph-dump";
import { useEmptyDatabase, wipe } from "../../helpers/neo4j";

const db = useEmptyDatabase();

/** A small deterministic generator, so a failing split can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Random batches of random order: every file in exactly one batch. */
function split(files: InputFile[], next: () => number): InputFile[][] {
  const order = shuffle(files, next);
  const batches: InputFile[][] = [];
  while (order.length > 0) batches.push(order.splice(0, 1 + Math.floor(next() * order.length)));
  return batches;
}

const deps = () => ({ driver: db.driver, database: db.database, judge: null });

async function ingestBatches(batches: InputFile[][]): Promise<string[]> {
  await wipe(db.driver, db.database);
  for (const batch of batches) await ingestFiles(batch, [], deps());
  return dumpGraph(db.driver, db.database);
}

function invented(): InputFile[] {
  const dir = path.join("test", "fixtures", "join-corpus");
  return loadInputs([dir]).files;
}

describe("one graph, whatever the batches", () => {
  const seeds = loadInputs(["seeds"]).files;

  it("should store the seeds one at a time, in any order, exactly as one ingest of all five", async () => {
    const whole = await ingestBatches([seeds]);
    expect(whole.some((l) => l.startsWith("(") && l.includes("-[CONTRADICTS]->"))).toBe(true);
    const next = random(7);
    for (let round = 0; round < 2; round += 1) {
      const order = shuffle(seeds, next).map((f) => [f]);
      expect(await ingestBatches(order)).toEqual(whole);
    }
  });

  it("should store the seeds in random batches exactly as one ingest", async () => {
    const whole = await ingestBatches([seeds]);
    for (const seed of [1, 2, 3, 4]) {
      const batches = split(seeds, random(seed));
      const got = await ingestBatches(batches);
      if (got.join("\n") !== whole.join("\n")) {
        const a = new Set(whole);
        const b = new Set(got);
        throw new Error(`split seed ${seed} (${batches.map((b) => b.map((f) => f.name).join("+")).join(" | ")}) differs:\n- ${whole.filter((l) => !b.has(l)).slice(0, 5).join("\n- ")}\n+ ${got.filter((l) => !a.has(l)).slice(0, 5).join("\n+ ")}`);
      }
    }
  });

  it("should store an invented corpus whose names resolve only across documents the same in any batches", async () => {
    const files = invented();
    expect(files.length).toBeGreaterThanOrEqual(6);
    const whole = await ingestBatches([files]);
    // The lone surname in one document is the full name of another: one entity, whatever came first.
    expect(whole.filter((l) => l.startsWith("(Entity ent-marta-oyelaran)"))).toHaveLength(1);
    // A mayor named by surname in one story and in full in another, months apart: one entity, so a
    // document of the first story is rewritten when the second arrives, though no story links them.
    expect(whole.some((l) => l.includes("-[ATTRIBUTED_TO]->(ent-ines-carrow)"))).toBe(true);
    expect(whole.some((l) => l.includes("-[MENTIONS]->(ent-ines-carrow)"))).toBe(true);
    expect(whole.some((l) => l.includes("ent-carrow"))).toBe(false);
    // A name with its particle in one document and the bare surname in another; an acronym and its name.
    expect(whole.filter((l) => l.startsWith("(Entity ent-tomas-al-ekwueme)"))).toHaveLength(1);
    expect(whole.some((l) => l.includes("ent-ekwueme") || l.startsWith("(Entity ent-vdu)"))).toBe(false);
    // Two reports of a mine collapse that share only the country and their leads' words: one story.
    const storyOf = (file: string) => {
      const doc = whole.find((l) => l.startsWith("(Document ") && l.includes(`${file}"`))!.split(/[ )]/)[1];
      return whole.find((l) => l.startsWith(`(${doc})-[IN_STORY]->`))?.split("->")[1]?.split(" ")[0];
    };
    expect(storyOf("mine-relief.txt")).toBeDefined();
    expect(storyOf("mine-relief.txt")).toBe(storyOf("mine-wire.txt"));
    // The surname's document first, alone, then the rest: the stored surname must move to the person.
    const council = files.filter((f) => f.name.endsWith("council-gazette.txt"));
    expect(await ingestBatches([council, files.filter((f) => !council.includes(f))])).toEqual(whole);
    for (const seed of [11, 12, 13]) expect(await ingestBatches(split(files, random(seed)))).toEqual(whole);
    expect(await ingestBatches(shuffle(files, random(14)).map((f) => [f]))).toEqual(whole);
  });

  it("should add documents to a story of more than a dozen by its index, exactly as one ingest of all", async () => {
    const files = loadInputs([path.join("test", "fixtures", "saga-corpus")]).files;
    const whole = await ingestBatches([files]);
    expect(whole.filter((l) => l.startsWith("(Story ") && l.includes("candidateIndex"))).toHaveLength(1);
    const joined: string[] = [];
    const log = (line: string) => {
      if (/join stored stories/.test(line)) joined.push(line);
    };
    for (const seed of [21, 22, 23]) {
      const order = shuffle(files, random(seed));
      await wipe(db.driver, db.database);
      await ingestFiles(order.slice(0, 13), [], deps());
      for (const f of order.slice(13)) await ingestFiles([f], [], { ...deps(), log });
      const got = await dumpGraph(db.driver, db.database);
      if (got.join("\n") !== whole.join("\n")) {
        const a = new Set(whole);
        const b = new Set(got);
        throw new Error(`order seed ${seed} differs:\n- ${whole.filter((l) => !b.has(l)).slice(0, 5).join("\n- ")}\n+ ${got.filter((l) => !a.has(l)).slice(0, 5).join("\n+ ")}`);
      }
    }
    // Most late documents took the index path (a new denial or a new first copy takes the whole story).
    expect(joined.length).toBeGreaterThanOrEqual(6);
    expect(await ingestBatches(shuffle(files, random(24)).map((f) => [f]))).toEqual(whole);
  });

  it("should leave, after a document is removed, the graph an ingest of the others gives", async () => {
    const files = invented();
    const gone = files[2]!;
    const others = files.filter((f) => f !== gone);
    const expected = await ingestBatches([others]);
    await ingestBatches([files]);
    await removeDocuments([gone.name], deps());
    expect(await dumpGraph(db.driver, db.database)).toEqual(expected);
  });

  it("should refuse to remove a document it does not hold, and remove nothing", async () => {
    const before = await ingestBatches([seeds]);
    await expect(removeDocuments(["no-such-file.txt"], deps())).rejects.toThrow(/no stored document has the id or file "no-such-file.txt"/);
    expect(await dumpGraph(db.driver, db.database)).toEqual(before);
  });
});
