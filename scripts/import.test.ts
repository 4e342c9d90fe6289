import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs the real CLI as a user would, against this test file's own fresh database.
function runImport(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("npm run import", () => {
  it("imports a folder, reports duplicates, refusals and skipped file types, exits 1 when anything was refused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(
      path.join(dir, "a.txt"),
      "Valtrex Energy will invest $200 million in a solar park in Kenya, the company said on Monday.",
    );
    fs.writeFileSync(
      path.join(dir, "sub", "b.html"),
      "<html><body><p>Hartwell Foods plans a new factory in Vietnam.</p></body></html>",
    );
    fs.writeFileSync(
      path.join(dir, "c.txt"),
      "Published: 3 May 2023\n\nCorvina Foods will invest $50 million in a dairy plant in Chile.",
    );
    fs.writeFileSync(path.join(dir, "empty.md"), "");
    fs.writeFileSync(path.join(dir, "photo.jpg"), "x");
    fs.writeFileSync(path.join(dir, "notes.pdf"), "%PDF");

    const first = runImport([dir, "--published", "2024-02-05"]);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(
      /^imported 3 article\(s\) with \d+ deal\(s\), 0 already imported, 2 refused in [\d.]+ s \([\d.]+ articles\/s\)$/m,
    );
    expect(first.stdout).toContain("empty.md: the file is empty");
    expect(first.stdout).toContain("notes.pdf: the PDF could not be read");
    expect(first.stdout).toContain("skipped 1 .jpg file(s): not an article type");
    expect(first.stderr).toMatch(/5\/5 +[\d.]+ articles\/s +ETA/);

    const second = runImport([path.join(dir, "a.txt"), path.join(dir, "c.txt")]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^imported 0 article\(s\) with 0 deal\(s\), 2 already imported, 0 refused/m);
    expect(runImport([path.join(dir, "missing.txt")]).stdout).toContain("missing.txt: no such file or folder");
  }, 240_000); // three real CLI runs, each starting its worker thread: slow on a busy machine

  it("gives each file the date it states, and --published only to those that state none", async () => {
    const { prisma } = await import("../lib/data/prisma");
    const stored = await prisma.article.findMany({
      where: { text: { contains: "will invest $" } },
      select: { text: true, publishedOn: true },
    });
    const dateOf = (word: string) => stored.find((a) => a.text.includes(word))?.publishedOn;
    expect(dateOf("Corvina")).toBe("2023-05-03");
    expect(dateOf("Valtrex")).toBe("2024-02-05");
  });

  it("says what is wrong with bad arguments", () => {
    const r = runImport(["x.txt", "--published", "yesterday"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--published: use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(runImport([]).stderr).toContain("usage: npm run import");
  }, 60_000);
});
