import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../bench/synthetic-deals";
import { bulkInsertDeals } from "../data/bulk-insert-deals";
import { exportDeals } from "../data/export-deals";
import { exportDealsStream } from "../data/export-off-thread";
import { databaseUrl } from "../db/database-url";
import { parseDealQueryOrThrow } from "../schemas/deal-query";
import { exportStream } from "./export-format";

// A server that streams the export the way Next does for a fast client (every chunk
// written as soon as it is read, waiting only when the socket says so), and answers
// /ping at once. The ping must be answered while the export is still streaming.
let server: http.Server;
let base: string;

beforeAll(async () => {
  bulkInsertDeals(databaseUrl(), syntheticArticles(20_000));
  server = http.createServer(async (req, res) => {
    if (req.url === "/ping") return res.end("pong");
    const query = parseDealQueryOrThrow({});
    // /export streams from the worker thread, as the route does; /export-here on the request thread
    const meta = { description: "all deals", query: "", url: "", exportedAt: new Date().toISOString(), rates: "" };
    const stream =
      req.url === "/export" ? exportDealsStream(query, "csv", meta) : exportStream(exportDeals(query), "csv", meta);
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (!res.write(r.value)) await new Promise((resolve) => res.once("drain", resolve));
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(["/export", "/export-here"])("a full export (%s)", (path) => {
  it("lets another request be answered while it streams", async () => {
    const events: string[] = [];
    const exported = fetch(`${base}${path}`).then(async (res) => {
      const reader = res.body!.getReader();
      let bytes = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        bytes += r.value.length;
        // once the export is under way, ask for something else
        if (bytes > 100_000 && !events.includes("ping sent")) {
          events.push("ping sent");
          void fetch(`${base}/ping`)
            .then((p) => p.text())
            .then(() => events.push("ping answered"));
        }
      }
      events.push("export done");
      return bytes;
    });
    expect(await exported).toBeGreaterThan(500_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual(["ping sent", "ping answered", "export done"]);
  }, 60_000);
});

describe("the worker's export", () => {
  it("writes exactly what the in-thread export writes", async () => {
    const [worker, here] = await Promise.all(
      ["/export", "/export-here"].map((p) => fetch(`${base}${p}`).then((r) => r.text())),
    );
    expect(worker.length).toBeGreaterThan(500_000);
    expect(worker === here).toBe(true);
  }, 60_000);
});
