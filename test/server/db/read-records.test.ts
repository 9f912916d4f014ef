/*
 * The read boundary without a database: a record that fits its schema comes back parsed; one that
 * does not is a StoredRecordError naming the innermost record with an id and the field's path in
 * it; JSON stored as text is parsed and checked, and text that is not JSON is named as such.
 * readQuery itself runs in every db test (test/server/db/read.test.ts and queries/).
 */

import { z } from "zod";
import { ClaimSummarySchema, QuantitySchema } from "../../../graph-schema";
import { isClaimGraphError } from "../../../server/src/errors";
import { parseRecord, parseRecords, StoredRecordError, storedJson } from "../../../server/src/db/read-records";

const summary = { id: "clm-a", text: "t", speaker: null, speakerId: null, outlet: "Harbour Gazette", via: null, published: "2031-03-02", documentId: "doc-a", documentTitle: null };
const Record = z.object({ claim: ClaimSummarySchema.extend({ quantities: storedJson(z.array(QuantitySchema)) }), related: z.array(z.object({ id: z.string(), other: ClaimSummarySchema })) });

function thrown(fn: () => unknown): StoredRecordError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoredRecordError) return error;
    throw error;
  }
  throw new Error("expected a StoredRecordError");
}

describe("parseRecord", () => {
  it("should return the parsed record, stored JSON decoded", () => {
    const quantity = { text: "40", start: 0, end: 2, low: 40, high: 40, qualifier: "exact", measure: null, owner: null, unit: null };
    const row = { claim: { ...summary, quantities: JSON.stringify([quantity]) }, related: [] };
    expect(parseRecord(Record, row, "claim").claim.quantities).toEqual([quantity]);
  });

  it.each([
    { why: "stored text that is not JSON", claim: { ...summary, quantities: "[{" }, related: [], record: "clm-a", field: "quantities" },
    { why: "JSON of the wrong shape", claim: { ...summary, quantities: '[{"text": 4}]' }, related: [], record: "clm-a", field: "quantities.0.text" },
    { why: "a missing property", claim: { ...summary, documentId: null, quantities: "[]" }, related: [], record: "clm-a", field: "documentId" },
    {
      why: "a bad field of a nested record",
      claim: { ...summary, quantities: "[]" },
      related: [{ id: "rel-x", other: { ...summary, id: "clm-b", published: 2031 } }],
      record: "clm-b",
      field: "published",
    },
    { why: "a nested record without its own id", claim: { ...summary, quantities: "[]" }, related: [{ id: "rel-x", other: null }], record: "rel-x", field: "other" },
  ])("should name record and field for $why", ({ claim, related, record, field }) => {
    const error = thrown(() => parseRecord(Record, { claim, related }, "claim"));
    expect(isClaimGraphError(error, "INTERNAL")).toBe(true);
    expect({ what: error.what, record: error.record, field: error.field }).toEqual({ what: "claim", record, field });
  });

  it("should name the record asked for when the bad field is outside any object with an id", () => {
    const error = thrown(() => parseRecord(z.object({ documentText: z.string() }), { documentText: null }, "claim", "clm-asked"));
    expect([error.record, error.field]).toEqual(["clm-asked", "documentText"]);
  });

  it("should parse every record of a list and stop at the first bad one", () => {
    const Row = z.object({ id: z.string(), n: z.number() });
    expect(parseRecords(Row, [{ id: "a", n: 1 }, { id: "b", n: 2 }], "count")).toEqual([{ id: "a", n: 1 }, { id: "b", n: 2 }]);
    expect(thrown(() => parseRecords(Row, [{ id: "a", n: 1 }, { id: "b", n: "2" }], "count")).record).toBe("b");
  });
});
