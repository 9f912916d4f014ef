/*
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded exactly; text that
 * is not valid UTF-8 falls back to Windows-1252 (a superset of Latin-1) with a warning; NUL bytes
 * or many control characters mean the file is binary and is refused.
 */

import { ClaimGraphError } from "../../errors";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Set when the encoding was guessed rather than declared or proven. */
  warning: string | null;
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ClaimGraphError("INPUT_EMPTY", `documents: ${file} is empty.`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le", file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be", file);
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) {
    throw new ClaimGraphError("INPUT_BINARY", `documents: ${file} is binary (it contains NUL bytes), not text; convert it to .txt, .html or .json first.`);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return checked(text, "utf-8", file);
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    return {
      ...checked(text, "windows-1252", file),
      warning: `documents: ${file} is not valid UTF-8; read it as Windows-1252/Latin-1.`,
    };
  }
}

function checked(text: string, encoding: Decoded["encoding"], file: string): Decoded {
  const sample = text.slice(0, 8192);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (sample.includes("\u0000") || controls > Math.max(8, sample.length * 0.01)) {
    throw new ClaimGraphError("INPUT_BINARY", `documents: ${file} looks binary (control characters in its text), not an article.`);
  }
  return { text: text.replace(CONTROL, ""), encoding, warning: null };
}
