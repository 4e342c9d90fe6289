/** Linguistic rules of the candidate stage, one sentence each. */
import { describe, expect, it } from "vitest";
import { extractDeals } from "./index";

const investors = (text: string) =>
  extractDeals(text, { published: "2024-05-02" }).map((d) => `${d.investor}>${d.targetCountry}`);

describe("candidates", () => {
  it("a bare proper name before the amount is a candidate when nothing better stands (outside German)", () => {
    expect(
      investors(
        "A su vez, la mexicana Exa Industrial destinará 56 millones de dólares para ampliar su planta en Coahuila, México.",
      ),
    ).toContain("Exa Industrial>MX");
  });
  it("names given as examples or as the source of a report are not investors", () => {
    expect(
      investors(
        "According to Yomiuri, Nikkan Kogyo and Kyodo, Toyota will invest $500 million in a plant in Kentucky, United States.",
      ),
    ).toEqual(["Toyota>US"]);
  });
  it("a country in possessive form is the investor's home, not the target", () => {
    expect(
      investors(
        "Vietnam attracts factories. On September 26, the Philippines’ Aboitiz Foods inaugurated a 45 million USD feed plant in Long An, Vietnam.",
      ),
    ).toEqual(["Aboitiz Foods>VN"]);
  });
  it("a place named after another place is not that place ('Nova Odessa')", () => {
    expect(
      investors("A IBS Paper Performance investirá R$ 10 milhões em uma nova fábrica em Nova Odessa, no Brasil."),
    ).not.toContain("IBS Paper Performance>UA");
  });
  it("a nationality noun before a name marks a firm", () => {
    expect(investors("À Tanger, l’Allemand Stahlschmidt va construire une usine de câbles au Maroc.")).toContain(
      "Stahlschmidt>MA",
    );
  });
  it("a currency name several countries share follows the target country", () => {
    const [d] = extractDeals(
      "Le groupe américain Lear va construire une usine à Tanger, au Maroc, pour un investissement de 346 millions de dirhams.",
      { published: "2024-05-02" },
    );
    expect(d?.currency).toBe("MAD");
  });
  it("a source credit closing a list item dates that item, not the whole list", () => {
    const text =
      "Recent investment in Mexico\n\n  • Logistics: French carmaker Renault is building a new plant in Puebla, Mexico, for US$95 million. (Reforma, November 25, 2021)\n  • Electronics: Japanese electronics maker Panasonic announced plans to expand its plant in Tamaulipas, Mexico, for US$20 million. (Milenio, November 11, 2021)";
    const dates = extractDeals(text, { published: "2021-12-02" }).map((d) => `${d.investor} ${d.announcedOn}`);
    expect(dates).toEqual(["Renault 2021-11-25", "Panasonic 2021-11-11"]);
  });
  it("a past event with no date of its own takes the year an earlier sentence of its paragraph names", () => {
    const text =
      "Mexikanische Firmen im Ausland.\n\nIm Jahr 2012 kaufte Grupo Bimbo die spanische Panrico für 190 Millionen Euro. Außerdem eröffnete Cemex ein neues Zementwerk in Kolumbien.\n\nCemex baut zudem ein Werk in Peru.";
    const dates = extractDeals(text, { published: "2013-06-17" }).map(
      (d) => `${d.investor} ${d.targetCountry} ${d.announcedOn}`,
    );
    expect(dates).toEqual(["Cemex CO 2012", "Cemex PE 2013-06-17"]);
  });
});

describe("amounts and dates", () => {
  const one = (text: string) => extractDeals(text, { published: "2024-05-02" })[0];
  it("'two and a half billion', 'zweieinhalb Milliarden' and 'mil millones'", () => {
    expect(
      one("Toyota will invest two and a half billion dollars in a new plant in Kentucky, United States.")?.amount,
    ).toBe(2.5e9);
    expect(one("Ford investiert zweieinhalb Milliarden Euro in ein Werk in Ungarn.")?.amount).toBe(2.5e9);
    expect(one("Iberdrola invertirá mil millones de euros en una planta en Brasil.")?.amount).toBe(1e9);
  });
  it("a quarter is a date, a deadline year is not the announcement", () => {
    expect(
      one("In Q3 2023, Siemens announced it will invest 500 million euros in a new factory in Poland.")?.announcedOn,
    ).toBe("2023-07");
    expect(one("Siemens will invest 500 million euros in a new factory in Poland by 2030.")?.announcedOn).toBe(
      "2024-05-02",
    );
  });
});

describe("investors, generally", () => {
  const investors = (text: string) =>
    extractDeals(text, { published: "2024-05-02" }).map((d) => `${d.investor} ${d.amount}`);
  it("names like '3M' and 'H2V' are firms, and 3M's figure is no amount", () => {
    expect(investors("3M will invest $500 million in a new plant in Poland.")).toEqual(["3M 500000000"]);
    expect(investors("H2V will invest 500 million euros in a hydrogen plant in France.")).toEqual(["H2V 500000000"]);
  });
  it("a fronted amount is never the investor (German verb-second)", () => {
    expect(investors("Eine Milliarde Euro investiert BMW in ein neues Werk in Ungarn.")).toEqual(["BMW 1000000000"]);
    expect(investors("Rund 180 Millionen Franken fließen in das neue Werk von Lindt in Polen.")).toEqual([
      "Lindt 180000000",
    ]);
  });
  it("'je', 'each': every named investor commits the amount", () => {
    expect(investors("BMW und Daimler investieren je 500 Millionen Euro in ein gemeinsames Werk in Ungarn.")).toEqual([
      "BMW 500000000",
      "Daimler 500000000",
    ]);
  });
  it("'X …, while Y …': two investors, two records", () => {
    expect(
      investors(
        "Volkswagen will invest 2 billion euros in Spain, while Stellantis will invest 1 billion euros in Italy.",
      ),
    ).toEqual(["Volkswagen 2000000000", "Stellantis 1000000000"]);
  });
  it("two firms joined by 'and' before the amount invest together, one record each", () => {
    expect(
      investors(
        "La multinacional Stellantis y el productor de baterías chino CATL invertirán 4.100 millones de euros en una fábrica en Figueruelas, España.",
      ),
    ).toEqual(["Stellantis 4100000000", "CATL 4100000000"]);
  });
});
