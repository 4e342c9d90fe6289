import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from "../schemas/article";
import { decodeBytes, isBinaryText } from "./decode";
import { htmlTitle, htmlToText, isHtml } from "./html-to-text";
import { contentHash, guessTitle, normalizeText } from "./normalize";

export type ArticleInput =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | { kind: "text"; text: string; title?: string | null };

export type PreparedArticle = { text: string; title: string | null; contentHash: string };
export type Prepared = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

const MAX_MB = MAX_ARTICLE_BYTES / (1024 * 1024);

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : "";
}

function refuse(reason: string): Prepared {
  return { ok: false, reason };
}

/** What a person calls this input in messages: the file's name, or "pasted text". */
export function inputLabel(input: ArticleInput): string {
  return input.kind === "file" ? input.fileName : "pasted text";
}

/**
 * Checks an incoming article and turns it into clean text: type, size, emptiness,
 * binary content, encoding, HTML. Pure: the same input always gives the same answer.
 */
export function prepareArticle(input: ArticleInput): Prepared {
  let raw: string;
  let fileName: string | null = null;
  if (input.kind === "file") {
    fileName = input.fileName;
    const ext = extensionOf(input.fileName);
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      return refuse(`unsupported file type "${ext || "no extension"}": upload ${ARTICLE_EXTENSIONS.join(", ")} files`);
    }
    if (input.bytes.length === 0) return refuse("the file is empty");
    if (input.bytes.length > MAX_ARTICLE_BYTES) {
      return refuse(`the file is ${(input.bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_MB} MB per file`);
    }
    raw = decodeBytes(input.bytes).text;
    if (isBinaryText(raw)) return refuse("the file is binary, not text: upload the article as .txt, .md or .html");
  } else {
    raw = input.text;
    if (new TextEncoder().encode(raw).length > MAX_ARTICLE_BYTES) return refuse(`the text is over the ${MAX_MB} MB limit`);
    if (isBinaryText(raw)) return refuse("the text contains binary data");
  }
  const html = isHtml(fileName, raw);
  const text = normalizeText(html ? htmlToText(raw) : raw);
  if (!text) return refuse(html ? "the page has no readable text" : "the text is empty");
  const givenTitle = input.kind === "text" ? input.title?.trim() || null : null;
  const title = givenTitle ?? (html ? htmlTitle(raw) : null) ?? guessTitle(text);
  return { ok: true, article: { text, title, contentHash: contentHash(text) } };
}
