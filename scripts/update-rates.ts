// npm run rates:update -- <rates.csv> [--monthly] [--no-convert] [--file <rates.json>]
// Merges exchange rates from a CSV (the ECB's daily eurofxref-hist.csv, turned into
// annual averages of its complete years, and monthly ones with --monthly; the ECB
// Data Portal's EXR download; or currency,period,perEur lines) into
// lib/currency/rates.json, marking each merged figure as the file's, then converts
// every stored deal's amount again at the new rates (DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { RateTable } from "../lib/currency/exchange-rates";
import { mergeRates, parseRateCsv } from "../lib/currency/rate-file";
import { convertDealAmountsOn } from "../lib/data/convert-deal-amounts";
import { databaseFile, databaseProvider, databaseUrl } from "../lib/db/database-url";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      "no-convert": { type: "boolean", default: false },
      monthly: { type: "boolean", default: false },
      file: { type: "string", default: "lib/currency/rates.json" },
    },
  });
  if (positionals.length !== 1) {
    console.error("usage: npm run rates:update -- <rates.csv> [--monthly] [--no-convert] [--file <rates.json>]");
    process.exit(2);
  }
  const ratesFile = path.resolve(values.file);
  const current = JSON.parse(fs.readFileSync(ratesFile, "utf8")) as RateTable;
  const text = fs.readFileSync(positionals[0], "utf8");
  const rates = parseRateCsv(text, { monthly: values.monthly });
  if (rates.length === 0) throw new Error("the file holds no complete year (or month) of rates");
  const via = `npm run rates:update with ${path.basename(positionals[0])} on ${new Date().toISOString().slice(0, 10)}`;
  // the ECB's daily file starts with Date, the Data Portal's with KEY; anything else is the user's own
  const isEcb = /^\uFEFF?"?(date|key)"?,/i.test(text);
  const { table, added, changed } = mergeRates(
    current,
    rates,
    isEcb
      ? {
          id: "ecb-file",
          name: "European Central Bank, euro foreign exchange reference rates",
          url: current.sourceUrl,
          via,
        }
      : { id: "rates-file", name: `rates file ${path.basename(positionals[0])}`, url: "", via },
  );
  fs.writeFileSync(ratesFile, `${JSON.stringify(table, null, 2)}\n`);
  console.log(
    `${rates.length} rates read: ${added} added, ${changed} changed; ${path.relative(process.cwd(), ratesFile)} now as of ${table.asOf}`,
  );
  if (values["no-convert"]) return;
  const url = databaseUrl();
  if (databaseProvider(url) === "sqlite" && !fs.existsSync(databaseFile(url))) {
    console.log(`no database at ${url}: nothing to convert`);
    return;
  }
  console.log(
    `converted ${(await convertDealAmountsOn(url, { all: true, table })).toLocaleString("en")} deals' amounts again in ${url}`,
  );
}

main().catch((error) => {
  console.error(`could not update the rates: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
