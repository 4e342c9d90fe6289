/** CLI: extract investment records from an article file, or from JSON lines on stdin (--jsonl). */
import fs from "node:fs";
import readline from "node:readline";
import { extractDeals } from "../lib/extraction";

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day. */
function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  if (!m[2]) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (!m[3]) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

function fail(msg: string): never {
  process.stderr.write(`extract: ${msg}\n`);
  process.exit(1);
}

async function jsonl(): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown; published?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      fail(`line ${n}: not valid JSON`);
    }
    if (typeof rec !== "object" || rec === null || typeof rec.text !== "string")
      fail(`line ${n}: expected {"id","text","published"}`);
    if (
      rec.published !== undefined &&
      rec.published !== null &&
      (typeof rec.published !== "string" || !validDate(rec.published))
    ) {
      fail(
        `line ${n}: bad "published" date ${JSON.stringify(rec.published)}, expected YYYY-MM-DD, YYYY-MM, YYYY or null`,
      );
    }
    const published = typeof rec.published === "string" ? rec.published : null;
    const deals = extractDeals(rec.text as string, { published });
    process.stdout.write(JSON.stringify({ id: rec.id ?? null, deals }) + "\n");
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes("--jsonl")) {
    jsonl().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
    return;
  }
  let file: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--published") {
      published = args[++i] ?? fail("--published needs a date YYYY-MM-DD");
      if (!validDate(published)) fail(`bad date "${published}", expected YYYY-MM-DD, YYYY-MM or YYYY`);
    } else if (args[i].startsWith("--")) fail(`unknown option ${args[i]}`);
    else file = args[i];
  }
  if (!file) fail("usage: npm run extract -- <file> [--published YYYY-MM-DD] | --jsonl");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    fail(`cannot read file ${file}`);
  }
  process.stdout.write(JSON.stringify(extractDeals(text, { published }), null, 2) + "\n");
}

main();
