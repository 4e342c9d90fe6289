import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, MAX_FILE_BYTES } from "../schemas/article";
import { prepareArticle } from "./prepare-article";

const file = (fileName: string, content: string | Uint8Array) => ({
  kind: "file" as const,
  fileName,
  bytes: typeof content === "string" ? Buffer.from(content, "utf8") : content,
});
const fixture = (...parts: string[]) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", ...parts));

describe("prepareArticle", () => {
  it("cleans a text file and hashes it", async () => {
    const r = await prepareArticle(file("a.txt", "Siemens baut ein Werk.\r\n"));
    expect(r).toMatchObject({ ok: true, article: { text: "Siemens baut ein Werk.", title: "Siemens baut ein Werk." } });
  });

  it("turns a short HTML page into text and takes its title", async () => {
    const r = await prepareArticle(
      file("a.html", "<html><head><title>T</title></head><body><p>Eins</p><p>Zwei</p></body></html>"),
    );
    expect(r).toMatchObject({ ok: true, article: { text: "Eins\n\nZwei", title: "T" } });
  });

  it("reads a saved news page: article only, with the date and canonical URL its markup states", async () => {
    const r = await prepareArticle(file("page.html", fixture("pages", "tr-microsoft.html")));
    expect(r).toMatchObject({
      ok: true,
      article: {
        title: "Microsoft’tan Dudullu’ya veri merkezi yatırımı",
        statedDate: { date: "2021-06-08", origin: "page" },
        canonicalUrl: "https://patronlar.example/haber/microsoft-dudullu-veri-merkezi",
        language: "tr",
      },
    });
    if (r.ok) expect(r.article.text).not.toMatch(/çerez|Amazon|Reklam/);
  });

  it("reads a PDF with its wrapped lines joined into sentences, and the dateline's date", async () => {
    const r = await prepareArticle(file("orvane.pdf", fixture("documents", "orvane-mexico.pdf")));
    expect(r).toMatchObject({
      ok: true,
      article: {
        title: "Orvane Steel to invest $900 million in Mexican mill",
        statedDate: { date: "2024-05-06", origin: "text" },
      },
    });
    if (r.ok) {
      expect(r.article.text).toContain(
        "Orvane Steel Corp said on Monday it will invest $900 million in a new flat-rolled steel mill in Monterrey, Mexico, to supply carmakers",
      );
      expect(r.article.text.split("\n\n")).toHaveLength(4);
    }
  });

  it("refuses a scanned PDF without text, saying what to do", async () => {
    expect(await prepareArticle(file("scan.pdf", fixture("documents", "scanned.pdf")))).toEqual({
      ok: false,
      reason:
        "the PDF has 1 page(s) but no text layer (a scan?): run it through text recognition (OCR) first or paste its text",
    });
    expect(await prepareArticle(file("fake.pdf", "%PDF-1.7 nothing else"))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("the PDF could not be read"),
    });
  });

  it("reads a Word document's paragraphs and the date it states", async () => {
    const r = await prepareArticle(file("lindqvist.docx", fixture("documents", "lindqvist-spain.docx")));
    expect(r).toMatchObject({
      ok: true,
      article: {
        title: "Lindqvist Batteries to build €1.2 billion gigafactory in Spain",
        statedDate: { date: "2024-03-12", origin: "text" },
      },
    });
    expect(await prepareArticle(file("old.docx", "not a zip"))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("the Word file could not be read"),
    });
  });

  it("refuses unsupported types, empty, oversized and binary files with reasons naming what to do", async () => {
    expect(await prepareArticle(file("a.exe", "x"))).toEqual({
      ok: false,
      reason: 'unsupported file type ".exe": upload .txt, .md, .markdown, .html, .htm, .pdf, .docx files',
    });
    expect(await prepareArticle(file("a.txt", ""))).toEqual({ ok: false, reason: "the file is empty" });
    expect(await prepareArticle(file("a.txt", "   \n\n "))).toEqual({ ok: false, reason: "the text is empty" });
    expect(await prepareArticle(file("a.txt", new Uint8Array(MAX_FILE_BYTES + 1).fill(65)))).toEqual({
      ok: false,
      reason: "the file is 10.0 MB; the limit is 10 MB per file",
    });
    const long = await prepareArticle(file("a.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65)));
    expect(long).toEqual({
      ok: false,
      reason: "the article's text is 2.0 MB; the limit is 2 MB of text per article: split it into its articles",
    });
    const binary = await prepareArticle(
      file("a.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])),
    );
    expect(binary).toMatchObject({ ok: false, reason: expect.stringContaining("binary") });
  });

  it("gives pasted text the title it came with", async () => {
    expect(await prepareArticle({ kind: "text", text: "Body", title: "Headline" })).toMatchObject({
      ok: true,
      article: { title: "Headline" },
    });
  });
});
