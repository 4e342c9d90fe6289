import { execFile } from "node:child_process";
import path from "node:path";
import type { DealContent } from "../lib/schemas/deal";
import { uniqueName } from "./factories";

/**
 * Seeds deals with exactly these fields into the e2e database (the file the
 * webServer serves, named by E2E_DATABASE_FILE, or E2E_DATABASE_URL's PostgreSQL database) through createArticleWithDeals,
 * so tests never depend on what the extractor makes of a text.
 */
export function seedDeals(deals: Partial<DealContent>[], text?: string, confidence?: number): Promise<number[]> {
  const env = {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${path.resolve(process.env.E2E_DATABASE_FILE ?? "")}`,
  };
  return new Promise((resolve, reject) => {
    const child = execFile(
      path.resolve("node_modules/.bin/tsx"),
      [path.resolve("e2e/seed-deals-cli.ts")],
      { env },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`seeding failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as number[]);
      },
    );
    child.stdin?.end(JSON.stringify({ deals, text, confidence }));
  });
}

/** A name no other test uses, to find a test's own deals by search or investor. */
export const uniqueInvestor = (prefix = "Kestrel") => uniqueName(prefix);
