/**
 * Storage alone, as `npm run bench:import` prints it: the deals of the corpus's texts
 * are extracted once, then the same articles (each copy distinct by a numbered line,
 * so later copies join the deals of earlier ones as the importer's matching decides)
 * are stored through each ArticleWriter into a fresh database of its own.
 * Run in a child process per writer so each has its own DATABASE_URL.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { articleWriter } from "../lib/data/article-writer";
import { extractForStorage } from "../lib/importer/extract-for-storage";
import { matchDeal } from "../lib/importer/match-deal";
import type { ExtractedDealInput } from "../lib/schemas/deal";

export async function storeCopies(
  texts: string[],
  count: number,
): Promise<{ seconds: number; cpuSeconds: number; deals: number }> {
  const extracted: { text: string; deals: ExtractedDealInput[] }[] = texts.map((text) => ({
    text,
    deals: extractForStorage(text, "2024-05-14").deals,
  }));
  const writer = articleWriter();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let deals = 0;
  // as many in flight as the CLI keeps: the writer gathers them into transactions
  const inFlight = 8;
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const { text, deals: found } = extracted[i % extracted.length];
      const copy = `Meldung ${i + 1}\n\n${text}`;
      const created = await writer.store(
        {
          title: null,
          text: copy,
          source: null,
          publishedOn: "2024-05-14",
          language: null,
          contentHash: createHash("sha256").update(copy).digest("hex"),
          importedById: null,
          importedVia: "cli",
        },
        found,
        matchDeal,
      );
      deals += created.dealIds.length;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  await writer.close();
  const cpu = process.cpuUsage(cpuStarted);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, deals };
}

if (process.argv[1]?.endsWith("bench-storage.ts")) {
  const [textsFile, count] = process.argv.slice(2);
  storeCopies(JSON.parse(fs.readFileSync(textsFile, "utf8")), Number(count))
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
