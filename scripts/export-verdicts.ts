/*
 * `npm run export:verdicts [-- --out verdicts.jsonl]`: every verdict in the database, oldest first, as
 * JSON lines (stdout by default) with both claims' texts and the label it teaches the judge, for
 * eval:verdicts and train:judge --verdicts.
 */

import { writeFileSync } from "node:fs";
import { parseCliArgs, runCli } from "./cli";
import { withIngestDeps } from "./db-cli";
import { ReviewStore } from "../server/src/db/review-store";
import { formatVerdictLines } from "../server/src/io/verdicts";
import { ReviewService } from "../server/src/services/review";

runCli("export:verdicts", async (argv) => {
  const { flags } = parseCliArgs(argv, { out: "string" });
  return withIngestDeps(async ({ driver, database }) => {
    const records = await new ReviewService({ store: new ReviewStore(driver, database) }).exportAll();
    const text = formatVerdictLines(records);
    if (typeof flags.out === "string") {
      writeFileSync(flags.out, text);
      const standing = records.filter((r) => r.standing).length;
      process.stderr.write(`export:verdicts: ${records.length} verdicts (${standing} standing, ${records.filter((r) => r.orphaned).length} orphaned) written to ${flags.out}\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  });
});
