import { extractDeals } from "../index";
import { describe, expect, it } from "vitest";
import { nearPublication } from "./context";
import { stagesOf } from "./stages.test-util";

const ctxOf = (text: string, published: string | null = "2024-05-02") => stagesOf(text, "en", published).ctx;

describe("the country an article's language is written for", () => {
  it("is the default where the article names countries only by adjectives (of firms and partners)", () => {
    const t =
      "Acme Holding, rüzgar santrali barındıran iştirakinin yarısını Beta Fonu’na sattı.\nŞirket hisseleri Kanadalı ve Fransız ortaklarından almıştı.";
    expect(stagesOf(t, "tr", "2024-05-02").ctx.defaultCountry).toBe("TR");
    const named = "Acme Holding, Kanada’da rüzgar santrali kuracak.\nŞirket Kanadalı ortağıyla çalışacak.";
    expect(stagesOf(named, "tr", "2024-05-02").ctx.defaultCountry).toBe("CA");
  });
  it("German news that names no country and no known place is about Germany", () => {
    const t = "Quarzdorf: Veltrana investiert 20 Mio. Euro in ein neues Lager.";
    expect(stagesOf(t, "de", null).ctx.defaultCountry).toBe("DE");
    expect(
      stagesOf("Veltrana investiert in Wien 20 Mio. Euro in ein neues Lager.", "de", null).ctx.defaultCountry,
    ).toBe("AT");
  });
  it("counts a country's adjective half as much as its name there", () => {
    const t = "Fabrika Alman teknolojisi, Alman makineleri ve Alman uzmanlarla Mısır’da kurulacak.";
    expect(stagesOf(t, "tr", "2024-05-02").ctx.defaultCountry).toBe("EG");
  });
});

describe("article context stage", () => {
  it("a dateline and an agency credit do not vote for a target country", () => {
    const ctx = ctxOf("WARSAW (Reuters) - Michelin will invest 100 million euros in a new plant.");
    expect(ctx.defaultCountry).toBeNull();
    expect(
      ctxOf("BERLIN, 3 May (dpa) - Tesla will invest 500 million euros in a new plant in Spain.").defaultCountry,
    ).toBe("ES");
  });
  it("a source credit and a 'read more' teaser after the story do not vote either", () => {
    expect(
      ctxOf("Michelin will invest 100 million euros in a new plant.\nSource: Polish Press Agency (PAP)").defaultCountry,
    ).toBeNull();
    expect(
      ctxOf("Michelin will invest 100 million euros in a new plant.\nRead more: Bosch builds a plant in Italy")
        .defaultCountry,
    ).toBeNull();
  });
  it("a town in brackets after a firm is where its site is, a country in brackets its home", () => {
    const { ctx } = stagesOf("A agência apoia investimentos da Marvex (Aveiro) e da Goertek (Hongkong).", "pt");
    expect(ctx.homes.get("marvex")).toBeUndefined();
    expect(ctx.homes.get("goertek")).toBe("HK");
  });
  it("amounts in a currency only one country counts in vote for that country, where the article names it", () => {
    const fr =
      "France, Espagne, Grèce : l’origine des opérateurs se diversifie. Les opérateurs de France et d'Espagne ont signé des conventions avec le Maroc. Le français Korvex investira 200 MDH. L'espagnol Tavrel investira 11 MDH et le français Zimoun 100 MDH.";
    expect(stagesOf(fr, "fr", null).ctx.defaultCountry).toBe("MA");
    // (not a firm's home: "the Japanese company … billions of yen" counts at home)
    const pt =
      "A empresa japonesa Mitsui e a Petrobras vão destinar 6 bilhões de ienes cada uma à nova empresa no Brasil, que exportará para o Japão. O custo total é de 30 bilhões de ienes.";
    expect(stagesOf(pt, "pt", null).ctx.defaultCountry).toBe("BR");
  });
  it("a country named as an investor's home is its home, not a vote for the target", () => {
    const ctx = ctxOf("The French company Michelin will invest 100 million zlotys in its tyre plant in Olsztyn.");
    expect(ctx.homes.get("michelin")).toBe("FR");
    expect(ctx.defaultCountry).toBe("PL");
  });
  it("an article naming no country but its investors' homes falls back to its language's home country, if it has one", () => {
    const tr = "Katarlı Al Sraiya, Gebze'de 120 milyon dolarlık yatırımla bir lojistik merkezi kuracak.";
    expect(stagesOf(tr, "tr", null).ctx.defaultCountry).toBe("TR");
    // English is written for many countries: its last resort is the firms' home most named
    expect(
      ctxOf("The Qatari firm Al Sraiya will invest $120 million in a logistics centre in Xyzzyton.").defaultCountry,
    ).toBe("QA");
    expect(ctxOf("Al Sraiya will invest $120 million in a logistics centre in Xyzzyton.").defaultCountry).toBeNull();
    // a country the article names as a target still decides
    expect(stagesOf("Ekol kündigt ein Werk in Ungarn an.", "de", null).ctx.defaultCountry).toBe("HU");
  });
  it("a country named with 'in' for a firm is the last resort before the language's home", () => {
    const pl = "NIK oceniła zakup przez KGHM kopalni Sierra Gorda w Chile kanadyjskiej spółki Quadra.";
    const { ctx } = stagesOf(pl, "pl", null);
    // the place is read as the seller's home, so it casts no vote of its own
    expect(ctx.homes.get("quadra")).toBe("CL");
    expect(ctx.defaultCountry).toBe("CL");
    // an adjective for a firm is its nationality, never such a fallback
    expect(stagesOf("Katarlı Al Sraiya 120 milyon dolarlık yatırım yapacak.", "tr", null).ctx.defaultCountry).toBe(
      "TR",
    );
  });
  it("the headline's country outweighs one the body names once", () => {
    const ctx = ctxOf("Hyundai picks Czechia for battery plant\nThe group had also looked at sites in Poland.");
    expect(ctx.defaultCountry).toBe("CZ");
  });
  it("the default currency is the one most written", () => {
    expect(ctxOf("Tesla will invest €500 million. Of that, €200 million go to a new hall.").defaultCurrency).toBe(
      "EUR",
    );
  });
  it("parents from 'a subsidiary of' and from the possessive", () => {
    const ctx = ctxOf(
      "Siemens Energy, a subsidiary of Siemens, will invest €200 million in Poland. Alphabet's Google will invest $1 billion in Germany.",
    );
    expect(ctx.parents.get("siemens energy")).toBe("Siemens");
    expect(ctx.parents.get("google")).toBe("Alphabet");
  });
  it("no parent among several owners ('jointly owned by Taqa, Adnoc and Mubadala')", () => {
    const ctx = ctxOf("Masdar, jointly owned by Taqa, Adnoc and Mubadala, has developed projects in 40 countries.");
    expect(ctx.parents.get("masdar")).toBeUndefined();
  });
  it("joint-venture holdings: 'A hält 51 Prozent, B 49 Prozent'", () => {
    const ctx = stagesOf(
      "Mitsui und SKC gründen ein Gemeinschaftsunternehmen in Polen. Mitsui hält 51 Prozent, SKC 49 Prozent.",
      "de",
    ).ctx;
    expect([ctx.jvStakes.get("mitsui"), ctx.jvStakes.get("skc")]).toEqual([51, 49]);
    expect(ctx.shareSentences.size).toBe(1);
  });
  it("a headline's year is the day a later sentence of the lead gives in that year", () => {
    const text =
      "Choose France 2024: France has boosted its appeal\n\nThe 7th Choose France Summit was held on Monday, 13 May 2024 at Versailles. Microsoft announced an investment of €4 billion.";
    expect(stagesOf(text, "en", null).ctx.leadDate).toBe("2024-05-13");
  });
  it("a page's date stamp opening the lead gives way to the day the next sentence names", () => {
    const text =
      "Mill opens in Kenya\n\nJane Roe, Friday 17 May 2024\n\nThe minister said on Thursday that Acme Ltd will invest $50 million in a mill in Kenya.";
    expect(stagesOf(text, "en", "2024-05-17").ctx.leadDate).toBe("2024-05-16");
    expect(extractDeals(text, { published: "2024-05-17" }).map((d) => d.announcedOn)).toEqual(["2024-05-16"]);
    // a weekday inside the lead's own news sentence is the news's day, not a page's stamp
    const own =
      "Mill bought in Kenya\n\nAcme Ltd completed its purchase of a mill in Kenya on Friday, making it the largest miller.\n\nShareholders approved the purchase on Tuesday.";
    expect(stagesOf(own, "en", "2024-05-17").ctx.leadDate).toBe("2024-05-17");
    // a stamp that is not the publication day stays the lead's date
    expect(stagesOf(text, "en", "2024-05-20").ctx.leadDate).toBe("2024-05-17");
  });
  it("a past year of background opening the lead gives way to a later lead sentence's date near the publication", () => {
    const text =
      "Trade between Freedonia and Sylvania reached $4 billion in 2023.\n\nThe two countries signed six agreements on April 15 in Sylvania.\n\nOther news follows.";
    expect(stagesOf(text, "en", "2025-04-28").ctx.leadDate).toBe("2025-04-15");
    // with no publication date to measure it against, the first lead date stays
    expect(stagesOf(text, "en", null).ctx.leadDate).toBe("2023");
  });
  it("a date opening a sentence dates every clause split off it", () => {
    const text =
      "Other news comes first here.\n\nIn 2021, Acme Corp invested $50 million in a plant in Peru; Borin Ltd opened a store in Chile; and Cadmus Inc announced a mill in Brazil.";
    const { infos, ctx } = stagesOf(text, "en", "2024-05-02");
    const cadmus = infos.find((i) => i.s.text.includes("Cadmus"))!;
    expect(cadmus.s.clauseOf).toBeDefined();
    expect(ctx.openingDate(cadmus)?.value).toBe("2021");
    // a date at the end of the first clause is that clause's own
    const late = stagesOf(
      text.replace("In 2021, Acme", "Acme").replace("in Peru;", "in Peru in 2021;"),
      "en",
      "2024-05-02",
    );
    expect(late.ctx.openingDate(late.infos.find((i) => i.s.text.includes("Cadmus"))!)).toBeNull();
  });
  it("the lead date is same-week news only in the publication's month or the month before", () => {
    const ctx = ctxOf("Tesla said on April 30, 2024 it will invest €500 million in Germany.");
    expect([ctx.leadDate, ctx.leadNearPub]).toEqual(["2024-04-30", true]);
    expect(nearPublication("2024-02", "2024-05-02")).toBe(false);
    expect(nearPublication("2024", "2024-05-02")).toBe(true);
  });
  it("a source credit closing a paragraph dates that paragraph", () => {
    const ctx = ctxOf("Tesla will invest €500 million in a plant in Mexico.\n(Reforma, November 25, 2021)", null);
    expect(ctx.creditDates.get(1)?.value).toBe("2021-11-25");
  });
});

describe("parents named in a parenthesis", () => {
  it("reads 'PowerCo (a Volkswagen Group company)' as PowerCo's parent", async () => {
    const { extractDeals } = await import("../index");
    const t =
      "Umicore, together with PowerCo (a Volkswagen Group company), have created a joint venture which will invest EUR 1.7 billion in Poland.";
    const deals = extractDeals(t, { published: "2024-03-01" });
    expect(deals.map((d) => [d.investor, d.via])).toEqual([
      ["Umicore", null],
      ["Volkswagen Group", "PowerCo"],
    ]);
  });
});
