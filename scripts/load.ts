/*
 * `npm run test:load [-- --seconds 60 --clients 50]`: the sustained-load check. Exits 1 on any 5xx
 * or failed connection, or when the heap after GC grows from the first half of the run to the
 * second by more than 30% plus 10 MiB.
 */

import { parseCliArgs, runCli } from "./cli";
import { describeLoad, runLoad } from "./bench/load";

runCli("load", async (argv) => {
  const args = parseCliArgs(argv, { seconds: "string", clients: "string" });
  const seconds = Number(args.flags.seconds ?? 60);
  const clients = Number(args.flags.clients ?? 50);
  const r = await runLoad(seconds, clients, (l) => process.stderr.write(`${l}\n`));
  for (const line of describeLoad(r)) process.stdout.write(`${line}\n`);
  // Samples are taken at quiet points between phases; compare the medians of the two halves
  // after warm-up, since a single sample is noisy.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const after = r.heapMiB.slice(2);
  const first = median(after.slice(0, Math.ceil(after.length / 2)));
  const second = median(after.slice(Math.ceil(after.length / 2)));
  const ok = r.status5xx === 0 && r.failures === 0 && second <= first * 1.3 + 10;
  process.stdout.write(`load: ${ok ? "held" : "FAILED"} (median heap after GC ${first} MiB in the first half, ${second} MiB in the second)\n`);
  return ok ? 0 : 1;
});
