import { describe, expect, it } from "vitest";
import { AMOUNT_SOURCE_CHARS, findMoney, parseNumber, resolveCurrency } from "./money";
import { COUNT_UNIT_AFTER_RE } from "./lexicon/context-words";

const one = (text: string, lang: string | null) => {
  const all = findMoney(text, lang);
  expect(all.length).toBeGreaterThan(0);
  return all[0];
};

describe("findMoney", () => {
  it.each([
    ["Der Konzern will zwei Milliarden Dollar investieren", "de", 2e9, "USD", "zwei Milliarden Dollar"],
    ["Die Firma steckt 2,5 Mrd. Euro in das Werk", "de", 2.5e9, "EUR", "2,5 Mrd. Euro"],
    ["Geplant sind 500 Mio. € für die Halle", "de", 5e8, "EUR", "500 Mio. €"],
    ["una inversión por unos u$s500 millones", "es", 5e8, "USD", "u$s500 millones"],
    ["Ford'un Craiova fabrikasını 575 milyon euroya alıyor", "tr", 5.75e8, "EUR", "575 milyon euroya"],
    ["hisseleri 1 milyar dolara satın aldı", "tr", 1e9, "USD", "1 milyar dolara"],
    ["una planta de 3.500 millones de pesetas", "es", 3.5e9, "ESP", "3.500 millones de pesetas"],
    ["une usine de 100 MDH à Bouskoura", "fr", 1e8, "MAD", "100 MDH"],
    ["un valore di circa trenta milioni di euro", "it", 3e7, "EUR", "trenta milioni di euro"],
    ["un investissement d'un milliard et demi d'euros", "fr", 1.5e9, "EUR", "un milliard et demi d'euros"],
    ["un investimento di un miliardo e mezzo di euro", "it", 1.5e9, "EUR", "un miliardo e mezzo di euro"],
    ["l'investissement avoisinera le milliard d'euros", "fr", 1e9, "EUR", "le milliard d'euros"],
    ["um aporte de quinhentos milhões de reais", "pt", 5e8, "BRL", "quinhentos milhões de reais"],
    ["otuz milyon dolarlık yatırım", "tr", 3e7, "USD", "otuz milyon dolarlık"],
    ["un investissement de 35 MDT", "fr", 3.5e7, "TND", "35 MDT"],
    ["Un projet de 70 millions de DT (37,3 millions d’euros)", "fr", 7e7, "TND", "70 millions de DT"],
    ["con $us 1.242 millones", "es", 1.242e9, "USD", "$us 1.242 millones"],
    ["ein 40-Millionen-Dollar-Werk", "de", 4e7, "USD", "40-Millionen-Dollar"],
    ["rund zehn Milliarden Euro", "de", 1e10, "EUR", "zehn Milliarden Euro"],
    ["mit 1,2 Billionen Yen", "de", 1.2e12, "JPY", "1,2 Billionen Yen"],
    ["The group will spend $5bn on it", "en", 5e9, "USD", "$5bn"],
    ["a deal worth US$ 800m", "en", 8e8, "USD", "US$ 800m"],
    ["an outlay of Rs 2,000 crore", "en", 2e10, "INR", "Rs 2,000 crore"],
    ["it will invest £40 billion", "en", 4e10, "GBP", "£40 billion"],
    ["commitments of P10.8 billion", "en", 1.08e10, "PHP", "P10.8 billion"],
    ["to build a R2.45-billion cement works", "en", 2.45e9, "ZAR", "R2.45-billion"],
    ["BRL 3 billion in the plant", "en", 3e9, "BRL", "BRL 3 billion"],
    ["C$4bn for the miner", "en", 4e9, "CAD", "C$4bn"],
    ["una inversión de 3.700 millones de dólares", "es", 3.7e9, "USD", "3.700 millones de dólares"],
    ["une usine de 70 millions d’euros", "fr", 7e7, "EUR", "70 millions d’euros"],
    ["investirà 472 milioni di euro", "it", 4.72e8, "EUR", "472 milioni di euro"],
  ])("%s", (text, lang, amount, currency, phrase) => {
    const m = one(text, lang);
    expect(m.amount).toBeCloseTo(amount, -2);
    expect(m.currency).toBe(currency);
    expect(m.text).toBe(phrase);
    expect(text.slice(m.start, m.end)).toBe(phrase);
  });

  it("a count after 'of' is no amount ('1 million de tonnes')", () => {
    expect(COUNT_UNIT_AFTER_RE.test(" de tonnes), le groupe")).toBe(true);
    expect(COUNT_UNIT_AFTER_RE.test(" de pasajeros al año")).toBe(true);
    expect(COUNT_UNIT_AFTER_RE.test(" de dollars")).toBe(false);
  });
  it("'mil' before a unit symbol is a thousand, not 'mil millones'", () => {
    expect(findMoney("O centro ocupa 67 mil m² e tem capacidade", "pt").map((m) => m.amount)).toEqual([67000]);
    expect(findMoney("invertirá 5 mil millones de pesos", "es").map((m) => m.amount)).toEqual([5e9]);
  });
  it("a currency sign after 'an' or 'on' (a number word elsewhere: Turkish 'on' is ten) opens its amount", () => {
    const m = (t: string) => findMoney(t, "en").map((x) => [x.text, x.amount, x.currency]);
    expect(m("promising 45 jobs in an €45m expansion")).toEqual([["€45m", 45e6, "EUR"]]);
    expect(m("it spent on $5bn of new plants")).toEqual([["$5bn", 5e9, "USD"]]);
  });
  it("reads a bare scale amount without currency", () => {
    const m = one("bereits 1,4 Milliarden investiert", "de");
    expect(m.amount).toBe(1.4e9);
    expect(m.currency).toBeNull();
  });

  it("keeps a bracketed conversion as an alternative", () => {
    const m = one("1.7 billion reais ($337.68 million) for the new line", "en");
    expect(m.amount).toBe(1.7e9);
    expect(m.currency).toBe("BRL");
    expect(m.alternatives).toEqual([{ amount: 337680000, currency: "USD" }]);
    const e = one("a €7.3 billion ($7.6 billion) factory", "en");
    expect(e.alternatives).toEqual([{ amount: 7.6e9, currency: "USD" }]);
  });

  it("treats a bare dollar with a US dollar conversion as the local currency", () => {
    const m = one("the firm invested $ 270,000 million (US $ 76.3 million) in the plant", "en");
    expect(m.currency).toBe("USD");
    expect(m.amount).toBe(76.3e6);
    const r = resolveCurrency(m, "CO");
    expect(r.alternatives).toEqual([{ amount: 270e9, currency: "COP" }]);
  });

  it("resolves pesos by the target country", () => {
    const m = one("10 billion pesos", "en");
    expect(resolveCurrency(m, "CL").currency).toBe("CLP");
    expect(resolveCurrency(m, "MX").currency).toBe("MXN");
  });

  it("reads Italian currency names: dinars by the target country, Swiss francs, rupees, crowns", () => {
    expect(resolveCurrency(one("un investimento di 200 milioni di dinari", "it"), "RS").currency).toBe("RSD");
    expect(one("per 100 milioni di franchi svizzeri", "it").currency).toBe("CHF");
    expect(one("un impianto da 900 milioni di rupie", "it").currency).toBe("INR");
    expect(one("ha pagato 5 milioni di corone svedesi", "it").currency).toBe("SEK");
  });

  it("ignores plain numbers and number words without a scale", () => {
    expect(findMoney("Im Jahr 2023 arbeiteten 6000 Menschen dort", "de")).toEqual([]);
    expect(findMoney("two plants and one office", "en")).toEqual([]);
  });
});

describe("parseNumber", () => {
  it.each([
    ["1,4", "de", 1.4],
    ["1.200", "de", 1200],
    ["270,000", "en", 270000],
    ["3.700", "es", 3700],
    ["13,4", "es", 13.4],
    ["1,753.5", "en", 1753.5],
    ["1.753,5", "de", 1753.5],
    ["1,200", "es", 1200],
    ["1,125", "de", 1.125],
    ["7.3", "en", 7.3],
  ])("%s (%s) = %d", (raw, lang, value) => {
    expect(parseNumber(raw, lang)).toBe(value);
  });
});

describe("local dollars", () => {
  it("reads a bare amount in such an article as the same Canadian dollars", async () => {
    const { extractDeals } = await import("./index");
    const deals = extractDeals(
      "Quatre multinationales investiront plus de 210 millions $ au Québec.\n\nArcelor Mittal injectera 70 millions dans ses installations de production d’acier de Contrecoeur, au Canada.",
      { published: "2019-09-04" },
    );
    expect(deals.filter((d) => d.amount === 70e6).map((d) => d.currency)).toEqual(["CAD"]);
  });
  it("reads plain dollars in French news about Canada as Canadian, US-qualified ones as US", async () => {
    const { extractDeals } = await import("./index");
    const fr = extractDeals(
      "Le groupe Jupiter investira 45 millions de dollars dans une usine à Drummondville, au Québec, au Canada.",
      { published: "2019-09-04" },
    );
    expect(fr.map((d) => [d.amount, d.currency])).toEqual([[45e6, "CAD"]]);
    const us = extractDeals(
      "Le groupe Jupiter investira 45 millions de dollars américains dans une usine à Drummondville, au Québec, au Canada.",
      { published: "2019-09-04" },
    );
    expect(us.map((d) => d.currency)).toEqual(["USD"]);
    const en = extractDeals("Jupiter will invest $45 million in a plant in Drummondville, Quebec, Canada.", {
      published: "2019-09-04",
    });
    expect(en.map((d) => d.currency)).toEqual(["USD"]);
  });
  it("reads plain dollars in French news from Canada as Canadian where a Canadian firm spends them abroad", async () => {
    const { extractDeals } = await import("./index");
    const abroad = extractDeals(
      "Les entreprises du Québec achètent à l'étranger.\n\nLes grandes entreprises québécoises du Canada ont multiplié les achats cette année, selon la Caisse de Montréal.\n\nAlimentation Couche-Tard a acheté le détaillant norvégien Statoil Fuel & Retail pour 2,7 milliards $.",
      { published: "2019-09-04" },
    );
    expect(abroad.filter((d) => d.amount === 2.7e9).map((d) => [d.targetCountry, d.currency])).toEqual([["NO", "CAD"]]);
  });
});

describe("the same sum in two currencies", () => {
  it("reads 'X or Y' in another currency as one amount with an alternative", () => {
    const m = findMoney("would invest 200 billion dirhams or $20 bln in a plant", "en");
    expect(m).toHaveLength(1);
    expect(m[0].alternatives).toEqual([{ amount: 20e9, currency: "USD" }]);
    expect(findMoney("between $20 million or $30 million", "en")).toHaveLength(2);
  });
});

describe("amount cues read the same whatever was read before", () => {
  it("gives isInvestmentAmount the same answer after other calls", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const t = "The state granted a loan of $5 million to the firm.";
    const other = "It will invest $300 million in a plant with a big loan from banks.";
    const first = findMoney(t, "en").map((m) => isInvestmentAmount(t, m, 0));
    for (const m of findMoney(other, "en")) isInvestmentAmount(other, m, 0);
    expect(first).toEqual([false]);
    expect(findMoney(t, "en").map((m) => isInvestmentAmount(t, m, 0))).toEqual([false]);
  });
});

describe("an advance payment is no investment", () => {
  it("reads Turkish 'avans ödemesi' as no investment amount, 'yatırım' beside it as one", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string) => findMoney(t, "tr").map((m) => isInvestmentAmount(t, m, 0));
    expect(read("Yatırım kapsamında firmalara toplam 183 milyon TL'lik avans ödemesi gerçekleştirilmiştir.")).toEqual([
      false,
    ]);
    expect(read("Şirket 183 milyon TL'lik yatırım yapacak.")).toEqual([true]);
  });
});

describe("turnover is no investment", () => {
  it("reads German 'setzte … Euro um' and 'umgesetzt' as turnover", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string) => findMoney(t, "de").map((m) => isInvestmentAmount(t, m, 0));
    expect(read("Bosch setzte 2007 mit über 20 000 Beschäftigten 813 Mio. Euro um.")).toEqual([false]);
    expect(read("Im Werk wurden 2023 rund 90 Millionen Euro umgesetzt.")).toEqual([false]);
    // "um" that does not close the clause is no particle
    expect(read("Bosch investiert 50 Mio. Euro um die Fertigung zu erweitern.")).toEqual([true]);
  });
});

describe("Italian turnover and assets under management are no investment", () => {
  it("reads 'che fattura' and 'gestisce fondi per' as no investment amount", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string) => findMoney(t, "it").map((m) => isInvestmentAmount(t, m, 0));
    expect(read("Un nuovo stabilimento della società, che fattura 1,2 mld di euro.")).toEqual([false]);
    expect(read("Il fondo, che gestisce fondi per 80 miliardi di dollari, investe in alberghi.")).toEqual([false]);
    expect(read("La società investirà 40 milioni di euro nel nuovo stabilimento.")).toEqual([true]);
  });
});

describe("a figure's new level after a change in per cent is no investment", () => {
  it.each([
    ["de", "Der Wert der Ausfuhren wuchs um 12 Prozent auf rund 410 Millionen Euro.", false],
    ["en", "The total climbed 9% to $2.3 billion in the year.", false],
    ["es", "La cifra creció un 8,5%, hasta los 640 millones de euros.", false],
    ["pl", "Wartość wzrosła o 14 proc. do 850 mln zł.", false],
    ["en", "The group will invest $2.3 billion in a new plant, 9% of it in equipment.", true],
  ])("%s '%s' is an investment amount: %s", async (lang, t, invest) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0))).toEqual([invest]);
  });
});

describe("results are no investment", () => {
  it.each([
    ["El grupo hotelero facturó en Andalucía 2.871 millones de pesetas.", false],
    ["Naturgy registró unas pérdidas de 3.040 millones de euros.", false],
    ["La empresa obtuvo ingresos de 176 millones de euros.", false],
    ["La empresa invertirá 176 millones de euros en la nueva planta.", true],
  ])("Spanish revenue, income and losses: '%s' is an investment amount: %s", async (t, invest) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(t, "es").map((m) => isInvestmentAmount(t, m, 0))).toEqual([invest]);
  });
  it("reads German profits, results and their changes as no investment", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string) => findMoney(t, "de").map((m) => isInvestmentAmount(t, m, 0));
    expect(
      read("Auch beim bereinigten Vorsteuerergebnis wurden mit 480 Mio Euro die Erwartungen übertroffen."),
    ).toEqual([false]);
    expect(read("Vor Steuern wurde ein Überschuss von 414 Mio Euro verbucht.")).toEqual([false]);
    expect(read("Die Schätzungen hatten auf ein Plus von 247 Mio Euro gelautet.")).toEqual([false]);
    expect(read("Der Konzern investiert 480 Mio Euro in sein Werk.")).toEqual([true]);
  });
});

describe("results, cash flow and order books in every language are no investment", () => {
  it.each([
    ["Das Auftragsvolumen soll 675 Millionen Franken umfassen.", "de"],
    ["Der Geldfluss aus Geschäftstätigkeit erreichte CHF 376 Mio.", "de"],
    ["L'Ebitda è in crescita del 15,2% a 134,3 milioni di euro.", "it"],
    ["La cifra de negocio del conglomerado creció hasta los 556.261 millones de pesos.", "es"],
    ["El deterioro de activos de más de 4.900 millones de euros.", "es"],
    ["Le résultat net atteint 2,4 milliards d'euros.", "fr"],
    ["Şirketin net karı 500 milyon dolar oldu.", "tr"],
    ["Net income reached $500 million.", "en"],
    ["Il risultato operativo è stato pari a 75,1 milioni di euro.", "it"],
    ["Het concern heeft nu een beurswaarde van zo'n 284 miljard euro.", "nl"],
    ["Bank Światowy podpisał umowę o pożyczce w wysokości 750 mln euro.", "pl"],
    ["Blisko 700 tys. zł dofinansowania przyznano spółce IAI.", "pl"],
  ])("%s", async (t, lang) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0))).toEqual([false]);
  });
});

describe("dollars named with their country", () => {
  it.each([
    ["more than 1 billion United States dollars in", "1 billion United States dollars"],
    ["grown to 3 billion U.S. dollars", "3 billion U.S. dollars"],
    ["2 mil millones de dólares estadounidenses", "2 mil millones de dólares estadounidenses"],
    ["10 milhões de dólares americanos", "10 milhões de dólares americanos"],
    ["50 milioni di dollari statunitensi", "50 milioni di dollari statunitensi"],
    ["50 mln dolarów amerykańskich", "50 mln dolarów amerykańskich"],
  ])("%s is an amount in USD", (text, words) => {
    expect(findMoney(text, null).map((m) => [m.text, m.currency])).toEqual([[words, "USD"]]);
  });

  it("the country word in the currency's name is no place", async () => {
    const { extractDeals } = await import("./index");
    const deals = extractDeals(
      "Mopani Copper Mines will invest $1.3 billion in its mines in Zambia. Over the past three years Mopani has invested more than 1 billion United States dollars in its operations.",
      { published: "2017-03-30" },
    );
    expect(deals.map((d) => d.targetCountry)).not.toContain("US");
  });
});

describe("French financial abbreviations and African currencies", () => {
  it.each([
    ["estimée à plus de 730 M€ (8 MdMAD)", 730e6, "EUR"],
    ["un bilan de 11 Md€", 11e9, "EUR"],
    ["un contrat de 45 M$ pour", 45e6, "USD"],
    ["un investissement de 2 Mds€", 2e9, "EUR"],
    ["pour 8 milliards MAD", 8e9, "MAD"],
    ["un projet de 120 millions DH", 120e6, "MAD"],
    ["un financement de 55 milliards de FCFA", 55e9, "CFA"],
  ])("%s", (text, amount, currency) => {
    expect(findMoney(text, "fr").map((m) => [m.amount, m.currency])[0]).toEqual([amount, currency]);
  });

  it("resolves the CFA franc by the target country", () => {
    const [m] = findMoney("55 milliards de FCFA", "fr");
    expect(resolveCurrency(m, "CI").currency).toBe("XOF");
    expect(resolveCurrency(m, "CM").currency).toBe("XAF");
  });
});

describe("an amount written in two scales", () => {
  it.each([
    ["16 milyon 500 bin avro değerinde", "tr", 16.5e6, "EUR"],
    ["1 milyar 200 milyon dolar", "tr", 1.2e9, "USD"],
    ["1 mld 200 mln zł", "pl", 1.2e9, "PLN"],
    ["20 milyon avroluk yatırım", "tr", 20e6, "EUR"],
  ])("%s", (text, lang, amount, currency) => {
    expect(findMoney(text, lang).map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });

  it("does not join a year or a count to the amount before it", () => {
    expect(findMoney("3 milyon 2019 yılında", "tr").map((m) => m.amount)).toEqual([3e6]);
    expect(findMoney("5 millones 20 personas", "es").map((m) => m.amount)).toEqual([5e6]);
  });
});

describe("a price per share is no deal amount", () => {
  it.each([
    ["Thermo Fisher Scientific wil voor 39 euro per aandeel het biotechnologiebedrijf overnemen.", "nl"],
    ["Le groupe propose 25 euros par action aux actionnaires.", "fr"],
    ["La oferta es de 12 euros por acción.", "es"],
  ])("%s", async (text, lang) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(text, lang).map((m) => isInvestmentAmount(text, m, 0))).toEqual([false]);
  });
});

describe("a company's results are no deal amount", () => {
  it.each([
    "Net income for the second quarter rose 35 percent to $1.25 billion.",
    "Gross revenue rose 39 percent to $5.37 billion.",
    "Profit grew from the year-earlier quarter's $925 million.",
    "Forecasts had ranged from $5.16 billion to $5.62 billion.",
  ])("%s", async (text) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(text, "en").every((m) => !isInvestmentAmount(text, m, 0))).toBe(true);
  });
});

describe("amounts too small for an investment", () => {
  it("reads no investment in a market-data ticker", async () => {
    const { extractDeals } = await import("./index");
    const text =
      "BIST 100 9.961,34 TRY Faiz Faiz 75,97 USD Petrol(brent) 29,61 USD Gümüş(ons) 96,59 USD (CME) 62% Fe 350,00 USD Gemi Söküm\n\nZehnder Group, Manisa'da 20 milyon avroluk yatırımla fabrika kurdu.";
    expect(extractDeals(text, { published: "2019-09-01" }).map((d) => d.amount)).not.toContain(75.97);
    expect(extractDeals(text, { published: "2019-09-01" }).every((d) => d.amount === null || d.amount >= 1e5)).toBe(
      true,
    );
  });
});

describe("a valuation is no investment", () => {
  it("reads Turkish 'değer biçiliyordu' as a valuation", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const t = "Şirkete 2020 yılında 505 milyon dolar değer biçiliyordu.";
    expect(findMoney(t, "tr").map((m) => isInvestmentAmount(t, m, 0))).toEqual([false]);
  });
});

describe("Polish abbreviated dollars", () => {
  it.each([
    ["chce wydać w Europie nawet 90 mld dol. W Davos", 90e9, "USD"],
    ["inwestycja za 3 mln dol. w Krakowie", 3e6, "USD"],
  ])("%s", (text, amount, currency) => {
    expect(findMoney(text, "pl").map((m) => [m.amount, m.currency])[0]).toEqual([amount, currency]);
  });
});

describe("a scale word standing for one", () => {
  it.each([
    ["pl", "którzy za ok. miliard euro wybudowali fabrykę", 1e9, "EUR"],
    ["pl", "pół miliarda złotych", 5e8, "PLN"],
    ["en", "the group spent a billion dollars on it", 1e9, "USD"],
  ])("%s: %s", (lang, text, amount, currency) => {
    expect(findMoney(text, lang).map((m) => [m.amount, m.currency])[0]).toEqual([amount, currency]);
  });
  it("not without a currency", () => {
    expect(findMoney("a million people visited", "en")).toEqual([]);
    expect(findMoney("miliard ludzi", "pl")).toEqual([]);
  });
});

describe("'real estate' is no Brazilian real", () => {
  it("reads 'a 5 billion real estate fund' without a currency", () => {
    expect(findMoney("a 5 billion real estate fund", "en").map((m) => [m.text, m.currency])).toEqual([
      ["5 billion", null],
    ]);
    expect(findMoney("2 bilhões de reais", "pt").map((m) => m.currency)).toEqual(["BRL"]);
  });
});

describe("currencies of smaller economies", () => {
  it.each([
    ["lei", "RON"],
    ["forints", "HUF"],
    ["koruna", "CZK"],
    ["hryvnias", "UAH"],
    ["tenge", "KZT"],
    ["soles", "PEN"],
    ["francs", "FRANC"],
  ])("20 million %s is %s", (word, code) => {
    expect(findMoney(`invest 20 million ${word} in the plant`, "en")[0]?.currency).toBe(code);
  });
});

describe("a figure with its change on the year", () => {
  it("is a result, not an investment", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string, lang: string) => findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0));
    expect(
      read("Telefónica, con 2.721 millones de euros (+11,6%), e Iberdrola, con 2.091,3 millones (-13,5%).", "es"),
    ).toEqual([false, false]);
    expect(read("Acme will invest 300 million euros (about 10% of its budget) in a plant.", "en")).toEqual([true]);
  });
});

describe("financing and credit lines", () => {
  it("are loans, not investments", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string, lang: string) => findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0));
    expect(read("The World Bank approved additional financing of $250 million for the programme.", "en")).toEqual([
      false,
    ]);
    expect(read("Il finanziamento di 50 milioni di euro è stato firmato.", "it")).toEqual([false]);
    expect(read("O financiamento de R$ 300 milhões foi aprovado pelo banco.", "pt")).toEqual([false]);
  });
});

describe("Portuguese names of currencies", () => {
  it("reads kwanzas, meticais and ienes, not the dollars the article also names", () => {
    const cur = (t: string) => findMoney(t, "pt").map((m) => [m.amount, m.currency]);
    expect(cur("investiu 127,1 milhões de kwanzas (cerca de US$243.400)")[0]).toEqual([127100000, "AOA"]);
    expect(cur("um investimento de 2 mil milhões de meticais")).toEqual([[2e9, "MZN"]]);
    expect(cur("um empréstimo de 4,8 mil milhões de ienes")).toEqual([[4.8e9, "JPY"]]);
  });
});

describe("one language's non-investment words inside another language's words", () => {
  // every language's words are read in every article: a stem must not hit inside a word of another language
  it.each([
    ["Lotte Chemical opened its $3.1 billion manufacturing plant in Louisiana.", "es 'factur' (turnover)"],
    ["The $40 million border crossing terminal will be built by Acme.", "nl 'order'"],
    ["Acme will invest $20 million to house immigrants in new homes.", "pl 'grant'"],
  ])("%s (%s)", async (text) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(text, "en").map((m) => isInvestmentAmount(text, m, 0))).toEqual([true]);
  });
  it("still reads the words themselves", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const t = "La empresa facturó 300 millones de euros.";
    expect(findMoney(t, "es").map((m) => isInvestmentAmount(t, m, 0))).toEqual([false]);
  });
});

describe("the language's 'for' is an amount cue only beside the amount", () => {
  it.each([
    ["Profit for the quarter dropped 34.6% to $1.25 billion.", "en", [false]],
    ["Tata bought the plant for about $2 billion.", "en", [true]],
    ["It set aside $2 billion for a new plant, up from a profit of $1 billion.", "en", [true, false]],
    ["Teren fabryki został wystawiony na sprzedaż za 12,9 miliona złotych.", "pl", [false]],
    ["L'utile netto per il primo semestre è salito a 237,9 milioni di euro.", "it", [false]],
  ])("%s", async (t, lang, want) => {
    const { isInvestmentAmount } = await import("./facts");
    expect(findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0))).toEqual(want);
  });
});

describe("an area is no amount", () => {
  it.each([
    ["auf 83.000 m² Fläche", "de"],
    ["een distributiecentrum van 30.000 m2", "nl"],
  ])("%s", (text, lang) => {
    expect(findMoney(text, lang)).toEqual([]);
  });
  it("a short scale before a letter-free currency sign still counts", () => {
    expect(one("a €5m investment", "en").amount).toBe(5e6);
  });
});

describe("crowns", () => {
  it.each([
    ["rund 1,2 Milliarden Kronen in der Region", "de", "CZ", "CZK"],
    ["500 millions de couronnes", "fr", "SE", "SEK"],
    ["300 milioni di corone", "it", "DK", "DKK"],
    ["100 mln koron", "pl", "NO", "NOK"],
  ])("%s in %s", (text, lang, target, code) => {
    expect(resolveCurrency(one(text, lang), target).currency).toBe(code);
  });
  it("a crown named with its country needs no target", () => {
    expect(one("500 millions de couronnes suédoises", "fr").currency).toBe("SEK");
  });
  it("crowns with no Nordic or Czech target are no known currency", () => {
    expect(resolveCurrency(one("1,2 Milliarden Kronen", "de"), "DE").currency).toBeNull();
  });
});

describe("the amount regex", () => {
  it("stays short enough for V8 to optimize it (20 KB)", () => {
    expect(AMOUNT_SOURCE_CHARS).toBeLessThan(20 * 1024);
  });
});

describe("Italian lending and aid words", () => {
  it("reads credit lines, a ceiling of loans and money to finance firms as no investment amount", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string) => findMoney(t, "it").map((m) => isInvestmentAmount(t, m, 0));
    expect(read("La banca mette a disposizione un plafond di 300 milioni per le imprese del territorio.")).toEqual([
      false,
    ]);
    expect(read("L'accordo servirà a finanziare con 120 milioni le piccole imprese del Sud.")).toEqual([false]);
    expect(read("Il gruppo investirà 120 milioni in un nuovo stabilimento.")).toEqual([true]);
  });
});

describe("market value, dividends, debts and losses are no investment", () => {
  it("reads them so in Italian and French, an investing word beside an amount still as one", async () => {
    const { isInvestmentAmount } = await import("./facts");
    const read = (t: string, lang: string) => findMoney(t, lang).map((m) => isInvestmentAmount(t, m, 0));
    expect(read("Il gruppo ha una capitalizzazione di 900 milioni di euro.", "it")).toEqual([false]);
    expect(read("L'entreprise affiche une perte de 40 millions d'euros.", "fr")).toEqual([false]);
    expect(read("L'entreprise va investir 40 millions d'euros dans une usine.", "fr")).toEqual([true]);
  });
});
