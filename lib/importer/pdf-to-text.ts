import { extractTextItems, getDocumentProxy, getMeta } from "unpdf";
import { rejoinWrappedLines } from "./rejoin-lines";

export type PdfText = { text: string; title: string | null; pages: number };

type Item = { str: string; y: number; height: number; fontSize: number; hasEOL: boolean };

/** One page's lines, a blank line wherever the gap to the next line is wider than usual (a paragraph). */
function pageText(items: Item[]): string {
  const lines: { text: string; y: number; size: number }[] = [];
  let current = "";
  let y = 0;
  let size = 0;
  for (const item of items) {
    if (!current) {
      y = item.y;
      size = item.fontSize || item.height;
    }
    current += item.str;
    if (item.hasEOL) {
      lines.push({ text: current, y, size });
      current = "";
    }
  }
  if (current) lines.push({ text: current, y, size });
  const gaps = lines
    .slice(1)
    .map((l, i) => Math.abs(lines[i].y - l.y))
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  return lines
    .map((l, i) => {
      const gap = i > 0 ? Math.abs(lines[i - 1].y - l.y) : 0;
      return (i > 0 && usual > 0 && gap > usual * 1.4 ? "\n" : "") + l.text;
    })
    .join("\n");
}

/**
 * The text of a PDF with wrapped lines joined into sentences and paragraphs kept.
 * A scanned PDF has pages but no text layer: its text comes back empty.
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { totalPages, items } = await extractTextItems(pdf);
    const text = rejoinWrappedLines(items.map((page) => pageText(page as Item[])).join("\n\n"));
    const meta = await getMeta(pdf).catch(() => null);
    const title = typeof meta?.info?.Title === "string" && meta.info.Title.trim() ? meta.info.Title.trim() : null;
    return { text, title, pages: totalPages };
  } finally {
    await pdf.cleanup();
  }
}
