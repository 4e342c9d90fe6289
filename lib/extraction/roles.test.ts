import { describe, expect, it } from "vitest";
import { findOrgs } from "./orgs";
import { findCountries } from "./countries";
import { genitiveCountry, placedCountry, roleOf } from "./roles";

const roles = (text: string, lang: string) =>
  Object.fromEntries(
    findOrgs(text, 0, lang, new Set())
      .filter((o) => !o.person)
      .map((o) => [o.name, roleOf(text, 0, o, lang)]),
  );

describe("roleOf: Polish 'z' with the genitive and with the instrumental", () => {
  it("reads 'spółka z grupy Acme' as the group the firm belongs to, 'wspólnie z firmą Acme' as a partner", () => {
    expect(roles("Farmę zapowiedziała spółka z grupy Voltarin.", "pl")["Voltarin"]).toBe("plain");
    expect(roles("Farmę zbuduje Borex wspólnie z firmą Voltarin.", "pl")["Voltarin"]).toBe("partner");
  });
});

describe("roleOf: advisers, lenders and analysts are no investors", () => {
  it("reads lenders after a financing word, a list of them included", () => {
    const r = roles(
      "Data4 usa 2,2 miliardi ottenuti da un maxi-finanziamento da parte di BNP Paribas, Natixis, ABN Amro e Deutsche Bank per finanziare progetti in Italia.",
      "it",
    );
    expect(r["BNP Paribas"]).toBe("example");
    expect(r["Deutsche Bank"]).toBe("example");
  });
  it("reads law firms and accountants", () => {
    expect(roles("A assessoria esteve a cargo dos escritórios de advogados PLMJ e da Deloitte.", "pt")["PLMJ"]).toBe(
      "example",
    );
    expect(roles("Het aantal overnames steeg, blijkt uit onderzoek van accountantskantoor KPMG.", "nl")["KPMG"]).toBe(
      "example",
    );
  });
  it("reads the parent after Italian and Portuguese 'controlled by'", () => {
    expect(
      roles("Data4, controllato da Brookfield Infrastructure dal 2023, investirà 2 miliardi.", "it")[
        "Brookfield Infrastructure"
      ],
    ).toBe("parent");
  });
  it("keeps the investor itself plain", () => {
    expect(roles("Siemens will invest $500 million in a plant in Texas, advised by Lazard.", "en")["Siemens"]).toBe(
      "plain",
    );
  });
});

describe("roleOf: who buys and what is bought", () => {
  it("reads 'a compra da empresa X pela Y' as Y buying X", () => {
    const r = roles(
      "De recordar a compra da empresa italiana Intercap pela Corticeira Amorim por cinco milhões de euros.",
      "pt",
    );
    expect(r["Intercap"]).toBe("object");
    expect(r["Corticeira Amorim"]).toBe("agent");
  });
  it("reads Italian 'da parte della' after a purchase as the buyer", () => {
    const r = roles(
      "Il recente acquisto della azienda francese Gran Marnier da parte della Campari vale 684 milioni.",
      "it",
    );
    expect(r["Campari"]).toBe("agent");
  });
  it("reads the name after a sale verb, the thing sold and 'to' as the buyer (German, English, Dutch)", () => {
    const de = roles(
      "Im Frühjahr verkaufte Norbert Handels GmbH alle zwölf Filialen an den dänischen Händler Salto.",
      "de",
    );
    expect(de["Salto"]).toBe("agent");
    const en = roles("Last year Grelt Foods sold its bakery plant in Leeds to the Irish group Kinnory Holdings.", "en");
    expect(en["Kinnory Holdings"]).toBe("agent");
    // (a possessive home before the buyer: "to Japan's …")
    const home = roles(
      "Grelt Foods sold a controlling stake to Japan's Kinnory Farming Co Ltd, a unit of Borin Group.",
      "en",
    );
    expect(home["Kinnory Farming Co Ltd"]).toBe("agent");
    const nl = roles("Vorig jaar verkocht Dremmel Groep haar fabriek in Venlo aan het Duitse Holtmark.", "nl");
    expect(nl["Holtmark"]).toBe("agent");
    // German "in (den) Händen des …": the firm whose hands it is in bought it
    const deHands = roles("Der Maschinenbauer Halvex ist künftig in Händen des chinesischen Konzerns Tarnwell.", "de");
    expect(deHands["Tarnwell"]).toBe("agent");
    // the Dutch sale noun too: "de verkoop van X aan Y"
    const nlNoun = roles(
      "De verkoop van de luierproducent Dremmel aan de Britse investeringsgroep Varnock is rond.",
      "nl",
    );
    expect(nlNoun["Varnock"]).toBe("agent");
  });
  it("reads the name after a Romance sale or transfer noun or verb, the thing sold and 'a' / 'ao' as the buyer", () => {
    expect(
      roles("Il passaggio di proprietà della Vantelli a Norvik Partners vale 300 milioni.", "it")["Norvik Partners"],
    ).toBe("agent");
    expect(
      roles("La cessione del marchio Dolcevo, con sede a Parma, ai tedeschi di Kalbern è conclusa.", "it")["Kalbern"],
    ).toBe("agent");
    expect(roles("El año pasado Granex vendió su planta de Jaén al grupo francés Sorvel.", "es")["Sorvel"]).toBe(
      "agent",
    );
    expect(roles("La cession de l'usine de Lens au groupe Martec a été signée.", "fr")["Martec"]).toBe("agent");
    expect(roles("A Cortiva vendeu a fábrica de Braga para a americana Holvex.", "pt")["Holvex"]).toBe("agent");
  });
  it("leaves a stock that 'cede l'1%' and a gerund's object alone", () => {
    expect(
      roles("In Borsa il titolo Brenta cede l'1,1% insieme a Folvani Industrie.", "it")["Folvani Industrie"],
    ).not.toBe("agent");
    expect(
      roles("Tras el traspaso de las acciones, Brosa recurrió, acudiendo al Tribunal Arbitral Andino.", "es")[
        "Tribunal Arbitral Andino"
      ],
    ).not.toBe("agent");
  });
  it("reads 'der' right after a German verb of buying as the subject that buys", () => {
    const de = roles(
      "Im Sommer übernahm der Münchner Anlagenbauer Halvert für 90 Millionen Euro den Hersteller Orsena.",
      "de",
    );
    expect(de["Halvert"]).toBe("agent");
  });
  it("reads the buyer after 'to' when the verb of selling stands more than a hundred characters back", () => {
    const nl = roles(
      "In het voorjaar verkocht de Zweeds-Noorse papiergigant zijn Canadese dochter Bortan Pulp voor 2 miljard euro aan het Japanse Kiyomaru.",
      "nl",
    );
    expect(nl["Kiyomaru"]).toBe("agent");
  });
});

describe("firms that raise money", () => {
  it("gives the firm named before a German final verb of buying the object's role", () => {
    const r = roles(
      "Der Maschinenbauer Trevalco will die Werkzeugfirma Brandolt Technik für 40 Millionen Euro übernehmen.",
      "de",
    );
    expect(r["Trevalco"]).toBe("plain");
    expect(r["Brandolt Technik"]).toBe("object");
  });
  it("gives the firm that raises money the object's role, in verb-final German too", () => {
    const de =
      "Nur die Roivant Sciences GmbH in Basel hat im November mit 200 Millionen Franken mehr frisches Kapital eingesammelt.";
    const o = {
      name: "Roivant Sciences GmbH",
      start: 8,
      end: 29,
      person: false,
      strong: true,
      parent: null,
      initial: false,
    };
    expect(roleOf(de, 0, o, "de")).toBe("object");
    const en = "Northvolt raised $1.1 billion from investors to build a plant in Sweden.";
    const n = { name: "Northvolt", start: 0, end: 9, person: false, strong: true, parent: null, initial: true };
    expect(roleOf(en, 0, n, "en")).toBe("object");
    const inv = "Northvolt will invest $1.1 billion in a plant in Sweden.";
    expect(roleOf(inv, 0, n, "en")).toBe("plain");
  });
  it("gives the firm that receives an amount the object's role, not one that receives approval", () => {
    const firm = (name: string) => ({
      name,
      start: 0,
      end: name.length,
      person: false,
      strong: true,
      parent: null,
      initial: true,
    });
    expect(
      roleOf("Acme erhielt beispielsweise 500 Millionen Euro für Forschungsprojekte.", 0, firm("Acme"), "de"),
    ).toBe("object");
    expect(roleOf("Acme recibe 58,4 millones de euros para sus plantas.", 0, firm("Acme"), "es")).toBe("object");
    expect(roleOf("Acme received approval to build a $1 billion plant.", 0, firm("Acme"), "en")).toBe("plain");
  });
});

describe("Turkish objects before the verb", () => {
  it("reads a firm in the accusative before 'satın aldı' as the one bought", () => {
    const text = "İsviçreli Schindler, Türk asansör firması Omsan’ı satın aldı.";
    const o = { name: "Omsan", start: 42, end: 47, person: false, strong: true, parent: null, initial: false };
    expect(text.slice(o.start, o.end)).toBe("Omsan");
    expect(roleOf(text, 0, o, "tr")).toBe("object");
  });
  it("reads a firm in the genitive before its shares or capital as the one whose stake is sold", () => {
    const r = roles("Delta Holding'in toplam sermayesinin yüzde 40'ı Örnek Kimya A.Ş. tarafından devralındı.", "tr");
    expect(r["Delta Holding"]).toBe("object");
    expect(r["Örnek Kimya A.Ş"]).toBe("agent");
    // a buyer in the genitive before another firm's shares ("X's buying of Y's shares") is no stake owner
    const b = roles("Örnek Holding'in Delta Holding'in hisselerini satın alması onaylandı.", "tr");
    expect(b["Örnek Holding"]).toBe("plain");
  });
  it("reads a firm before its head noun or shares in the accusative, or the genitive owner of a site bought, as bought", () => {
    expect(roles("Örnek Çimento, Delta firmasını satın aldı.", "tr")["Delta"]).toBe("object");
    expect(roles("Örnek Gıda, Delta Süt hisselerini 10 milyon liraya satın aldı.", "tr")["Delta Süt"]).toBe("object");
    const r = roles("Örnek Kompozit, Delta Motors'un Macaristan'daki fabrikasını bünyesine kattı.", "tr");
    expect(r["Delta Motors"]).toBe("object");
    expect(r["Örnek Kompozit"]).not.toBe("object");
  });
});

describe("departments named after an office", () => {
  it("reads 'Head of X at Y' as a department, not an actor", () => {
    const text =
      "The Deputy Governor and Head of MENA Investments at PIF, Yazeed Al-Humied, said the plant will open in 2026.";
    const at = text.indexOf("MENA Investments");
    const o = {
      name: "MENA Investments",
      start: at,
      end: at + 16,
      person: false,
      strong: true,
      parent: null,
      initial: false,
    };
    expect(roleOf(text, 0, o, "en")).toBe("example");
  });
});

describe("joint-venture vehicles", () => {
  it("gives the vehicle 'a joint-venture company called X' the object's role", () => {
    const text =
      "Umicore, together with PowerCo, have created a joint-venture company called IONWAY, which will invest EUR 1.7 billion in Poland.";
    const at = text.indexOf("IONWAY");
    const o = { name: "IONWAY", start: at, end: at + 6, person: false, strong: true, parent: null, initial: false };
    expect(roleOf(text, 0, o, "en")).toBe("object");
  });
  it("reads 'a joint venture, dubbed the X' as the vehicle", () => {
    const r = roles(
      "Brightmoor and Kelda Corp. will form a new joint venture, dubbed the Tessaly Chemical Co., in Qatar.",
      "en",
    );
    expect(r["Tessaly Chemical Co"]).toBe("object");
  });
});

describe("roleOf: the agent of a passive", () => {
  it("reads the buyers after 'overgenomen door' and 'racheté par'", () => {
    expect(
      roles(
        "Rotterdam Shortsea Terminals wordt overgenomen door het Britse Blue Ocean Capital en het Amerikaanse Crestline Investors.",
        "nl",
      )["Blue Ocean Capital"],
    ).toBe("agent");
    expect(roles("La société Carte Noire a été rachetée par le groupe Lavazza.", "fr")["Lavazza"]).toBe("agent");
  });
  it("reads the firm after 'pelo' where contributions ('aportes') are made", () => {
    expect(roles("Os aportes serão feitos pelo grupo alemão Brenvik, que atua na logística.", "pt")["Brenvik"]).toBe(
      "agent",
    );
  });
});

describe("roleOf: a firm sold to or bought by another", () => {
  it("reads the firm sold as no investor and the one it went to as the buyer", () => {
    expect(roles("Salov è stata ceduta al gruppo cinese Bright Food per 300 milioni di euro.", "it")).toEqual({
      Salov: "seller",
      "Bright Food": "agent",
    });
    expect(
      roles("Valentino Fashion Group è stata acquisita dal fondo Mayhoola per 700 milioni di euro.", "it"),
    ).toEqual({
      "Valentino Fashion Group": "seller",
      Mayhoola: "agent",
    });
    expect(roles("La cadena Telepizza fue adquirida por el fondo KKR en 2018.", "es")["KKR"]).toBe("agent");
  });
  it("leaves 'dal' that is no passive's agent alone", () => {
    const r = roles(
      "Il Fondo Strategico avrà la maggioranza, ma sarà accompagnato dal fondo di investimento F2i nell'operazione.",
      "it",
    );
    expect(r["F2i"]).not.toBe("agent");
  });
});

describe("roleOf: who wrote the report is no investor", () => {
  it("reads the firm behind a report or a study as a source", () => {
    expect(
      roles("Die Zahl ist gestiegen, wie aus einem Bericht der Unternehmensberatung EY hervorgeht.", "de")[
        "Unternehmensberatung EY"
      ],
    ).toBe("example");
    expect(roles("O relatório da TTR regista em Fevereiro um crescimento de 60%.", "pt")["TTR"]).toBe("example");
  });
});

describe("roleOf: a source named a few words after the credit word", () => {
  it("reads 'd'après plusieurs médias dont Financial Afrik' as a source", () => {
    const r = roles(
      "D’après plusieurs médias dont Financial Afrik, la holding Saham serait sur le point d’acquérir une participation.",
      "fr",
    );
    expect(r["Financial Afrik"]).toBe("example");
  });
});

describe("roleOf: a seller only where something is bought", () => {
  it("reads 'da empresa X' after a purchase as the seller, after 'responsabilidade' as the actor", () => {
    const r1 = roles("O investimento é da responsabilidade da empresa Safira Mozambique Cerâmica, Lda.", "pt");
    expect(r1["Safira Mozambique Cerâmica"]).toBe("plain");
    const r2 = roles("A Sonae comprou uma participação da empresa Nortel por 10 milhões.", "pt");
    expect(r2["Nortel"]).toBe("seller");
  });
});

describe("roleOf: Turkish postpositions and participles", () => {
  it("reads 'X tarafından' as the agent, 'Y'den' after a purchase as the seller, 'satın alan X' as the buyer", () => {
    const r = roles(
      "Söz konusu hisselerin Moonlight Capital S.A. tarafından Koç Holding’den devralınması işlemine izin verildi.",
      "tr",
    );
    expect(r["Moonlight Capital S.A"]).toBe("agent");
    expect(r["Koç Holding"]).toBe("seller");
    expect(
      roles("Tesisin yüzde 75’lik hissesini satın alarak başlayan Toyo Ink, ikinci yatırımı yapıyor.", "tr")[
        "Toyo Ink"
      ],
    ).toBe("plain");
    expect(roles("Geçen yıl satın alınan Arkel Holding zarar etti.", "tr")["Arkel Holding"]).toBe("object");
  });
  it("reads the name right after the participle 'satın alan' / 'devralan' (that bought, that took over) as the buyer", () => {
    expect(roles("Marmara Süt’ü satın alan Dovela Gıda yeni fabrika kuruyor.", "tr")["Dovela Gıda"]).toBe("agent");
    expect(roles("Kestrel Enerji’nin yüzde 60 hissesini devralan Ardıç Holding büyüyor.", "tr")["Ardıç Holding"]).toBe(
      "agent",
    );
  });
  it("reads the dative before 'devretti' / 'devretmek' (handed over, to hand over) as the buyer", () => {
    expect(
      roles("Liman işletmesi, terminalini ortağı Kavala Petrol’e devretmek için anlaştı.", "tr")["Kavala Petrol"],
    ).toBe("agent");
    expect(roles("Şirket fabrikasını Ardıç Holding’e devretti.", "tr")["Ardıç Holding"]).toBe("agent");
  });
  it("reads the dative before 'satıldı' (was sold) as the buyer, the firm sold as no seller", () => {
    const r = roles("Doğadan markası ise Amerikan Coca Cola’ya satıldı.", "tr");
    expect(r["Coca Cola"]).toBe("agent");
    expect(roles("Jacobs markası Hollandalı JDE grubuna satıldı.", "tr")["JDE"]).toBe("agent");
    // two sales sharing one verb: "A markası X grubuna, B markası ise Y'ye satıldı"
    expect(roles("Jacobs markası Örnek grubuna, Doğadan markası ise Delta Gıda’ya satıldı.", "tr")["Örnek"]).toBe(
      "agent",
    );
    // (other forms of the verb: "satmasının ardından", "satarak", "devretmiş")
    expect(
      roles("Şahenk hissesini İspanyol Kalvora’ya 5 milyar dolara satmasının ardından otel yatırımı yaptı.", "tr")[
        "Kalvora"
      ],
    ).toBe("agent");
    expect(roles("Ülker, Godiva’yı satmadı; Godiva satıldı mı bilinmiyor.", "tr")["Godiva"]).not.toBe("agent");
  });
  it("reads names before 'gibi' as examples when a dative or instrumental noun follows, as subjects otherwise", () => {
    const r = roles(
      "Kia, Nissan ve Peugeot gibi büyük üreticilere parça veren Acme Otomotiv yeni fabrika kuracak.",
      "tr",
    );
    expect(r["Kia"]).toBe("example");
    expect(r["Peugeot"]).toBe("example");
    expect(r["Acme Otomotiv"]).toBe("plain");
    expect(roles("Bu yıl Lidl gibi zincirlerle çalışan firma büyüyor.", "tr")["Lidl"]).toBe("example");
    // a plural in the accusative or genitive after "gibi": what is bought or described
    expect(roles("Örnek Yatırım daha önce Delta, Gamma gibi kuruluşları satın almıştı.", "tr")["Gamma"]).toBe(
      "example",
    );
    const s = roles("Danone, Mars gibi birçok dünya devi Türkiye'ye yatırım kararını açıkladı.", "tr");
    expect(s["Danone"]).not.toBe("example");
    expect(s["Mars"]).not.toBe("example");
  });
});

describe("roleOf: a name right after the language's 'in' is a place", () => {
  it("reads Polish 'w' and English 'in' before a name as where, not who", () => {
    expect(
      roles("To jeden z największych przedsiębiorców w Nowej Soli, w dwóch jego fabrykach pracuje 1300 osób.", "pl")[
        "Nowej Soli"
      ],
    ).toBe("place");
    expect(roles("The group already employs 300 people in Tamil Nadu Tech City.", "en")["Tamil Nadu Tech City"]).toBe(
      "place",
    );
  });
  it("keeps the owner in 'in Tesla's plant' and the buyer after 'to'", () => {
    expect(roles("Workers in Tesla's plant will build batteries.", "en")["Tesla"]).not.toBe("place");
    expect(roles("The plant was sold to Bosch.", "en")["Bosch"]).not.toBe("place");
  });
});

describe("roleOf: a share of a firm", () => {
  it("reads the firm after 'per cento di', '% de' as the one bought", () => {
    const it1 = roles("Brembo comprerà il 100 per cento di Ventura Spa per 300 milioni di euro.", "it");
    expect(it1["Ventura Spa"]).toBe("object");
    expect(it1["Brembo"]).toBe("plain");
    expect(roles("Per il 60% della Tessival Spa, Marzotto pagherà 40 milioni.", "it")["Tessival Spa"]).toBe("object");
    expect(roles("Legrand prend 70 % de Amelec Industries pour 90 millions d'euros.", "fr")["Amelec Industries"]).toBe(
      "object",
    );
  });
});

describe("roleOf: present and future passives of a sale", () => {
  it("reads the firm before 'viene acquisita da', 'passa nelle mani di', 'sera rachetée par' as sold, the one after as buyer", () => {
    const a = roles("La Tessival Spa viene acquisita da Marzotto per 40 milioni.", "it");
    expect(a["Tessival Spa"]).toBe("seller");
    expect(a["Marzotto"]).toBe("agent");
    expect(roles("La Tessival Spa passa nelle mani di Marzotto.", "it")["Tessival Spa"]).toBe("seller");
    const b = roles("Amelec Industries sera rachetée par Legrand pour 90 millions d'euros.", "fr");
    expect(b["Amelec Industries"]).toBe("seller");
    expect(b["Legrand"]).toBe("agent");
    expect(roles("Amelec Industries passe sous le contrôle de Legrand.", "fr")["Legrand"]).toBe("agent");
  });
});

describe("roleOf: French verbs of taking a firm over", () => {
  it("reads the firm after 'a avalé', 'a croqué', 'reprend' as the one bought", () => {
    expect(
      roles("Lactalis a avalé l'entreprise texane Morvan Foods pour 1 milliard de dollars.", "fr")["Morvan Foods"],
    ).toBe("object");
    expect(roles("Legrand reprend Amelec Industries pour 90 millions d'euros.", "fr")["Amelec Industries"]).toBe(
      "object",
    );
  });
});

describe("roleOf: French sellers", () => {
  it("reads the firm after 'auprès de' as the seller, a firm after 'de la société' as the one bought", () => {
    const r = roles("Legrand a racheté 70 % d'Amelec Industries auprès du fonds Ardian.", "fr");
    expect(r["Amelec Industries"]).toBe("object");
    expect(r["Ardian"]).toBe("seller");
    expect(
      roles("Legrand va reprendre 70 % du capital de la société Amelec Industries.", "fr")["Amelec Industries"],
    ).toBe("object");
  });
});

describe("roleOf: Italian 'da parte del gruppo' is 'by the group'", () => {
  it("reads the firm after 'da parte del gruppo' as no parent, after 'parte del gruppo' as one", () => {
    expect(
      roles("È stato annunciato un investimento di 40 milioni da parte del gruppo Fabbrini in Spagna.", "it")[
        "Fabbrini"
      ],
    ).not.toBe("parent");
    expect(roles("La Rotex, che fa parte del gruppo Fabbrini, aprirà un impianto.", "it")["Fabbrini"]).toBe("parent");
  });
});

describe("placedCountry: a Turkish genitive before a place noun in the locative places", () => {
  const first = (t: string) => findCountries(t)[0];
  it("reads 'the north of Germany' and 'the capital of Kenya, in Nairobi' as places", () => {
    const north = first("Şirket Almanya'nın kuzeyinde yeni bir fabrika açtı.");
    expect(placedCountry(north)).toBe(true);
    expect(genitiveCountry(north)).toBe(false);
    expect(placedCountry(first("Kenya'nın başkenti Nairobi'de bir depo kuracak."))).toBe(true);
  });
  it("keeps 'Turkey's largest' a genitive", () => {
    const largest = first("Türkiye'nin en büyük üreticisi Yurtkaya yatırım yapacak.");
    expect(genitiveCountry(largest)).toBe(true);
    expect(placedCountry(largest)).toBe(false);
  });
});

describe("roleOf: Portuguese 'feito pela' credits a study, not an investment", () => {
  it("reads the firm after an investment 'feito pelo' as its author, after a study 'feito pela' as a source", () => {
    expect(
      roles(
        "Graças a um investimento de 50 milhões de dólares feito pelo grupo chinês Hanlu, a empresa cresceu.",
        "pt",
      )["Hanlu"],
    ).toBe("agent");
    expect(
      roles("Segundo o levantamento mensal das aquisições feito pela Dataprisma, o setor cresceu.", "pt")["Dataprisma"],
    ).toBe("example");
  });
});

describe("roleOf: the firm bought after a figure with a decimal comma", () => {
  it("reads 'übernimmt für 1,3 Mrd. Euro den Anbieter Acme' as the firm bought, as without the figure", () => {
    expect(roles("Der Konzern übernimmt für 1,3 Mrd. Euro den Mobilfunkanbieter Telvora.", "de")["Telvora"]).toBe(
      "object",
    );
    expect(roles("Der Konzern übernimmt den Mobilfunkanbieter Telvora.", "de")["Telvora"]).toBe("object");
  });
});
