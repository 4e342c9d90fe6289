import { describe, expect, it } from "vitest";
import { extractDeals } from "..";

const rows = (text: string, secondReadings = true) =>
  extractDeals(text, { published: "2024-05-02", secondReadings }).map((d) => ({
    key: `${d.investor}>${d.targetCountry}`,
    amount: d.amount,
    facilities: d.facilities.length,
    confidence: d.confidence,
  }));

describe("second readings of a commitment sentence", () => {
  it("no other investor from the first part of a compound in the investor's object ('in ein Wärmepumpen-Werk'), one from a compound its own verb follows", () => {
    const object = "Gerade erst kündigte Bosch an, 250 Millionen Euro in ein Wärmepumpen-Werk in Polen zu investieren.";
    expect(rows(object).map((r) => r.key)).toEqual(["Bosch>PL"]);
    const subject =
      "Witzenmann baut in Pforzheim eine neue Firmenzentrale, die Ulmer Wieland-Werke investieren in eine Anlage zum Recycling von Kupfer.";
    expect(rows(subject).map((r) => r.key)).toContain("Wieland>DE");
  });

  const twoCountries =
    "Der japanische Konzern Hitachi will 300 Millionen Euro in ein neues Werk in Polen investieren, das den Markt in Deutschland beliefern soll.";

  it("the next candidate country: a record with no amount or facility, less certain than the first", () => {
    const [first, second, ...rest] = rows(twoCountries);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ key: "Hitachi>PL", amount: 3e8, facilities: 1 });
    expect(second).toMatchObject({ key: "Hitachi>DE", amount: null, facilities: 0 });
    expect(second.confidence).toBeLessThan(first.confidence);
  });

  it("no next country from an adjective that names a firm's home, unless a firm of that country is bought", () => {
    const mission =
      "During the Belgian trade mission to India, Staalco confirmed that it will invest 100 million euros in its Indian plants.";
    expect(rows(mission).map((r) => r.key)).toEqual(["Staalco>IN"]);
    const bought =
      "Hitachi will 300 Millionen Euro in ein neues Werk in Polen investieren und kauft dafür den koreanischen Zulieferer Doosan.";
    expect(rows(bought).map((r) => r.key)).toEqual(["Hitachi>PL", "Hitachi>KR"]);
    // a German adjective with a capital inside a sentence is the people or firm of that country, not a firm bought
    const bidder =
      "Der Chemiekonzern Acme hat bei der Übernahme des Saatgutspezialisten Borex in den USA eine Hürde genommen. Die Borex-Aktionäre stimmten dem 30 Milliarden Dollar schweren Übernahmegebot der Deutschen am Dienstag zu.";
    expect(rows(bidder).map((r) => r.key)).toEqual(["Acme>US"]);
  });

  it("the sentence's other acting firm: a record with the sentence's amount, no facility, less certain", () => {
    const text = "Hitachi will 300 Millionen Euro in ein neues Werk in Polen investieren, sagte der Chef von Siemens.";
    const out = rows(text);
    expect(out.map((r) => r.key)).toEqual(["Hitachi>PL", "Siemens>PL"]);
    expect(out[1]).toMatchObject({ amount: 3e8, facilities: 0 });
    expect(out[1].confidence).toBeLessThan(out[0].confidence);
  });

  it("the article's country for an investing sentence that names none", () => {
    const text = "Morocco draws foreign investors. The carmaker Peugeot has acquired the distributor Sopriam.";
    expect(rows(text, false)).toEqual([]);
    const [only, ...rest] = rows(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ key: "Peugeot>MA", amount: null });
    expect(only.confidence).toBeLessThan(0.5);
  });

  it("after the last sentence, the article's country for an investor with no record there", () => {
    const text =
      "Vietnam zieht deutsche Firmen an. Vietnam ist die neue Wahl. Der Hersteller Kärcher in Winnenden in Deutschland investiert in ein neues Werk. Auch LEGO investiert 1,2 Milliarden Euro in eine Fabrik in Vietnam.";
    const out = rows(text);
    expect(out.map((r) => r.key)).toEqual(["Kärcher>DE", "LEGO>VN", "Kärcher>VN"]);
    expect(out[2]).toMatchObject({ amount: null, facilities: 0 });
    expect(out[2].confidence).toBeLessThan(out[0].confidence);
    // not in a text of one or two sentences
    expect(rows("Der Hersteller Kärcher baut ein Werk in Deutschland, sagt Vietnam.").map((r) => r.key)).not.toContain(
      "Kärcher>VN",
    );
  });

  it("no record for the article's country when the investor's only commitment names it as 'the company'", () => {
    const text =
      "Vietnam zieht Firmen an. Vietnam ist beliebt. In Vietnam boomt die Wirtschaft. Der Hersteller Kloster ist bekannt. Der Konzern investiert 50 Millionen Euro in ein Werk in Polen.";
    const out = rows(text);
    expect(out.map((r) => r.key)).toEqual(["Kloster>PL"]);
  });

  it("the language's own country for an investor whose every target is only the article's guess", () => {
    const text =
      "La Germania resta il primo mercato. In Germania le vendite crescono del 5%. Il gruppo Rossi Meccanica investirà 40 milioni di euro in un nuovo stabilimento. La Germania è un partner importante.";
    const out = rows(text);
    expect(out.map((r) => r.key)).toEqual(["Rossi Meccanica>DE", "Rossi Meccanica>IT"]);
    expect(out[1]).toMatchObject({ amount: null, facilities: 0 });
    expect(out[1].confidence).toBeLessThan(out[0].confidence);
    // a target the article names for the investor is trusted: no second country
    const named =
      "La Germania resta il primo mercato. In Germania le vendite crescono del 5%. Il gruppo Rossi Meccanica investirà 40 milioni di euro in un nuovo stabilimento in Germania. La Germania è un partner importante.";
    expect(rows(named).map((r) => r.key)).toEqual(["Rossi Meccanica>DE"]);
  });

  it("a partner listed with the investor before their facility: a record of its own, sharing the facility", () => {
    const text =
      "La multinacional Ferrox crece en Marruecos. Marruecos atrae inversiones. Los dos socios, Ferrox y Atlamet, iniciarán la construcción de la nueva planta en la localidad de Kenitra.";
    const out = rows(text);
    expect(out.map((r) => r.key)).toEqual(["Ferrox>MA", "Atlamet>MA"]);
    // (a joint venture's partners build the plant together: each record carries it)
    expect(out[1].facilities).toBe(1);
    // (named by the partner word as one of the two subjects, it is as sure as the first)
    expect(out[1].confidence).toBe(out[0].confidence);
  });

  it("firms after the investor's own clause that are subjects of the facility's verb: records of their own", () => {
    const text =
      "Nickel draws investors to Indonesia. Korvex is not alone, German chemical maker Dralon and French miner Tavern will also build their smelters in North Maluku.";
    expect(rows(text).map((r) => r.key)).toEqual(["Korvex>ID", "Dralon>ID", "Tavern>ID"]);
    // (a firm the investor signs with is its partner, no subject of the facility)
    const partner =
      "Ports grow in India. Harbex Ltd has signed an agreement on Monday with Coastal Port Trust to develop and operate a container terminal in Goa.";
    expect(rows(partner).map((r) => r.key)).toEqual(["Harbex Ltd>IN"]);
  });

  it("a firm listed beside firms with records, all in one country, gets a record there too", () => {
    const text =
      "The government of Vietnam said on Monday that four Korean carmakers are expected to invest a total of $4 billion in Vietnam. The announcement involving Korvex Motor Corp., Dralon Motor Co., Tavern Motors Ltd., and Brisko Motors Corp. came after talks in Seoul. Korvex and Dralon are expected to invest $1.5 billion each, while Tavern will put up $1 billion.";
    expect(rows(text).map((r) => r.key)).toContain("Brisko Motors Corp>VN");
    expect(rows(text, false).map((r) => r.key)).not.toContain("Brisko Motors Corp>VN");
  });

  it("can be turned off: only the first readings", () => {
    expect(rows(twoCountries, false).map((r) => r.key)).toEqual(["Hitachi>PL"]);
  });

  it("never repeats an investor and target a first reading has", () => {
    const text =
      "Der Konzern Siemens will 500 Millionen Euro in ein Werk in Polen investieren. Siemens baut zudem ein Werk in Tschechien, sagte der Chef von Hitachi.";
    const keys = rows(text).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 2)).toEqual(["Siemens>PL", "Siemens>CZ"]);
  });
});

describe("firms listed with the investor", () => {
  it("joined by 'and' or a comma, a few describing words allowed; not a firm named elsewhere in the sentence", async () => {
    const { stagesOf } = await import("./stages.test-util");
    const { chooseInvestor } = await import("./investor");
    const { coordinatedWith } = await import("./alternatives");
    const { infos, ctx, state } = stagesOf(
      "Un projet porté par le groupe Amaz et le constructeur chinois Dongfa prévoit un site de peinture, selon la banque Crédit Maghreb.",
      "fr",
    );
    const pick = chooseInvestor(infos[0], ctx, state);
    expect(pick.inv?.name).toBe("Amaz");
    expect(coordinatedWith(infos[0], pick, pick.inv!, "fr").map((o) => o.name)).toEqual(["Dongfa"]);
  });
  it("a home in brackets after a name does not break the list of investors; 'Companies' opening it is no name", () => {
    const keys = rows(
      "Companies Alphatex (Ukraine), Betagrain Commodities AG (Switzerland) and Gammador (Uzbekistan) intend to launch a factory in Uzbekistan to produce fertilizer. Foreign investors aim to invest at least $ 5 million in the project.",
    ).map((r) => r.key);
    expect(keys).toContain("Alphatex>UZ");
    expect(keys).toContain("Betagrain Commodities AG>UZ");
  });
});
