import { describe, expect, it } from "vitest";
import { detectLanguage, extractDeals, findPublicationDate } from "./index";

describe("extractDeals", () => {
  it("returns nothing for empty or unrelated text", () => {
    expect(extractDeals("")).toEqual([]);
    expect(extractDeals("Das Wetter in Berlin bleibt am Wochenende sonnig und warm.")).toEqual([]);
  });

  it("reads a German commitment with amount, city, parent and date", () => {
    const text = "Der schwedische Möbelkonzern Nordhem will 300 Millionen Euro in ein neues Logistikzentrum in Breslau investieren. Das teilte das Unternehmen am Dienstag mit.";
    const [d, ...rest] = extractDeals(text, { published: "2024-03-15" });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      investor: "Nordhem", investorCountry: "SE", targetCountry: "PL", amount: 300_000_000, currency: "EUR",
      amountText: "300 Millionen Euro", status: "announced", announcedOn: "2024-03-12",
    });
    expect(d.facilities).toEqual([{ type: "logistics_center", city: "Breslau", name: null }]);
  });

  it("resolves the parent of a subsidiary and merges facts across sentences", () => {
    const text = "Kestrel Foods, a subsidiary of Harlow Group, will build a $120 million plant in Vietnam. The factory in Da Nang will open in 2026.";
    const deals = extractDeals(text, { published: "2025-02-03" });
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ investor: "Harlow Group", via: "Kestrel Foods", targetCountry: "VN", amount: 120e6, currency: "USD", kind: "greenfield" });
    expect(deals[0].facilities.map((f) => [f.type, f.city])).toEqual([["factory", "Da Nang"]]);
    expect(deals[0].announcedOn).toBe("2025-02-03");
  });

  it("ignores turnover, state aid and loans between states", () => {
    const text = "Der Maschinenbauer Fendel erzielte 2023 einen Umsatz von 2 Milliarden Euro. Die Regierung gewährte Polen einen Kredit über 500 Millionen Euro.";
    expect(extractDeals(text, { published: "2024-01-10" })).toEqual([]);
  });

  it("gives each joint-venture partner its own record", () => {
    const text = "Indian conglomerate Varuna Industries and Japan's Kitamura Motors formed a joint venture to build a scooter plant in Pune, India, with an investment of Rs 2,000 crore. Varuna will hold a 51% stake.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    const names = deals.map((d) => d.investor).sort();
    expect(names).toEqual(["Kitamura Motors", "Varuna Industries"]);
    for (const d of deals) {
      expect(d).toMatchObject({ targetCountry: "IN", amount: 2e10, currency: "INR", kind: "joint_venture" });
      expect(d.partners).toHaveLength(1);
    }
  });

  it("marks an opened plant completed and a suggestion proposed", () => {
    const opened = extractDeals("The carmaker Velox Auto opened its new $800 million factory in Kecskemét, Hungary, on Monday.", { published: "2024-06-05" });
    expect(opened[0]).toMatchObject({ investor: "Velox Auto", targetCountry: "HU", status: "completed", announcedOn: "2024-06-03" });
    const proposed = extractDeals("Der Minister schlug dem Konzern Orbitex vor, ein Werk in Serbien zu bauen.", { published: null });
    expect(proposed[0]).toMatchObject({ investor: "Orbitex", targetCountry: "RS", status: "proposed" });
  });
});

describe("detectLanguage and findPublicationDate", () => {
  it("are exported", () => {
    expect(detectLanguage("The company will invest in the new plant and said that it has the money.")).toBe("en");
    expect(findPublicationDate("Wien, 2. Mai 2023 – Der Konzern")).toBe("2023-05-02");
  });
});
