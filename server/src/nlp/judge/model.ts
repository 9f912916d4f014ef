/*
 * A one-hidden-layer perceptron over named sparse features and standardised dense ones, in plain
 * TypeScript: forward pass for inference, AdaGrad with dropout for training (seeded, so a training
 * run is reproducible), and a JSON form with the weight matrices as base64 float32.
 *
 * Sparse inputs only touch their own rows of the first layer, so a pair with 300 active features out
 * of 20,000 costs 300 x hidden multiplications, whatever the dictionary size.
 */
import type { PairFeatures } from "./features";

export interface Encoded {
  idx: Int32Array;
  val: Float32Array;
  dense: Float32Array;
}

export interface MlpSpec {
  labels: string[];
  sparseNames: string[];
  denseNames: string[];
  hidden: number;
}

export interface SerializedMlp {
  format: "claimgraph-mlp/2";
  labels: string[];
  sparseNames: string[];
  denseNames: string[];
  denseMean: number[];
  denseStd: number[];
  hidden: number;
  /** Ensemble members: same features and shape, different seeds; their probabilities are averaged. */
  members: SerializedWeights[];
}

/**
 * One member's weights. The first layer (most of the bytes) is stored as int8 with one float32
 * scale per input row; the rest as float32. Quantising loses nothing measurable (the training script
 * scores the model after the round trip) and keeps the committed files small.
 */
export interface SerializedWeights {
  w1q: string;
  w1scale: string;
  b1: string;
  w2: string;
  b2: string;
}

function quantiseRows(w: Float32Array, cols: number): { q: string; scale: string } {
  const rows = w.length / cols;
  const q = new Int8Array(w.length);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(w[r * cols + c]!));
    const sc = max / 127 || 1;
    scale[r] = sc;
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.round(w[r * cols + c]! / sc);
  }
  return { q: Buffer.from(q.buffer).toString("base64"), scale: toBase64(scale) };
}

function dequantiseRows(q: string, scale: string, rows: number, cols: number): Float32Array {
  const bytes = Buffer.from(q, "base64");
  if (bytes.byteLength !== rows * cols) throw new Error(`model weights w1: expected ${rows * cols} values, found ${bytes.byteLength}`);
  const sc = fromBase64(scale, rows, "w1scale");
  const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = ints[r * cols + c]! * sc[r]!;
  return out;
}

/** Index of the largest value (the first, on ties): the label a probability vector picks. */
export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return best;
}

/** mulberry32: a small seeded generator for initialisation, shuffling and dropout. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toBase64(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

function fromBase64(s: string, length: number, what: string): Float32Array {
  const buf = Buffer.from(s, "base64");
  if (buf.byteLength !== length * 4) throw new Error(`model weights ${what}: expected ${length} floats, found ${buf.byteLength / 4}`);
  const out = new Float32Array(length);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export class Mlp {
  readonly labels: string[];
  readonly sparseNames: string[];
  readonly denseNames: string[];
  readonly hidden: number;
  readonly sparseIndex: Map<string, number>;
  denseMean: Float32Array;
  denseStd: Float32Array;
  /** Rows: sparse features then dense features; columns: hidden units. */
  w1: Float32Array;
  b1: Float32Array;
  /** Rows: hidden units; columns: labels. */
  w2: Float32Array;
  b2: Float32Array;

  constructor(spec: MlpSpec, random: () => number = seededRandom(1), sparseIndex?: Map<string, number>) {
    this.labels = spec.labels;
    this.sparseNames = spec.sparseNames;
    this.denseNames = spec.denseNames;
    this.hidden = spec.hidden;
    this.sparseIndex = sparseIndex ?? new Map(spec.sparseNames.map((n, i) => [n, i]));
    const rows = spec.sparseNames.length + spec.denseNames.length;
    this.denseMean = new Float32Array(spec.denseNames.length);
    this.denseStd = new Float32Array(spec.denseNames.length).fill(1);
    this.w1 = new Float32Array(rows * spec.hidden);
    const scale1 = Math.sqrt(2 / 64);
    for (let i = 0; i < this.w1.length; i++) this.w1[i] = (random() * 2 - 1) * scale1 * 0.5;
    this.b1 = new Float32Array(spec.hidden).fill(0.01);
    this.w2 = new Float32Array(spec.hidden * spec.labels.length);
    const scale2 = Math.sqrt(2 / spec.hidden);
    for (let i = 0; i < this.w2.length; i++) this.w2[i] = (random() * 2 - 1) * scale2 * 0.5;
    this.b2 = new Float32Array(spec.labels.length);
  }

  encode(f: PairFeatures): Encoded {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of f.sparse) {
      const i = this.sparseIndex.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    const dense = new Float32Array(this.denseNames.length);
    for (let j = 0; j < dense.length; j++) dense[j] = ((f.dense[j] ?? 0) - this.denseMean[j]!) / this.denseStd[j]!;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val), dense };
  }

  /** Hidden activations (ReLU) into `h`; `mask` (training) zeroes dropped units. */
  private hiddenLayer(x: Encoded, h: Float32Array, mask?: Float32Array): void {
    const H = this.hidden;
    h.set(this.b1);
    for (let k = 0; k < x.idx.length; k++) {
      const row = x.idx[k]! * H;
      const v = x.val[k]!;
      for (let j = 0; j < H; j++) h[j]! += this.w1[row + j]! * v;
    }
    const base = this.sparseNames.length;
    for (let d = 0; d < x.dense.length; d++) {
      const v = x.dense[d]!;
      if (v === 0) continue;
      const row = (base + d) * H;
      for (let j = 0; j < H; j++) h[j]! += this.w1[row + j]! * v;
    }
    for (let j = 0; j < H; j++) {
      const r = h[j]! > 0 ? h[j]! : 0;
      h[j] = mask ? r * mask[j]! : r;
    }
  }

  private output(h: Float32Array, p: Float32Array): void {
    const C = this.labels.length;
    const H = this.hidden;
    let max = -Infinity;
    for (let c = 0; c < C; c++) {
      let z = this.b2[c]!;
      for (let j = 0; j < H; j++) z += h[j]! * this.w2[j * C + c]!;
      p[c] = z;
      if (z > max) max = z;
    }
    let sum = 0;
    for (let c = 0; c < C; c++) {
      p[c] = Math.exp(p[c]! - max);
      sum += p[c]!;
    }
    for (let c = 0; c < C; c++) p[c]! /= sum;
  }

  predict(x: Encoded): Float32Array {
    const h = new Float32Array(this.hidden);
    const p = new Float32Array(this.labels.length);
    this.hiddenLayer(x, h);
    this.output(h, p);
    return p;
  }

  /** Sets the dense standardisation from training rows (raw, not yet encoded). */
  fitScaler(rows: PairFeatures[]): void {
    const D = this.denseNames.length;
    const mean = new Float64Array(D);
    const sq = new Float64Array(D);
    for (const r of rows) for (let d = 0; d < D; d++) mean[d]! += r.dense[d] ?? 0;
    for (let d = 0; d < D; d++) mean[d]! /= Math.max(1, rows.length);
    for (const r of rows) for (let d = 0; d < D; d++) sq[d]! += ((r.dense[d] ?? 0) - mean[d]!) ** 2;
    for (let d = 0; d < D; d++) {
      this.denseMean[d] = mean[d]!;
      this.denseStd[d] = Math.sqrt(sq[d]! / Math.max(1, rows.length)) || 1;
    }
  }

  /**
   * AdaGrad over shuffled examples. `weights[c]` scales the loss of label c (class imbalance);
   * `dropout` is the hidden-unit drop rate. Returns the mean training loss of each epoch.
   */
  train(
    xs: Encoded[],
    ys: number[],
    opts: { epochs: number; rate: number; dropout: number; l2: number; weights: number[]; seed: number; onEpoch?: (epoch: number, loss: number) => void },
  ): number[] {
    const random = seededRandom(opts.seed);
    const H = this.hidden;
    const C = this.labels.length;
    const g1 = new Float32Array(this.w1.length).fill(1e-6);
    const gb1 = new Float32Array(H).fill(1e-6);
    const g2 = new Float32Array(this.w2.length).fill(1e-6);
    const gb2 = new Float32Array(C).fill(1e-6);
    const h = new Float32Array(H);
    const p = new Float32Array(C);
    const mask = new Float32Array(H);
    const dh = new Float32Array(H);
    const order = xs.map((_, i) => i);
    const losses: number[] = [];
    const base = this.sparseNames.length;
    const step = (w: Float32Array, g: Float32Array, i: number, grad: number) => {
      const gr = grad + opts.l2 * w[i]!;
      g[i]! += gr * gr;
      w[i]! -= (opts.rate * gr) / Math.sqrt(g[i]!);
    };
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let loss = 0;
      for (const n of order) {
        const x = xs[n]!;
        const y = ys[n]!;
        const cw = opts.weights[y] ?? 1;
        for (let j = 0; j < H; j++) mask[j] = random() < opts.dropout ? 0 : 1 / (1 - opts.dropout);
        this.hiddenLayer(x, h, mask);
        this.output(h, p);
        loss += -Math.log(Math.max(1e-9, p[y]!)) * cw;
        // dz = (p - onehot) * class weight
        dh.fill(0);
        for (let c = 0; c < C; c++) {
          const dz = (p[c]! - (c === y ? 1 : 0)) * cw;
          for (let j = 0; j < H; j++) {
            dh[j]! += this.w2[j * C + c]! * dz;
            if (h[j]! !== 0) step(this.w2, g2, j * C + c, h[j]! * dz);
          }
          step(this.b2, gb2, c, dz);
        }
        for (let j = 0; j < H; j++) dh[j] = h[j]! > 0 ? dh[j]! * mask[j]! : 0;
        for (let k = 0; k < x.idx.length; k++) {
          const row = x.idx[k]! * H;
          const v = x.val[k]!;
          for (let j = 0; j < H; j++) if (dh[j] !== 0) step(this.w1, g1, row + j, dh[j]! * v);
        }
        for (let d = 0; d < x.dense.length; d++) {
          const v = x.dense[d]!;
          if (v === 0) continue;
          const row = (base + d) * H;
          for (let j = 0; j < H; j++) if (dh[j] !== 0) step(this.w1, g1, row + j, dh[j]! * v);
        }
        for (let j = 0; j < H; j++) if (dh[j] !== 0) step(this.b1, gb1, j, dh[j]!);
      }
      losses.push(loss / order.length);
      opts.onEpoch?.(epoch, loss / order.length);
    }
    return losses;
  }

  weightsJSON(): SerializedWeights {
    const { q, scale } = quantiseRows(this.w1, this.hidden);
    return { w1q: q, w1scale: scale, b1: toBase64(this.b1), w2: toBase64(this.w2), b2: toBase64(this.b2) };
  }
}

/** Several Mlps over one feature dictionary; predictions are the mean of the members'. */
export class Ensemble {
  constructor(readonly members: Mlp[]) {
    if (members.length === 0) throw new Error("an ensemble needs at least one member");
  }

  get labels(): string[] {
    return this.members[0]!.labels;
  }

  get denseNames(): string[] {
    return this.members[0]!.denseNames;
  }

  encode(f: PairFeatures): Encoded {
    return this.members[0]!.encode(f);
  }

  predict(x: Encoded): Float32Array {
    const out = new Float32Array(this.labels.length);
    for (const m of this.members) {
      const p = m.predict(x);
      for (let c = 0; c < out.length; c++) out[c]! += p[c]! / this.members.length;
    }
    return out;
  }

  toJSON(): SerializedMlp {
    const m = this.members[0]!;
    return {
      format: "claimgraph-mlp/2",
      labels: m.labels,
      sparseNames: m.sparseNames,
      denseNames: m.denseNames,
      denseMean: Array.from(m.denseMean),
      denseStd: Array.from(m.denseStd),
      hidden: m.hidden,
      members: this.members.map((x) => x.weightsJSON()),
    };
  }

  static fromJSON(s: SerializedMlp): Ensemble {
    if (s.format !== "claimgraph-mlp/2") throw new Error(`unknown model format ${String(s.format)}; retrain (npm run train:judge)`);
    const rows = s.sparseNames.length + s.denseNames.length;
    const index = new Map(s.sparseNames.map((n, i) => [n, i]));
    return new Ensemble(
      s.members.map((w, k) => {
        const m = new Mlp({ labels: s.labels, sparseNames: s.sparseNames, denseNames: s.denseNames, hidden: s.hidden }, () => 0, k === 0 ? undefined : index);
        m.w1 = dequantiseRows(w.w1q, w.w1scale, rows, s.hidden);
        m.b1 = fromBase64(w.b1, s.hidden, "b1");
        m.w2 = fromBase64(w.w2, s.hidden * s.labels.length, "w2");
        m.b2 = fromBase64(w.b2, s.labels.length, "b2");
        m.denseMean = Float32Array.from(s.denseMean);
        m.denseStd = Float32Array.from(s.denseStd);
        return m;
      }),
    );
  }
}
