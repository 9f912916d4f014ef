/*
 * Client rendering benchmark: client/dist/bench.html (a 10,000-node / 30,000-edge graph through the
 * app's buildGraph and renderer) in headless Chromium. After the layout has stopped, the mouse drags
 * the stage for about three seconds as a user pans; frame time is the interval between animation
 * frames during the drag. Several pans, a second apart; the figure is the median pan's mean, because
 * one stall (a collection, the compositor) can triple a single three-second pan.
 */
import type { Server } from "node:http";
import fs from "node:fs";
import path from "node:path";
import express from "express";
import { chromium } from "playwright-core";
import { percentile } from "./harness";

export interface ClientFigure {
  nodes: number;
  edges: number;
  layoutMs: number;
  frames: number;
  /** Wall time of a drag divided by frames drawn (the frame time a user feels), median over the pans. */
  meanFrameMs: number;
  /** Each pan's mean frame time. */
  panMeansMs: number[];
  medianFrameMs: number;
  p95FrameMs: number;
  /** Mean frame time of probe.html with as many points as nodes (no library, edges or labels). */
  floorFrameMs: number | null;
}

export async function benchClient(log: (l: string) => void, nodes = 10_000, edges = 30_000, pans = 3): Promise<ClientFigure | null> {
  const dist = path.resolve("client", "dist");
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(path.join(dist, "bench.html")) || !fs.existsSync(chromiumPath)) {
    log("bench: skipping the client stage (client/dist/bench.html or Chromium missing; run npm run build:client)");
    return null;
  }
  const app = express().use(express.static(dist));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/bench.html?nodes=${nodes}&edges=${edges}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForSelector("body[data-layout=done]", { state: "attached", timeout: 120_000 });
    await page.waitForTimeout(500);
    const intervals: number[] = [];
    const panMeansMs: number[] = [];
    for (let pan = 0; pan < pans; pan++) {
      if (pan > 0) await page.waitForTimeout(1000);
      // Strings, not functions: the TypeScript runner would wrap functions in helpers the page lacks.
      await page.evaluate(`(() => {
        window.frames_ = [];
        window.recording = true;
        const tick = (t) => { if (!window.recording) return; window.frames_.push(t); requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      // Pan: press, drag in a loop across the stage, release.
      await page.mouse.move(700, 450);
      await page.mouse.down();
      const started = Date.now();
      let i = 0;
      while (Date.now() - started < 3000) {
        const a = (i / 40) * Math.PI * 2;
        await page.mouse.move(700 + Math.cos(a) * 250, 450 + Math.sin(a) * 150, { steps: 1 });
        await page.waitForTimeout(16);
        i += 1;
      }
      await page.mouse.up();
      const frames = (await page.evaluate("(() => { window.recording = false; return window.frames_; })()")) as number[];
      const span = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
      intervals.push(...frames.slice(1).map((t, k) => t - frames[k]!));
      if (frames.length > 1) panMeansMs.push(span / (frames.length - 1));
    }
    const meta = (await page.evaluate(
      "({ nodes: Number(document.body.dataset.nodes), edges: Number(document.body.dataset.edges), layoutMs: Number(document.body.dataset.layoutMs) })",
    )) as { nodes: number; edges: number; layoutMs: number };
    await page.close(); // the probe gets the renderer to itself
    let floorFrameMs: number | null = null;
    if (fs.existsSync(path.join(dist, "probe.html"))) {
      const probe = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await probe.goto(url.replace(/bench\.html\?.*$/, `probe.html?points=${nodes}`));
      await probe.waitForTimeout(3000);
      const stamps = ((await probe.evaluate("window.frames_")) as number[]).slice(-40);
      if (stamps.length > 1) floorFrameMs = (stamps[stamps.length - 1]! - stamps[0]!) / (stamps.length - 1);
      await probe.close();
    }
    return {
      ...meta,
      frames: intervals.length,
      meanFrameMs: panMeansMs.length ? percentile(panMeansMs, 50) : 0,
      panMeansMs,
      medianFrameMs: percentile(intervals, 50),
      p95FrameMs: percentile(intervals, 95),
      floorFrameMs,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
