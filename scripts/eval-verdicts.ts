/*
 * `npm run eval:verdicts [-- verdicts.jsonl]`: the engine's precision per rule family and per
 * confidence band, from the reviewed relations in a verdict file (or, without one, in the database).
 */

import { parseCliArgs, runCli } from "./cli";
import { withIngestDeps } from "./db-cli";
import { ReviewStore } from "../server/src/db/review-store";
import { readVerdictFile } from "../server/src/io/verdicts";
import { ReviewService } from "../server/src/services/review";
import { formatPrecision, verdictPrecision } from "../server/src/services/verdict-precision";
import type { VerdictExport } from "../graph-schema";

runCli("eval:verdicts", async (argv) => {
  const { positional } = parseCliArgs(argv, {});
  if (positional.length > 1) {
    process.stderr.write("eval:verdicts: give one verdict file, or none to read the database.\n");
    return 2;
  }
  const report = (records: VerdictExport[]) => {
    process.stdout.write(`${formatPrecision(verdictPrecision(records))}\n`);
    return 0;
  };
  if (positional[0] !== undefined) return report(readVerdictFile(positional[0]));
  return withIngestDeps(async ({ driver, database }) => report(await new ReviewService({ store: new ReviewStore(driver, database) }).exportAll()));
});
