/*
 * The client stage in its own process, so that the browser's frames do not share the two cores with
 * the collector of a bench process that has just held the 10x graph. Prints one JSON line (the
 * ClientFigure, or null when Chromium or client/dist is missing); progress goes to stderr.
 * Usage: client-run.ts <pans> [nodes] [edges]
 */
import { benchClient } from "./client";

const [pans = "3", nodes = "10000", edges = "30000"] = process.argv.slice(2);
void benchClient((l) => process.stderr.write(`${l}\n`), Number(nodes), Number(edges), Number(pans)).then(
  (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`),
  (e: unknown) => {
    process.stderr.write(`client-run: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
