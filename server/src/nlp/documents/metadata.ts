/*
 * Metadata read from the article's own text, for documents that come without a manifest: a URL
 * line, a dateline ("08 January 2025, 23:41"), and relay formulas that name the outlet and the
 * source it relays ("Bloomberg writes about this, Censor.NET informs", "Based on materials: x.com").
 */

import type { DatePrecision } from "../../../../graph-schema";

export interface TextMetadata {
  url: string | null;
  title: string | null;
  published: string | null;
  precision: DatePrecision | null;
  outlet: string | null;
  via: string | null;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = MONTHS.join("|") + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const URL_LINE = /^(https?:\/\/\S+)$/i;
const DATELINE_DMY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\.?\\s+(\\d{4})\\b`, "i");
const DATELINE_MDY = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NAME = "([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3})";
const RELAY_INFORMS = new RegExp(`^${NAME}\\s+(?:writes|reports|says)\\s+(?:about\\s+(?:this|it)\\s*)?,\\s*${NAME}\\s+(?:informs|reports)\\.?$`);
const BASED_ON = /^(?:based on (?:the )?materials(?: (?:of|from))?|source|sources|via|according to materials(?: of)?)\s*:\s*(.+?)\.?$/i;

export function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** A date in the first lines of the text, as the dateline of the article. */
export function findDateline(head: string): { date: string; precision: DatePrecision } | null {
  const iso = ISO_DATE.exec(head);
  const dmy = DATELINE_DMY.exec(head);
  const mdy = DATELINE_MDY.exec(head);
  const pick = [iso, dmy, mdy].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!pick) return null;
  let y: number, m: number, d: number;
  if (pick === iso) [y, m, d] = [Number(pick[1]), Number(pick[2]), Number(pick[3])];
  else if (pick === dmy) [y, m, d] = [Number(pick[3]), monthIndex(pick[2]!), Number(pick[1])];
  else [y, m, d] = [Number(pick[3]), monthIndex(pick[1]!), Number(pick[2])];
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: "day" };
}

export function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
  } catch {
    return null;
  }
}

export function readTextMetadata(text: string): TextMetadata {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const out: TextMetadata = { url: null, title: null, published: null, precision: null, outlet: null, via: null };
  for (const line of lines.slice(0, 3)) {
    const u = URL_LINE.exec(line);
    if (u) {
      out.url = u[1]!;
      break;
    }
  }
  // A headline is a short first line without closing punctuation; a first line that reads as a
  // sentence ("Officials said on Monday that …") is body text and stays a claim.
  const first = lines.find((l) => !URL_LINE.test(l)) ?? null;
  out.title = first !== null && isHeadline(first) ? first : null;
  const head = lines.slice(0, 6).filter((l) => !URL_LINE.test(l)).join("\n");
  const dateline = findDateline(head);
  if (dateline) {
    out.published = dateline.date;
    out.precision = dateline.precision;
  }
  for (const line of lines) {
    const relay = RELAY_INFORMS.exec(line);
    if (relay) {
      out.via = relay[1]!;
      out.outlet = relay[2]!;
    }
    const based = BASED_ON.exec(line);
    if (based && out.via === null) out.via = based[1]!.trim();
  }
  return out;
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 30 && !/[.;,]["”’)]?$/.test(line);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
