import fs from "node:fs";
import { SCHEMA_STATEMENTS } from "../../graph-schema";

describe("constraints.cypher", () => {
  it("should hold exactly the statements of constraints.ts", () => {
    const file = fs.readFileSync("graph-schema/constraints.cypher", "utf8");
    const statements = file.split("\n").filter((l) => l.startsWith("CREATE")).map((l) => l.replace(/;$/, ""));
    expect(statements).toEqual([...SCHEMA_STATEMENTS]);
  });

  it("should make every statement idempotent", () => {
    for (const s of SCHEMA_STATEMENTS) expect(s).toMatch(/ IF NOT EXISTS /);
  });
});
