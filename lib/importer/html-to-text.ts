import { decode } from "html-entities";

const DROPPED = /<(script|style|noscript|template|svg|iframe|head|nav|footer|form)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_BREAK =
  /<\/?(p|div|section|article|header|main|aside|h[1-6]|ul|ol|li|table|tr|blockquote|pre|figure|figcaption|dl|dt|dd|hr)\b[^>]*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const CELL = /<\/?(td|th)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>/g;

/** The page's <title>, if it has one. */
export function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = m ? decode(m[1]).replace(/\s+/g, " ").trim() : "";
  return title || null;
}

/**
 * Plain text from an HTML page: scripts, styles and page chrome dropped, block
 * elements become paragraph breaks, entities decoded. Whitespace is left for
 * normalizeText to tidy.
 */
export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(COMMENTS, "")
    .replace(DROPPED, "")
    .replace(LINE_BREAK, "\n")
    .replace(BLOCK_BREAK, "\n\n")
    .replace(CELL, " ")
    .replace(ANY_TAG, "");
  return decode(text);
}

/** HTML when the file says so, or when it opens like a page. */
export function isHtml(fileName: string | null, text: string): boolean {
  if (fileName && /\.html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html\b)/i.test(text);
}
