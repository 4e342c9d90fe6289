import { createHash } from "node:crypto";

/**
 * One spelling of whitespace, so that the same article pasted, uploaded as a file
 * or saved from a browser hashes the same: Unicode NFC, \n line ends, no trailing
 * spaces, at most one blank line between paragraphs.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\t\f\v]/g, " ")
    .replace(/[\u200b\ufeff]/g, "")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const TITLE_MAX = 120;
// Lines above a headline that are no headline: a lone section word ("Wirtschaft",
// "Business") or a date line ("date 2024-11-15", "Veröffentlicht: 12.03.2024").
const DATE_LINE = /^[\p{L} ]{0,20}:?\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u;

function isLabelLine(line: string): boolean {
  return !/\s/.test(line) || DATE_LINE.test(line);
}

/**
 * A short title: the article's first line when it reads like a headline, else the
 * first sentence of its opening paragraph, shortened at a word when still long.
 */
export function guessTitle(text: string): string | null {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines.find((line) => !isLabelLine(line)) ?? lines[0] ?? "";
  if (!first) return null;
  if (first.length <= TITLE_MAX) return first;
  const sentence = /^.{20,}?[.!?](?=\s)/.exec(first)?.[0] ?? first;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).trimEnd()}…`;
}
