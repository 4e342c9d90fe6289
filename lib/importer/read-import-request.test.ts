import { describe, expect, it } from "vitest";
import { MAX_FILES_PER_REQUEST, MAX_REQUEST_BYTES } from "../schemas/article";
import { importBatch } from "./import-batch";
import { readImportRequest } from "./read-import-request";

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://localhost/api/articles", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readImportRequest", () => {
  it("refuses a body declared over the request limit before reading it, naming the limit", async () => {
    const request = post("tiny", {
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(MAX_REQUEST_BYTES + 1),
    });
    await expect(readImportRequest(request)).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringContaining("the limit is 50 MB per request"),
    });
  });

  it("stops reading an undeclared (streamed) body as soon as it passes the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (sent > MAX_REQUEST_BYTES * 2) controller.close();
      },
    });
    await expect(readImportRequest(post(stream, { "content-type": "application/json" }))).rejects.toMatchObject({
      code: "too_large",
    });
    expect(sent).toBeLessThan(MAX_REQUEST_BYTES + 8 * 1024 * 1024);
  });

  it("reads each file's own date, and the batch date as the default", async () => {
    const form = new FormData();
    form.append("file", new Blob(["one"]), "a.txt");
    form.append("file", new Blob(["two"]), "b.txt");
    form.append("published:b.txt", "2021-04");
    form.append("published", "2020");
    form.append("urls", "https://example.org/a\nhttps://example.org/b");
    const input = await readImportRequest(new Request("http://localhost/api/articles", { method: "POST", body: form }));
    expect(input.files.map((f) => [f.name, f.published])).toEqual([
      ["a.txt", null],
      ["b.txt", "2021-04"],
    ]);
    expect(input).toMatchObject({ published: "2020", urls: ["https://example.org/a", "https://example.org/b"] });
  });
});

describe("importBatch limits", () => {
  it(`refuses more than ${MAX_FILES_PER_REQUEST} files at once, saying what to do, before reading any`, async () => {
    const files = Array.from({ length: MAX_FILES_PER_REQUEST + 1 }, (_, i) => ({
      name: `${i}.txt`,
      bytes: new Uint8Array(),
    }));
    await expect(importBatch({ files }, { importedVia: "api" })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining(`501 files were sent; the limit is ${MAX_FILES_PER_REQUEST} per upload`),
    });
  });

  it("reports a bad per-file date at that file", async () => {
    await expect(
      importBatch(
        { files: [{ name: "a.txt", bytes: new Uint8Array([65]), published: "March" }] },
        { importedVia: "api" },
      ),
    ).rejects.toMatchObject({
      fieldErrors: { "published:a.txt": ["a.txt: use YYYY, YYYY-MM or YYYY-MM-DD"] },
    });
  });
});
