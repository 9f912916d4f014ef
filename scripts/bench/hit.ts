/*
 * The load generator, in its own process so that its work is not counted in the server's
 * latencies, and, like autocannon, reading response bytes without decoding them: `hit.ts <base url>
 * <requests> <concurrency> <route> [<route>...]` sends request i to route[i % n] with that many
 * requests in flight on keep-alive connections, asking for gzip as a browser does, and prints one
 * JSON line with each request's latency in milliseconds (first byte sent to last byte received) and
 * the error count (non-2xx or failed).
 */
import http from "node:http";

const [base, requestsArg, concurrencyArg, ...routes] = process.argv.slice(2);
const requests = Number(requestsArg);
const concurrency = Number(concurrencyArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const times: number[] = [];
let errors = 0;
let next = 0;

function get(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve((res.statusCode ?? 500) < 400));
      res.on("error", () => resolve(false));
    });
    req.on("error", () => resolve(false));
  });
}

async function worker(): Promise<void> {
  while (next < requests) {
    const i = next;
    next += 1;
    const t0 = performance.now();
    if (!(await get(`${base}${routes[i % routes.length]}`))) errors += 1;
    times.push(performance.now() - t0);
  }
}

void Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ times, errors })}\n`);
});
