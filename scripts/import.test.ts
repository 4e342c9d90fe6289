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
  it("imports a folder, reports duplicates and refusals by file, and ends with a summary", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "a.txt"), "Valtrex Energy will invest $200 million in a solar park in Kenya, the company said on Monday.");
    fs.writeFileSync(path.join(dir, "sub", "b.html"), "<html><body><p>Hartwell Foods plans a new factory in Vietnam.</p></body></html>");
    fs.writeFileSync(path.join(dir, "empty.md"), "");
    fs.writeFileSync(path.join(dir, "notes.pdf"), "%PDF");

    const first = runImport([dir, "--published", "2024-02-05"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^imported 2 article\(s\) with \d+ deal\(s\), 0 already imported, 1 refused$/m);
    expect(first.stdout).toContain("empty.md: the file is empty");
    // folders are searched for article files only; a .pdf named directly is refused
    const second = runImport([dir, path.join(dir, "notes.pdf"), path.join(dir, "missing.txt")]);
    expect(second.stdout).toMatch(/^imported 0 article\(s\) with 0 deal\(s\), 2 already imported, 3 refused$/m);
    expect(second.stdout).toContain('notes.pdf: unsupported file type ".pdf"');
    expect(second.stdout).toContain("missing.txt: no such file or folder");
  });

  it("says what is wrong with bad arguments", () => {
    const r = runImport(["x.txt", "--published", "yesterday"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--published: use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(runImport([]).stderr).toContain("usage: npm run import");
  });
});
