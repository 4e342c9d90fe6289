// npm run rates:update -- <rates.csv> [--no-convert]
// Merges exchange rates from a CSV (the ECB Data Portal's EXR download, or
// currency,period,perEur lines) into lib/currency/ecb-rates.json, then converts
// every stored deal's amount again at the new rates (DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SHIPPED_RATES } from "../lib/currency/exchange-rates";
import { mergeRates, parseRateCsv } from "../lib/currency/rate-file";
import { convertDealAmountsOn } from "../lib/data/convert-deal-amounts";
import { databaseFile, databaseProvider, databaseUrl } from "../lib/db/database-url";

const RATES_FILE = path.resolve("lib/currency/ecb-rates.json");

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "no-convert": { type: "boolean", default: false } } });
  if (positionals.length !== 1) {
    console.error("usage: npm run rates:update -- <rates.csv> [--no-convert]");
    process.exit(2);
  }
  const rates = parseRateCsv(fs.readFileSync(positionals[0], "utf8"));
  const { table, added, changed } = mergeRates(SHIPPED_RATES, rates);
  fs.writeFileSync(RATES_FILE, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${rates.length} rates read: ${added} added, ${changed} changed; ${path.relative(process.cwd(), RATES_FILE)} now as of ${table.asOf}`);
  if (values["no-convert"]) return;
  const url = databaseUrl();
  if (databaseProvider(url) === "sqlite" && !fs.existsSync(databaseFile(url))) { console.log(`no database at ${url}: nothing to convert`); return; }
  console.log(`converted ${(await convertDealAmountsOn(url, { all: true, table })).toLocaleString("en")} deals' amounts again in ${url}`);
}

main().catch((error) => {
  console.error(`could not update the rates: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
