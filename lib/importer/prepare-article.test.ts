import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../schemas/article";
import { prepareArticle } from "./prepare-article";

const file = (fileName: string, content: string | Uint8Array) => ({
  kind: "file" as const,
  fileName,
  bytes: typeof content === "string" ? Buffer.from(content, "utf8") : content,
});

describe("prepareArticle", () => {
  it("cleans a text file and hashes it", () => {
    const r = prepareArticle(file("a.txt", "Siemens baut ein Werk.\r\n"));
    expect(r).toMatchObject({ ok: true, article: { text: "Siemens baut ein Werk.", title: "Siemens baut ein Werk." } });
  });

  it("turns HTML into text and takes its title", () => {
    const r = prepareArticle(file("a.html", "<html><head><title>T</title></head><body><p>Eins</p><p>Zwei</p></body></html>"));
    expect(r).toMatchObject({ ok: true, article: { text: "Eins\n\nZwei", title: "T" } });
  });

  it("refuses unsupported types, empty, oversized and binary files with reasons naming what to do", () => {
    expect(prepareArticle(file("a.pdf", "x"))).toEqual({ ok: false, reason: 'unsupported file type ".pdf": upload .txt, .md, .markdown, .html, .htm files' });
    expect(prepareArticle(file("a.txt", ""))).toEqual({ ok: false, reason: "the file is empty" });
    expect(prepareArticle(file("a.txt", "   \n\n "))).toEqual({ ok: false, reason: "the text is empty" });
    const big = prepareArticle(file("a.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65)));
    expect(big).toEqual({ ok: false, reason: "the file is 2.0 MB; the limit is 2 MB per file" });
    const binary = prepareArticle(file("a.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])));
    expect(binary).toMatchObject({ ok: false, reason: expect.stringContaining("binary") });
  });

  it("gives pasted text the title it came with", () => {
    expect(prepareArticle({ kind: "text", text: "Body", title: "Headline" })).toMatchObject({ ok: true, article: { title: "Headline" } });
  });
});
