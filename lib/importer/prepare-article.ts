import { detectLanguage, findPublicationDate } from "../extraction";
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, MAX_FILE_BYTES, megabytes, type DateOrigin } from "../schemas/article";
import { decodeBytes, isBinaryText } from "./decode";
import { isHtml } from "./html-to-text";
import { contentHash, guessTitle, normalizeText } from "./normalize";

export type ArticleInput =
  { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "text"; text: string; title?: string | null };

export type PreparedArticle = {
  text: string;
  title: string | null;
  contentHash: string;
  /** the publication date the page's markup or the text itself states */
  statedDate: { date: string; origin: Extract<DateOrigin, "page" | "text"> } | null;
  canonicalUrl: string | null;
  language: string | null;
};
export type Prepared = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

type Converted = {
  text: string;
  title: string | null;
  pageDate: string | null;
  canonicalUrl: string | null;
  language: string | null;
};

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : "";
}

function refuse(reason: string): Prepared {
  return { ok: false, reason };
}

const plain = (text: string, title: string | null = null): Converted => ({
  text,
  title,
  pageDate: null,
  canonicalUrl: null,
  language: null,
});

async function convertFile(ext: string, bytes: Uint8Array): Promise<Converted | { refused: string }> {
  if (ext === ".pdf") {
    let pdf;
    try {
      // loaded on first use: pdf.js is large, and most imports are text and HTML
      const { pdfToText } = await import("./pdf-to-text");
      pdf = await pdfToText(bytes);
    } catch (error) {
      // a damaged upload is expected input: one line in the log, no stack
      console.warn(`PDF conversion failed: ${error instanceof Error ? error.message : String(error)}`);
      return {
        refused: "the PDF could not be read (damaged, encrypted or not a PDF): save it again or upload its text",
      };
    }
    if (!pdf.text.trim()) {
      return {
        refused: `the PDF has ${pdf.pages} page(s) but no text layer (a scan?): run it through text recognition (OCR) first or paste its text`,
      };
    }
    return plain(pdf.text, pdf.title);
  }
  if (ext === ".docx") {
    try {
      const { docxToText } = await import("./docx-to-text");
      return plain(await docxToText(bytes));
    } catch (error) {
      console.warn(`Word conversion failed: ${error instanceof Error ? error.message : String(error)}`);
      return {
        refused:
          "the Word file could not be read (damaged, or an old .doc renamed): save it as .docx again or upload its text",
      };
    }
  }
  const raw = decodeBytes(bytes).text;
  if (isBinaryText(raw))
    return { refused: "the file is binary, not text: upload the article as .txt, .md, .html, .pdf or .docx" };
  return isHtml(`x${ext}`, raw) ? convertHtml(raw) : plain(raw);
}

async function convertHtml(html: string): Promise<Converted> {
  // loaded on first use: the reader (Readability on linkedom) takes about 0.5 s of CPU to
  // load, which every extraction worker paid at its start, though a bulk import of text
  // files never needs it
  const { readHtmlArticle } = await import("./html-article");
  const page = readHtmlArticle(html);
  return {
    text: page.text,
    title: page.title,
    pageDate: page.published,
    canonicalUrl: page.canonicalUrl,
    language: page.language,
  };
}

/**
 * Checks an incoming article and turns it into clean text: type, size, emptiness,
 * binary content, encoding, HTML pages (main text only), PDF and Word. Also reads
 * the title and the publication date the page or the text states. The same input
 * always gives the same answer.
 */
export async function prepareArticle(input: ArticleInput): Promise<Prepared> {
  let converted: Converted;
  if (input.kind === "file") {
    const ext = extensionOf(input.fileName);
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      return refuse(`unsupported file type "${ext || "no extension"}": upload ${ARTICLE_EXTENSIONS.join(", ")} files`);
    }
    if (input.bytes.length === 0) return refuse("the file is empty");
    if (input.bytes.length > MAX_FILE_BYTES) {
      return refuse(`the file is ${megabytes(input.bytes.length)}; the limit is ${megabytes(MAX_FILE_BYTES)} per file`);
    }
    const result = await convertFile(ext, input.bytes);
    if ("refused" in result) return refuse(result.refused);
    converted = result;
  } else {
    if (isBinaryText(input.text)) return refuse("the text contains binary data");
    converted = isHtml(null, input.text)
      ? await convertHtml(input.text)
      : plain(input.text, input.title?.trim() || null);
  }
  const text = normalizeText(converted.text);
  if (!text)
    return refuse(
      input.kind === "file" && /\.(pdf|docx)$/i.test(input.fileName) ? "the document has no text" : "the text is empty",
    );
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_ARTICLE_BYTES) {
    return refuse(
      `the article's text is ${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)} of text per article: split it into its articles`,
    );
  }
  const textDate = converted.pageDate ? null : findPublicationDate(text);
  const statedDate = converted.pageDate
    ? { date: converted.pageDate, origin: "page" as const }
    : textDate
      ? { date: textDate, origin: "text" as const }
      : null;
  return {
    ok: true,
    article: {
      text,
      title: converted.title ?? guessTitle(text),
      contentHash: contentHash(text),
      statedDate,
      canonicalUrl: converted.canonicalUrl,
      language: converted.language ?? detectLanguage(text),
    },
  };
}
