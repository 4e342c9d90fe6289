import { describe, expect, it } from "vitest";
import { findDates, findPublicationDate, parsePublished, pickDate } from "./dates";

const first = (text: string, pub: string | null) => pickDate(findDates(text, pub))?.value ?? null;

describe("findDates", () => {
  it.each([
    ["The company said on Friday it will invest", "2022-08-15", "2022-08-12"],
    ["Der Konzern teilte am Montag mit", "2024-03-11", "2024-03-11"],
    ["El grupo anunció ayer", "2008-04-17", "2008-04-16"],
    ["Last month, the carmaker revealed plans", "2022-08-15", "2022-07"],
    ["last week the board approved", "2021-03-03", "2021-02"],
    ["met on Wednesday (Jan. 24) to discuss", "2024-01", "2024-01-24"],
    ["wurde am 3. Oktober in Betrieb genommen", "2017-10-06", "2017-10-03"],
    ["gab im Mai 2020 bekannt", "2022-05", "2020-05"],
    ["In September, the fund opened", "2023-10-26", "2023-09"],
    ["In 2019, the group bought", "2022-05-17", "2019"],
    ["Im Jahr 2012 kaufte Grupo Bimbo", "2013-06-17", "2012"],
    ["officialisée en mars 2025", null, "2025-03"],
    ["Vorig jaar investeerde Daikin 25,5 miljoen euro", "2017-02-15", "2016"],
    ["Last year, the group invested", "2017-02", "2016"],
    ["Im vergangenen Jahr investierte der Konzern", "2017", "2016"],
    ["l'an dernier, le groupe a investi", "2020-06-01", "2019"],
    ["w ubiegłym roku firma zainwestowała", "2020-06-01", "2019"],
    ["Geçen yıl şirket yatırım yaptı", "2020-06-01", "2019"],
  ])("%s (published %s)", (text, pub, value) => {
    expect(first(text, pub)).toBe(value);
  });

  it("gives month precision for a weekday when only the month is published", () => {
    expect(first("Am Montag beteiligte sich der Fonds", "2021-07")).toBe("2021-07");
  });

  it("reads a weekday before a written date as that date's, not as the last such weekday", () => {
    expect(findDates("Le contrat a été signé mardi 3 juin à Lyon.", "2025-06-12").map((d) => d.value)).toEqual([
      "2025-06-03",
    ]);
    expect(findDates("The deal was signed on Monday, March 3 in Ohio.", "2025-03-12").map((d) => d.value)).toEqual([
      "2025-03-03",
    ]);
  });

  it("cannot resolve a weekday without a publication date", () => {
    expect(findDates("Das teilte der Konzern am Freitag mit.", null)).toEqual([]);
  });

  it("drops dates after the publication year", () => {
    expect(findDates("Construction is expected to begin in 2030", "2018-08-03")).toEqual([]);
  });

  it.each([
    ["e ficará pronta até o final de 2021."],
    ["la usine sera livrée d'ici la fin de 2026"],
    ["Das Werk soll bis zum Ende 2027 fertig sein"],
    ["un pacote de US$ 180 milhões dedicado entre 2022 e 2024, ao aumento"],
    ["investments between 2019 and 2021 of"],
    ["the new facility, which will begin production in 2019."],
    ["eine Fabrik, die 2008 in Betrieb gehen soll, wurde soeben unterschrieben"],
    ["La nouvelle usine ouvrira ses portes fin 2018."],
    ["con 1.242 millones, que entraría en operaciones en 2018."],
  ])("reads no announcement date in a deadline or span of years: %s", (text) => {
    expect(findDates(text, null)).toEqual([]);
  });

  it("drops dates after the publication date in the same year, at the precision both give", () => {
    expect(findDates("A fábrica entrará em operação em dezembro de 2024", "2024-03-10")).toEqual([]);
    expect(findDates("The plant opens on 20 March 2024", "2024-03-10")).toEqual([]);
    expect(first("The plant opened in March 2024", "2024-03-10")).toBe("2024-03");
    expect(first("It was announced on 11 March 2024", "2024-03-10")).toBe("2024-03-11");
  });
});

describe("parsePublished", () => {
  it("reads all three precisions", () => {
    expect(parsePublished("2024-03-15")).toEqual({ y: 2024, m: 3, d: 15 });
    expect(parsePublished("2024-03")).toEqual({ y: 2024, m: 3, d: null });
    expect(parsePublished("2024")).toEqual({ y: 2024, m: null, d: null });
    expect(parsePublished("15.03.2024")).toBeNull();
  });
});

describe("findPublicationDate", () => {
  it("reads datelines and published lines", () => {
    expect(findPublicationDate("Berlin, 12. März 2024 – Die Firma baut")).toBe("2024-03-12");
    expect(findPublicationDate("Published: March 3, 2021\nThe firm")).toBe("2021-03-03");
  });

  it("is conservative", () => {
    expect(findPublicationDate("Der Konzern will 2024 investieren.")).toBeNull();
  });
});

describe("deadlines", () => {
  it("never takes a deadline year or month for a date", () => {
    expect(findDates("Die Fabrik soll bis Ende 2024 fertig sein.", "2024-03-14").map((d) => d.value)).toEqual([]);
    expect(findDates("The plant will be ready by the end of 2024.", "2024-03-14").map((d) => d.value)).toEqual([]);
    expect(findDates("De fabriek moet tegen maart 2024 klaar zijn.", "2024-03-14").map((d) => d.value)).toEqual([]);
    expect(findDates("Die Fabrik wurde Ende 2023 eröffnet.", "2024-03-14").map((d) => d.value)).toEqual(["2023"]);
    expect(findDates("Das Werk soll bis Mitte 2025 stehen.", "2024-03-14").map((d) => d.value)).toEqual([]);
  });
});

describe("a season or the middle of a year", () => {
  it.each([
    ["Beide Firmen hatten den Kauf im Frühjahr 2004 angekündigt.", "2004"],
    ["Der Plan wurde im Herbst 2019 vorgestellt.", "2019"],
    ["Das Werk wurde Mitte 2022 eröffnet.", "2022"],
    ["Het bedrijf kondigde de fabriek in het najaar 2021 aan.", "2021"],
    ["De overname werd medio 2020 afgerond.", "2020"],
  ])("%s → %s", (text, value) => {
    expect(first(text, null)).toBe(value);
  });
});

describe("a year standing alone", () => {
  const years = (text: string, pub = "2021-01-28") => findDates(text, pub).map((d) => d.value);
  it("dates the sentence when nothing more precise does", () => {
    expect(years("Oxford PV errichtete in Brandenburg an der Havel 2017 eine Produktionsstätte.")).toEqual(["2017"]);
    expect(years("Toyo Ink, Türkiye'deki faaliyetine 2016'da başladı.")).toEqual(["2016"]);
    expect(years("Die Firma eröffnete im März 2019 ein Werk.")).toEqual(["2019-03"]);
  });
  it("not a count, a range, an amount, a deadline or a year after publication", () => {
    expect(years("Es entstehen 2000 Arbeitsplätze.")).toEqual([]);
    expect(years("der Plan 2020-2025 sieht vor")).toEqual([]);
    expect(years("bis 2030 will die Firma investieren")).toEqual([]);
    expect(years("Türkiye'ye 2025'e kadar yatırım yapacak.")).toEqual([]);
    expect(years("Şirket 1985 yılından bu yana Bursa’da üretim yapıyor.")).toEqual([]);
    expect(years("Firma 2011’den beri Mersin’de faaliyet gösteriyor.")).toEqual([]);
    expect(years("Production starts 2024, the company said.")).toEqual([]);
    expect(years("Choose France 2024 attracted 56 projects.", "2024-05-13")).toEqual([]);
  });
});

describe("weekdays of the article's language only", () => {
  it("reads 'Środa Śląska' in an English text as a town, not as Wednesday", () => {
    const t = "The Silicon Valley giant will invest USD 4.6 billion in Miękinia and Środa Śląska near Wrocław.";
    expect(findDates(t, "2024-03-12", 0, "en")).toEqual([]);
    expect(findDates("Inwestycję ogłoszono w środę.", "2024-03-12", 0, "pl").map((d) => d.value)).toEqual([
      "2024-03-06",
    ]);
  });
});

describe("the year a presence began", () => {
  it.each([
    ["The Umicore Group, which has been present in Poland since 2015, will invest EUR 1.7 billion.", "en"],
    ["Der Konzern, seit 2015 in Polen tätig, investiert 1,7 Milliarden Euro.", "de"],
    ["Le groupe, présent en Pologne depuis 2015, investira 1,7 milliard d'euros.", "fr"],
  ])("is no announcement date: %s", (text, lang) => {
    expect(findDates(text, "2024-03-12", 0, lang)).toEqual([]);
  });
});

describe("a weekday in the next sentence", () => {
  it("dates a commitment whose own sentence has none, when that sentence names no firm", async () => {
    const { extractDeals } = await import("./index");
    const text =
      "Vietnam drew more foreign investment this year. Officials expect more to come. Exports rose by a fifth. Tourism grew as well.\n\nSwedish pharmaceutical firm AstraZeneca will invest $220 million to expand its presence in Vietnam. The investment was announced in Stockholm Monday during the prime minister’s visit.";
    expect(extractDeals(text, { published: "2019-05-28" }).map((d) => d.announcedOn)).toEqual(["2019-05-27"]);
  });
});
