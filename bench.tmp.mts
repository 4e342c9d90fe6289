process.env.DATABASE_URL = "file:./data/bench/deals-1000000.db";
const { exportDeals } = await import("./lib/data/export-deals");
const { csvLine } = await import("./lib/deals/export-format");
const { parseDealQueryOrThrow } = await import("./lib/schemas/deal-query");
const q = parseDealQueryOrThrow({ targetCountry: "KR" });
for (let i = 0; i < 4; i++) {
  let t = performance.now(); let n = 0;
  const batches = [];
  for (const b of exportDeals(q)) { n += b.length; batches.push(b); }
  const sqlMs = performance.now() - t;
  t = performance.now(); let bytes = 0; for (const b of batches) for (const r of b) bytes += csvLine(r).length;
  console.log("rows", n, "sql+map", sqlMs.toFixed(0), "csv", (performance.now() - t).toFixed(0));
}
