import { describe, expect, it } from "vitest";
import { convertAmount } from "../currency/exchange-rates";
import { databaseUrl } from "../db/database-url";
import { extractedDeal, storeArticle, storeEditor } from "../test/deal-factory";
import { convertDealAmountsOn } from "./convert-deal-amounts";
import { getDealById } from "./get-deal-by-id";
import { prisma } from "./prisma";
import { updateDeal } from "./update-deal";

describe("dollar and euro equivalents", () => {
  it("are stored with a new deal, at the rate of its announcement date", async () => {
    const { dealIds } = await storeArticle([extractedDeal({ amount: 1e12, currency: "HUF", announcedOn: "2023-04" })]);
    // 1e12 HUF at the 2023 average, about 382 HUF per EUR and 1.081 USD per EUR: about 2.62 B EUR, 2.83 B USD
    const { amountEur, amountUsd } = convertAmount(1e12, "HUF", "2023-04")!;
    expect(await getDealById(dealIds[0])).toMatchObject({ amountEur, amountUsd, fxPeriod: "2023" });
    expect(amountEur).toBeCloseTo(2.618e9, -7);
    expect(amountUsd).toBeCloseTo(2.831e9, -7);
  });

  it("follow an edit of the amount, the currency or the date", async () => {
    const {
      dealIds: [id],
    } = await storeArticle([extractedDeal({ amount: 1e8, currency: "EUR", announcedOn: "2024-05" })]);
    const content = { ...extractedDeal().content, amount: 2e8, currency: "USD", announcedOn: "2022" };
    await updateDeal({ dealId: id, expectedVersion: 1, content, evidence: [] }, await storeEditor());
    expect(await getDealById(id)).toMatchObject({
      amountUsd: 2e8,
      amountEur: convertAmount(2e8, "USD", "2022")!.amountEur,
      fxPeriod: "2022",
    });
    await updateDeal(
      { dealId: id, expectedVersion: 2, content: { ...content, amount: null, currency: null }, evidence: [] },
      await storeEditor(),
    );
    expect(await getDealById(id)).toMatchObject({ amountUsd: null, amountEur: null, fxPeriod: null });
  });

  it("are filled in for deals stored without them, and left empty where no rate fits", async () => {
    const {
      dealIds: [known, unknown],
    } = await storeArticle([
      extractedDeal({ amount: 5e6, currency: "GBP", announcedOn: "2019-02-01" }),
      extractedDeal({ investor: "Other", amount: 5e6, currency: "XAU", announcedOn: "2019" }),
    ]);
    await prisma.deal.updateMany({
      where: { id: { in: [known, unknown] } },
      data: { amountUsd: null, amountEur: null, fxPeriod: null },
    });
    expect(await convertDealAmountsOn(databaseUrl())).toBeGreaterThanOrEqual(2);
    expect(await getDealById(known)).toMatchObject({
      amountEur: convertAmount(5e6, "GBP", "2019")!.amountEur,
      fxPeriod: "2019",
    });
    expect(await getDealById(unknown)).toMatchObject({ amountUsd: null, fxPeriod: null });
  });
});
