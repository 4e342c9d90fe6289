import { describe, expect, it } from "vitest";
import { prisma } from "../lib/data/prisma";
import { queueStoredDuplicates } from "../lib/data/queue-stored-duplicates";
import { scoreMatch } from "../lib/matching/match-score";
import { seedDeals } from "../lib/test/deal-factory";

describe("queueStoredDuplicates", () => {
  it("queues stored deals that may be one, once, and never pairs of one article or other countries", async () => {
    const [a] = await seedDeals([
      {
        investor: "Velmora",
        targetCountry: "IT",
        announcedOn: "2024-03",
        facilities: [{ type: "factory", city: "Turin", name: null }],
      },
    ]);
    const [b] = await seedDeals([
      {
        investor: "Velmora SpA",
        targetCountry: "IT",
        announcedOn: "2024-04",
        facilities: [{ type: "factory", city: "Torino", name: null }],
      },
    ]);
    await seedDeals([{ investor: "Velmora", targetCountry: "FR" }]);
    await seedDeals([
      { investor: "Velmora", targetCountry: "ES" },
      { investor: "Velmora", targetCountry: "ES", kind: "expansion" },
    ]);

    const first = await queueStoredDuplicates(scoreMatch);
    expect(first.queued).toBe(1);
    const pairs = await prisma.duplicateCandidate.findMany({ where: { OR: [{ dealId: b }, { dealId: a }] } });
    expect(pairs.map((p) => [p.dealId, p.otherDealId])).toEqual([[b, a]]);
    expect((await queueStoredDuplicates(scoreMatch)).queued).toBe(0);
  });
});
