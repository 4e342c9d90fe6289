// Run by e2e/deal-factory.ts in a child process (tsx): Playwright's loader cannot
// import the generated Prisma client (ES module), tsx can. Reads
// {"deals": [...], "text"?: "...", "confidence"?: 0.5} on stdin, prints the new deal ids as JSON.
import { seedDeals } from "../lib/test/deal-factory";

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", async () => {
  const { deals, text, confidence } = JSON.parse(input) as {
    deals: Parameters<typeof seedDeals>[0];
    text?: string;
    confidence?: number;
  };
  // fully confident by default: the review queue (least confident first) then lists
  // these last, so they never crowd out the deals other e2e tests look for there
  process.stdout.write(JSON.stringify(await seedDeals(deals, text, confidence ?? 1)));
});
