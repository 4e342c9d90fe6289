import { describe, expect, it } from "vitest";
import {
  findAcronyms,
  findPersons,
  germanCommonNouns,
  lowerCaseNames,
  nonOrgAcronyms,
  openerCommonWords,
  polishNominative,
} from "./names";
import { findOrgs, lowerTail } from "./orgs";

const names = (text: string, lang: string | null, known: string[] = []) =>
  findOrgs(text, 0, lang, new Set(known), findPersons(text), lang === "de" ? germanCommonNouns(text) : new Set())
    .filter((o) => !o.person)
    .map((o) => o.name);

const strongNames = (text: string, lang: string) =>
  findOrgs(text, 0, lang, new Set(), findPersons(text), new Set())
    .filter((o) => o.strong)
    .map((o) => o.name);

describe("findOrgs", () => {
  it("a scale's abbreviation with no figure before it is a name ('il gruppo Md'); after a figure it stays a scale", () => {
    expect(names("Il gruppo Md investirà 80 milioni di euro nel nuovo polo.", "it")).toEqual(["Md"]);
    expect(names("Le groupe investira 3 Md d'euros dans une usine.", "fr")).toEqual([]);
  });
  it("a portfolio after an office and another portfolio joined by 'and' is no firm ('ministro da Hotelaria e Turismo'), nor one after a qualified office ('secretário municipal de')", () => {
    expect(names("O ministro da Hotelaria e Turismo, Pedro Mutindi, disse.", "pt")).toEqual([]);
    expect(names("O secretário municipal de Desenvolvimento Econômico, Paulo Ferreira, afirma.", "pt")).toEqual([]);
    expect(names("O ministro da Economia e a Zentor assinaram um acordo.", "pt")).toEqual(["Zentor"]);
  });
  it("a descriptor followed only by a legal form stays in the name ('Veltrano Holdings Co'); a descriptor before a name still cuts", () => {
    expect(names("Dijo que la empresa Veltrano Holdings Co construirá un puerto.", "es")).toEqual([
      "Veltrano Holdings Co",
    ]);
    expect(names("Dijo que el gigante Alibaba construirá un puerto.", "es")).toEqual(["Alibaba"]);
  });
  it("a town's name between a descriptor noun and a subject verb names a firm ('o banco Toledo inaugurou'); with no verb it stays a place", () => {
    expect(names("Em 2014, o banco Toledo inaugurou em Campinas um centro de dados.", "pt")).toEqual(["Toledo"]);
    expect(names("Em 2014, o banco de Toledo recebeu em Campinas um centro de dados.", "pt")).toEqual([]);
  });
  it("an asset manager's name ending in 'Management' is a firm's, a town opening it included", () => {
    expect(
      names("De vorige eigenaren, Shenzhen Harvang Asset Management en Tolvar, betaalden 2 miljard euro.", "nl"),
    ).toContain("Shenzhen Harvang Asset Management");
  });
  it("Polish: an adjective opening the sentence before a lower-case company noun ('Chemiczna grupa', 'Paliwowy koncern') is no name", () => {
    expect(names("Chemiczna grupa zbuduje nową fabrykę.", "pl")).toEqual([]);
    expect(names("Meblowa spółka podała, że zainwestuje 20 mln zł.", "pl")).toEqual([]);
    expect(names("Meblowy koncern Bortex zbuduje nową fabrykę.", "pl")).toEqual(["Bortex"]);
  });
  it("German: a town's adjective before a descriptor ('der Bonner Konzern') is no name, before a short name it is cut ('der Dortmunder KiWA')", () => {
    expect(names("Der Bonner Konzern investiert 50 Millionen Euro in ein neues Werk in Polen.", "de")).toEqual([]);
    expect(names("Der Dortmunder KiWA baut für 30 Millionen Euro ein Lager in Polen.", "de")).toEqual(["KiWA"]);
  });
  it("German: the builder, a consortium, a club before a name describe it ('Bauherr Nordlicht', 'Konsortium Baltrax')", () => {
    expect(names("Der Bauherr Nordlicht investiert 20 Millionen Euro.", "de")).toEqual(["Nordlicht"]);
    expect(names("Das Konsortium Baltrax kauft den Hafen.", "de")).toEqual(["Baltrax"]);
  });
  it("a group word and one capitalized trade word are the group's name ('Grupo Pharma'), a group word and a company word no name", () => {
    expect(names("El Grupo Pharma abrirá una fábrica en Honduras.", "es")).toContain("Grupo Pharma");
    expect(names("Le Groupe Holding a ouvert une usine.", "fr")).not.toContain("Groupe Holding");
  });
  it("French, Spanish, Portuguese, Italian: a lower-case 'of the' joins a name of one or two words ('Caisse des Dépôts'), not a place of a firm ('Centro de Distribuição da Amazon')", () => {
    expect(names("La société Forges du Sahel a investi 250 millions d’euros au Bénin.", "fr")).toEqual([
      "Forges du Sahel",
    ]);
    expect(names("A Companhia Vale do Povo investiu 250 milhões de reais.", "pt")).toEqual(["Companhia Vale do Povo"]);
    expect(names("O novo Centro de Distribuição da Amazon foi inaugurado.", "pt")).toEqual(["Amazon"]);
    expect(names("Die Baukosten des Werks liegen bei 30 Millionen Euro.", "de")).not.toContain("Baukosten des Werks");
  });
  it("a rand amount glued to its scale ('R2.45-billion') is no name", () => {
    expect(names("Acme Holdings will build a R2.45-billion smelter in the province.", "en")).toEqual(["Acme Holdings"]);
  });
  it("a name joined by a plus sign is one name ('Brenner+Kolb')", () => {
    expect(names("La empresa alemana Brenner+Kolb abrió su segunda planta en Celaya.", "es")).toEqual(["Brenner+Kolb"]);
  });
  it("a name opening with a figure is a name when its legal form follows ('4Tech Systems S.A.')", () => {
    expect(names("Centrum prowadzi 4Tech Systems S.A. – spółka zależna koncernu Beltar.", "pl")).toContain(
      "4Tech Systems S.A",
    );
  });
  it("a name after capitalized words cut from the sentence's start is no sentence opener ('Construction of X's plant')", () => {
    expect(names("Construction of Brennholt's new plant near Cork will take two years.", "en")).toContain("Brennholt");
  });
  it("Polish: a foreign name ending like a descriptor ('-gruppen') is a name, not a descriptor", () => {
    expect(names("Inwestorem okazała się norweska grupa Kvalegruppen, która kupiła hotel w Gdańsku.", "pl")).toContain(
      "Kvalegruppen",
    );
  });
  it("German: a dairy, a forwarder or a publisher named before the firm marks it ('die Molkerei Almtaler')", () => {
    expect(strongNames("Die Molkerei Almtaler hat den Standort in Graz ausgebaut.", "de")).toContain("Almtaler");
  });
  it("a word before another language's verb is no subject ('firma' signs in Spanish, is a firm in Polish)", () => {
    const t = "Krakowska firma BERLOX uruchamia produkcję okien w Kanadzie.";
    expect(names(t, "pl")).not.toContain("Krakowska");
    expect(names(t, "pl")).toContain("BERLOX");
  });
  it("Dutch: a name before 'had' is its subject", () => {
    expect(strongNames("Voltrix had al een belang van 40% in de fabriek.", "nl")).toContain("Voltrix");
  });
  it("a first name joined by '&' to another name is a firm, not a person", () => {
    expect(names("Dundee distiller Douglas & Farrowby is adding a new £2 million warehouse.", "en")).toContain(
      "Douglas & Farrowby",
    );
  });
  it("Italian: a common Italian first name opens a person, not a firm, even after 'del gruppo'", () => {
    const t =
      "Il piano, confermato dal presidente del gruppo Gianpiero Tarvelli, prevede un polo logistico della Ornavia.";
    expect(names(t, "it")).not.toContain("Gianpiero Tarvelli");
    expect(names(t, "it")).toContain("Ornavia");
  });
  it("common first names of the other languages open persons ('Julio Ferrandiz', 'Kemal Oztarla')", () => {
    expect(names("El consejero delegado Julio Ferrandiz anunció que Vortana invertirá 30 millones.", "es")).toEqual([
      "Vortana",
    ]);
    expect(names("Yönetim kurulu başkanı Kemal Oztarla, Vortana fabrikasını açtı.", "tr")).not.toContain(
      "Kemal Oztarla",
    );
  });
  it("Italian: a name before the past perfect or the future of 'have' is its subject ('Tervola aveva annunciato')", () => {
    expect(names("Tervola aveva annunciato nuovi investimenti produttivi.", "it")).toEqual(["Tervola"]);
    expect(names("Tervola avrà presto un secondo impianto.", "it")).toEqual(["Tervola"]);
  });
  it("Spanish and Portuguese: a name before the past perfect or future of 'have' is its subject", () => {
    expect(names("Tervola había anunciado nuevas inversiones productivas.", "es")).toEqual(["Tervola"]);
    expect(names("Tervola tinha anunciado novos investimentos produtivos.", "pt")).toEqual(["Tervola"]);
  });
  it("a word that is no name alone opens a name of company words ('National Shipping Company')", () => {
    expect(names("Last week National Shipping Company signed an agreement with the port.", "en")).toContain(
      "National Shipping Company",
    );
  });
  it("German: the nouns that open a run ending in a legal form are no part of the name", () => {
    const t = "Gefördert wird die Sicherung von 40 Arbeitsplätzen Brandtner Gerätebau GmbH (Halle) mit 200.000 Euro.";
    expect(names(t, "de")).toContain("Brandtner Gerätebau GmbH");
    expect(names(t, "de").join(" ")).not.toContain("Arbeitsplätzen");
  });
  it("a firm's compound after an article opening the sentence is the firm ('Die Schedl-Gruppe investiert')", () => {
    expect(names("Die Schedl-Gruppe investiert insgesamt rund 40 Mrd. Forint in Ungarn.", "de")).toEqual(["Schedl"]);
    // after a town's adjective ("Ulmer", "Kölner") too
    expect(names("Die Kölner Brandolt-Werke investieren in eine neue Halle.", "de")).toEqual(["Brandolt"]);
  });
  it("a first name that is also a country's name opens a person after an office ('el presidente Mauricio Macri')", () => {
    expect([
      ...findPersons('la constructora del empresario al que el presidente Mauricio Macri suele llamar "hermano"'),
    ]).toEqual(["mauricio macri", "macri"]);
  });
  it("a treaty's or agreement's title is no firm", () => {
    expect(names("The India-Australia Economic Cooperation and Trade Agreement was signed on Friday.", "en")).toEqual(
      [],
    );
  });
  it("a country's upper-case short name before a firm's head word is part of the firm's name", () => {
    expect(names("La firme américaine ABD Group va investir 150 millions de dollars en Côte d'Ivoire.", "fr")).toEqual([
      "ABD Group",
    ]);
    expect(names("US Steel will invest $1 billion.", "en")).toEqual(["US Steel"]);
  });
  it("'the Country' written with a capital is no firm", () => {
    expect(names("Cresce l'interesse nel Paese: l'azienda stima un investimento di 3 miliardi.", "it")).toEqual([]);
    expect(names("La empresa invertirá en el País 300 millones.", "es")).toEqual([]);
  });
  it("Turkish: a person named after an office keeps the name without its case ending, and the surname alone is no firm", () => {
    const t =
      "Doğuş Grubu Yönetim Kurulu Başkanı Ferit Şahenk'in Galataport'un satışı için görüştüğü iddia edildi. Şahenk, hissesini BBVA'ya satmıştı.";
    expect([...findPersons(t)]).toEqual(["ferit sahenk", "sahenk"]);
    expect(names(t, "tr")).not.toContain("Şahenk");
  });
  it("Turkish: a name after an office, a boss or a calling is a person, and so is its surname alone later", () => {
    const t =
      "Er-Bakır Genel Müdürü Macit Taşkın, fabrikayı kurduklarını söyledi. Taşkın, teşviklerden söz etti. " +
      "Dorak Holding'in patronu Ahmet Serdar Körükçü konuştu. Körükçü, otel yatırımı planlıyor. " +
      "DHL Group'un Başkan Yardımcısı Volker Ratzmann açıkladı. Ratzmann, yatırım yapacak.";
    const persons = findPersons(t);
    for (const p of ["taskin", "korukcu", "ratzmann"]) expect(persons).toContain(p);
    for (const p of ["Taşkın", "Körükçü", "Ratzmann"]) expect(names(t, "tr")).not.toContain(p);
  });
  it("Turkish: a place with '-li' ('from') before an unknown name marks a firm, as \"Germany's\" does", () => {
    expect(names("Marka geçen yıl ABD'li Procter Gamble tarafından satın alındı.", "tr")).toContain("Procter Gamble");
    expect(names("Marka geçen yıl Germany's Procter Gamble bought it.", "en")).toContain("Procter Gamble");
  });
  it("Turkish: a one-word name before a case suffix and the verb of selling, or 'tarafından' (by), is a firm", () => {
    expect(
      names("Şirket geçen yıl 40 milyon liraya Zentora’ya satılmıştı; marka 2019’da Borvel’e satıldı.", "tr"),
    ).toContain("Borvel");
    expect(names("Marka geçen yıl Karvan tarafından satın alındı.", "tr")).toContain("Karvan");
    // (the first of two names joined by "ve" before "tarafından")
    expect(
      names("Batum’da Zentmall ve Korvan Grup tarafından 120 milyon dolarlık yatırımla yapılacak.", "tr"),
    ).toContain("Zentmall");
  });
  it("Turkish: an adjective of a place ('Dubaili') inside a run of capitals ends the brand before it; a plant stays", () => {
    expect(names("Süt markası Yörsel Dubaili Zentor’un oldu.", "tr")).toEqual(["Zentor"]);
    expect(names("Şirket Ankara-Polatlı Düzcam Fabrikası’nda yeni fırın kuruyor.", "tr")).not.toContain(
      "Düzcam Fabrikası",
    );
  });
  it("Turkish: a name after 'one of the …s' ('şirketlerinden', 'üreticilerinden biri olan') is a firm", () => {
    const t = "Akabinde Türkiye’nin en büyük makine üreticilerinden Korvelin, Senegal’de fabrika kuracağını duyurdu.";
    expect(strongNames(t, "tr")).toContain("Korvelin");
    expect(strongNames("Sektörün öncü markalarından biri olan Tarvina, yeni tesis açtı.", "tr")).toContain("Tarvina");
  });
  it("technical and economic abbreviations in capitals ('LED', 'GPU', 'KDV') are no firm", () => {
    expect(names("The plant will make LED panels and GPU boards for Acme Corp.", "en")).toEqual(["Acme Corp"]);
    expect(names("Yatırım KDV hariç 10 milyon dolar.", "tr")).toEqual([]);
  });
  it("a known first name with an office among the three words after its comma is a person, and so is the surname", () => {
    const t =
      "A spiegarlo è Alessandro Migliorini, country manager e director di Ee Italia. Lo dice Migliorini ai giornalisti.";
    expect(findPersons(t)).toContain("migliorini");
    expect(names(t, "it")).not.toContain("Migliorini");
  });
  it("a one-word name after an office spelled as no person's name is (capitals inside or throughout) is the firm", () => {
    const t = "Jan de Vries, CEO FrieslandCampina: “Dit is goed.” Daarna sprak CEO BASF. CEO McDonald sprak ook.";
    const persons = findPersons(t);
    expect(persons).not.toContain("frieslandcampina");
    expect(persons).not.toContain("basf");
    expect(persons).toContain("mcdonald");
  });
  it("Turkish: common words that open a sentence ('Burada', 'Toplam', 'Birlikte') are no firm", () => {
    expect(names("Burada yatırım yapalım dedi.", "tr")).toEqual([]);
    expect(names("Toplam yatırım bedeli 226 milyon dolar olacak.", "tr")).toEqual([]);
    expect(names("Şirket, ortağıyla Birlikte 50 milyon dolar harcadı.", "tr")).toEqual([]);
  });
  it("Turkish: facility acronyms (AVM, RES, GES, HES) and state bodies (TCMB, KAP, TÜİK, KOSGEB, TOBB) are no firm", () => {
    expect(names("Şirket, Konya'da GES ve RES yatırımı yapacak; HES projesi de sürüyor.", "tr")).toEqual([]);
    expect(names("Holding, İstanbul'da yeni bir AVM açacak.", "tr")).toEqual([]);
    expect(
      names("Şirket KAP'a yaptığı açıklamada TCMB verilerini, TÜİK, KOSGEB ve TOBB raporlarını andı.", "tr"),
    ).toEqual([]);
  });
  it("Turkish: a festival, congress, conference, report or strategy is named, but is no firm", () => {
    expect(names("Banka, Ülke İşbirliği Stratejisi kapsamında 2 milyar dolar ayıracak.", "tr")).toEqual([]);
    expect(names("Geçen yıl Doha Kültür Festivali düzenlendi.", "tr")).toEqual([]);
    expect(names("Şirket, CPS İlerleme Raporu yayımlandıktan sonra yatırım yapacak.", "tr")).not.toContain(
      "CPS İlerleme Raporu",
    );
  });
  it("Italian offices before a name make it a person: assessore, ambasciatore, sottosegretario, ministra", () => {
    for (const t of [
      "L'assessore Guido Guidesi ha illustrato il progetto da 10 milioni.",
      "Lo ha detto l'Ambasciatore Carlo Lo Cascio a Belgrado.",
      "Il sottosegretario Michele Geraci ha aperto il seminario.",
      "La ministra Tatjana Matic ha inaugurato lo stabilimento.",
    ])
      expect(names(t, "it")).toEqual([]);
  });
  it("Italian: a title after a name and a comma makes it a person (presidente, direttore, fondatore, country manager)", () => {
    for (const t of [
      "Lo racconta Ermanno Ferrantini, presidente della società, a margine dell'incontro.",
      "Secondo Ottavia Brambati, fondatrice del marchio, il piano vale 20 milioni.",
      "Lo spiega Gualtiero Lucchesini, direttore generale dell'azienda.",
    ])
      expect(names(t, "it")).not.toContain(t.match(/[A-Z]\w+ [A-Z]\w+/)?.[0]);
  });
  it("Italian: a plural or conditional verb after a name makes it a firm ('Anche la Vortani dovrebbe realizzare')", () => {
    expect(strongNames("Anche la Vortani dovrebbe realizzare uno stabilimento.", "it")).toEqual(["Vortani"]);
    expect(strongNames("Poi la Brenzoli e la Castagnetti investiranno nel sito.", "it")).toContain("Castagnetti");
  });
  it("Spanish: a report, programme, forum or certification named after its noun is no firm", () => {
    expect(names("El informe Sovereign Wealth Funds analiza 94 fondos soberanos.", "es")).toEqual([]);
    expect(names("La nueva planta buscará la certificación LEED Silver el próximo año.", "es")).toEqual([]);
    expect(names("El programa Hambre Cero recibirá 20 millones de dólares.", "es")).toEqual([]);
    expect(names("La empresa Bosch invertirá 260 millones en el foro Invest Nuevo León.", "es")).toEqual(["Bosch"]);
  });
  it("Spanish: a sentence-opening adverb ('Inicialmente', 'Aunado a esto') is no part of a name", () => {
    const t = "Inicialmente BGL adquirirá el 90 por ciento de las acciones de Keraderm.";
    expect(names(t, "es")).toContain("BGL");
    expect(names(t, "es")).not.toContain("Inicialmente BGL");
    expect(names("Aunado a esto, en 2022 abrirán un hotel con 180 habitaciones.", "es")).toEqual([]);
  });
  it("a month or weekday of the article's language is no firm, unless a descriptor names it", () => {
    expect(names("Yatırımın Mart ayında başlaması bekleniyor.", "tr")).toEqual([]);
    expect(names("A fábrica no Rio de Janeiro abre em Janeiro com 200 empregos.", "pt")).not.toContain("Janeiro");
    expect(names("Le groupe Avril investit 50 millions d'euros en Algérie.", "fr")).toContain("Avril");
  });
  it("German: a noun or a compound noun after a country's adjective is no firm; a name there is", () => {
    expect(names("Am Schweizer Hauptsitz in Diepoldsau soll das Zentrum erweitert werden.", "de")).toEqual([]);
    expect(names("Ziel sei es, den Schweizer Anteil der Wertschöpfung zu erhöhen.", "de")).toEqual([]);
    expect(names("Der Schweizer Noventa investiert 8 Millionen Franken.", "de")).toEqual(["Noventa"]);
  });
  it("a frequent lower-case word of the language opening a sentence is no firm; a name is", () => {
    expect(names("Daarmee investeert het bedrijf 40 miljoen euro in de fabriek.", "nl")).toEqual([]);
    expect(names("Całość projektu kosztuje 50 mln zł.", "pl")).toEqual([]);
    expect(names("Pranzo a Palazzo Vecchio per il fondatore.", "it")).toEqual([]);
    // also after a full stop inside the sentence (a quote of several sentences)
    expect(names('"We investeren in de VS. Naast Houston bouwen we ook in Dallas."', "nl")).toEqual([]);
    // outside the verb-second languages, a purchase verb right after the word makes it the subject
    expect(names("Pesa comprará la empresa alemana HeiterBlick.", "es")).toContain("Pesa");
    expect(names("Eco will invest 100 million euros in a factory in Poznan, Poland.", "en")).toEqual(["Eco"]);
    expect(names("Wemeco zainwestuje 50 mln zł w nowy zakład.", "pl")).toEqual(["Wemeco"]);
    // the same word inside a sentence, or with a legal form, is a name
    expect(names("Het Nederlandse Daarmee BV investeert 40 miljoen euro.", "nl")).toEqual(["Daarmee BV"]);
  });
  it("a stock ticker ('NESN.S', '[HWT.UL]', 'MSFT.O') and two initials ('D.F.') are no firms; 'E.ON' is", () => {
    expect(names("The food group Nestle (NESN.S) will invest $500 million in Colombia.", "en")).toEqual(["Nestle"]);
    expect(names("A chinesa Huawei [HWT.UL] investiria 800 milhões de dólares.", "pt")).toEqual(["Huawei"]);
    expect(names("The software group Microsoft MSFT.O will invest $1 billion.", "en")).toEqual(["Microsoft"]);
    expect(names("La planta de México D.F. costará 20 millones.", "es")).not.toContain("D.F");
    expect(names("Der Versorger E.ON investiert 2 Milliarden Euro.", "de")).toContain("E.ON");
  });
  it("'EE. UU.' and 'EE.UU.' are the United States, not firms", () => {
    expect(names("El banco de EE. UU. invierte en Colombia.", "es")).toEqual([]);
    expect(names("Los gobiernos de EE.UU. y Colombia firmaron.", "es")).toEqual([]);
  });
  it("Turkish: a body's own name keeps its country and 'Yatırım'; board members and ambassadors are persons", () => {
    const found = (t: string) => names(t, "tr");
    expect(found("Katar Yatırım Otoritesi, Türkiye'de 10 milyar dolarlık yatırım yaptı.")).toEqual([
      "Katar Yatırım Otoritesi",
    ]);
    // (the firm before the board member's title is named: "Bridgestone Corporation")
    expect(found("Bridgestone Corporation Yönetim Kurulu Üyesi Yoshida açıkladı.")).toEqual([
      "Bridgestone Corporation",
    ]);
    expect(found("Büyükelçi Demirok açıkladı.")).toEqual([]);
    // a town opening a list of places is no topic and no weak name
    expect(found("Bodrum, Kemer ve Didim'e 600 milyon dolarlık 3 otel!")).toEqual([]);
  });
  it("an apposition opens with an article or a noun, not a preposition", () => {
    const strong = (t: string) => findOrgs(t, 0, "pt", new Set(), new Set(), new Set()).map((o) => [o.name, o.strong]);
    expect(strong("O hotel vai nascer na zona do Ferragudo, pela mão do grupo Água Hotels.")[0]).toEqual([
      "Ferragudo",
      false,
    ]);
    expect(strong("A Vedacit, uma empresa do grupo Baumgart, investe.")[0]).toEqual(["Vedacit", true]);
    // the apposition follows the whole written name, a place stripped from its end included
    expect(
      findOrgs(
        "Wemeco Poland, producent wyrobów ze stali, przeznaczy 2,5 mln zł.",
        0,
        "pl",
        new Set(),
        new Set(),
        new Set(),
      ).map((o) => [o.name, o.strong]),
    ).toEqual([["Wemeco", true]]);
  });
  it("an international body whose name goes on in lower case, and a name head alone, name no firm", () => {
    const found = (t: string) => findOrgs(t, 0, "fr", new Set(), new Set(), new Set()).map((o) => o.name);
    expect(found("La Banque mondiale a annoncé mardi l'octroi d'un prêt.")).toEqual([]);
    expect(found("Au Congo, la Banque a aussi annoncé une subvention.")).toEqual([]);
    expect(found("La Banque Misr ouvre une filiale.")).toEqual(["Banque Misr"]);
  });
  it("a capitalized descriptor noun that names no firm itself still marks the firm after it", () => {
    const strong = (t: string) => findOrgs(t, 0, "de", new Set(), new Set(), new Set()).map((o) => [o.name, o.strong]);
    expect(strong("Der Hafen wurde von der Firma Acme gekauft.")).toEqual([["Acme", true]]);
    expect(strong("Der Kauf durch die Terminalbetreibergesellschaft QTerminals wurde vereinbart.")).toEqual([
      ["QTerminals", true],
    ]);
  });
  it("drops a common word of the article that opens a sentence, keeps a firm named there", () => {
    const tr =
      "Chery, Türkiye'de yatırım yapacak. Bakan, yatırım paketini açıkladı. Yatırımın, büyümeye katkı sağlaması bekleniyor.";
    const common = openerCommonWords(tr);
    expect([...common]).toContain("yatirimin");
    // findOrgs reads one sentence at a time
    const sentence = (s: string) => findOrgs(s, 0, "tr", new Set(), new Set(), common).map((o) => o.name);
    expect(sentence("Yatırımın, büyümeye katkı sağlaması bekleniyor.")).toEqual([]);
    expect(sentence("Chery, Türkiye'de yatırım yapacak.")).toEqual(["Chery"]);
    // the same word written capitalized after a lower-case word is a name: no common word
    expect([...openerCommonWords("Orange baut ein Netz. Der Betreiber heißt Orange. Eine orange Farbe.")]).toEqual([]);
    expect([...openerCommonWords("Zlecenie obejmuje remont. Firma dostała zlecenia od miasta.")]).toEqual(["zlecenie"]);
    // a closing quote ends the sentence before: the word after it still opens one
    expect([...openerCommonWords('yeni fabrika kuracak. "Bu karar iyi" Yeni yatırımla artacak.')]).toContain("yeni");
  });

  it("reads a Turkish name before an inflected company noun, not a description before another name", () => {
    expect(names("Krone şirketi Türkiye'de fabrika kuracak.", "tr")).toEqual(["Krone"]);
    expect(names("Yüzde 51'i Krone firmasına ait olacak.", "tr")).toContain("Krone");
    expect(names("İnovasyon şirketi 3M, Çorlu'ya yatırım yapacak.", "tr")).not.toContain("İnovasyon");
  });

  it("gives a Polish name in its nominative when the article or the known firms have it", () => {
    const text = "Boryszew uzyskał odszkodowanie. – To inwestycja – podkreślił prezes Boryszewa. Losy zakładu Intela.";
    expect(polishNominative("Boryszewa", text)).toBe("Boryszew");
    expect(polishNominative("Intela", text)).toBe("Intel");
    expect(polishNominative("Polska", text)).toBe("Polska");
    expect(polishNominative("Kowalskiego", text)).toBe("Kowalskiego");
  });

  it("leaves Polish words for analysts and experts out of the name ('Analitycy JLL')", () => {
    expect(names("Analitycy JLL szacują, że rynek urośnie.", "pl")).toEqual(["JLL"]);
    expect(names("Eksperci PKO BP oceniają inwestycję.", "pl")).toEqual(["PKO BP"]);
  });

  it("French: a reflexive verb or a verb of spending right after a name makes it a firm ('Zavrel s’empare de …')", () => {
    expect(strongNames("Hier, Zavrel s’empare de la banque Tolvane au Maroc.", "fr")).toEqual(["Zavrel"]);
    expect(strongNames("Hier, Zavrel s'est porté acquéreur de Tolvane.", "fr")).toEqual(["Zavrel"]);
    expect(strongNames("Enfin, Zavrel dépensera 10 millions pour une foreuse.", "fr")).toEqual(["Zavrel"]);
  });

  it("reads a Romance participle and its preposition opening a sentence as no name", () => {
    expect(names("Estimé à 867 millions de dollars, ce projet sera réalisé en huit phases.", "fr")).toEqual([]);
    expect(names("Situado en Valencia, el proyecto costará 50 millones.", "es")).not.toContain("Situado");
    expect(names("Renault à Tanger investit 50 millions.", "fr")).toEqual(["Renault"]);
  });

  it("keeps a legal form written before the name ('PT', 'PJSC')", () => {
    expect(names("The plant was built by PT Gunbuster Nickel Indonesia, a local unit of Delong.", "en")).toContain(
      "PT Gunbuster Nickel",
    );
    expect(names("PJSC Gazprom said it would invest.", "en")).toEqual(["PJSC Gazprom"]);
  });

  it("drops a state body by the word that opens or ends its name, not a firm with such a word inside", () => {
    expect(names("La empresa china Acme Summit Resources invertirá 50 millones.", "es")).toEqual([
      "Acme Summit Resources",
    ]);
    expect(names("Summit Materials will invest $50 million.", "en")).toEqual(["Summit Materials"]);
    expect(names("The Ministry of Economy welcomed the plan.", "en")).toEqual([]);
    expect(names("This Summit was record breaking, the G20 Summit too.", "en")).toEqual([]);
  });

  it("keeps an acronym that spells a stop word at the head of a name ('CS Wind Group', 'GS Caltex')", () => {
    expect(names("Dong Tam and CS Wind Group signed a deal.", "en")).toContain("CS Wind Group");
    expect(names("GS Caltex will invest $1 billion.", "en")).toEqual(["GS Caltex"]);
  });

  it("never reads a country's name of several words as a weak name ('Estados Unidos')", () => {
    expect(names("A fabricante Unifi, com sede nos Estados Unidos, incluiu o Brasil.", "pt")).not.toContain(
      "Estados Unidos",
    );
  });

  it("reads no market regulator or school as a firm", () => {
    expect(names("La Consob ha approvato l'offerta di Acme Holding.", "it")).toEqual(["Acme Holding"]);
    expect(names("A study by IE Business School shows the trend.", "en")).toEqual([]);
  });

  it("reads a name before a possessive and an event word as the event ('US-Africa Leaders’ summit')", () => {
    expect(
      names(
        "On the sidelines of the US-Africa Leaders’ summit in Washington, KoBold Metals said it would invest.",
        "en",
      ),
    ).toEqual(["KoBold Metals"]);
  });

  it("reads a scale glued to a currency code as money, not a firm", () => {
    expect(names("La cible valait 730 M€ (8 MdMAD) selon Lazard.", "fr")).not.toContain("MdMAD");
    expect(names("Le projet de 45 MUSD avance.", "fr")).not.toContain("MUSD");
  });

  it("takes the name after a German descriptor", () => {
    expect(names("Der Münchner Autobauer Bavaria Motors will in Polen ein Werk bauen.", "de")).toEqual([
      "Bavaria Motors",
    ]);
    expect(names("Der chinesische Onlinehändler Shopnow hat einen Vertrag unterschrieben.", "de")).toEqual(["Shopnow"]);
  });

  it("reads the parent of a 'Tochter' compound", () => {
    const orgs = findOrgs("Chef der polnischen Nordwind-Tochter Baltix sagte", 0, "de", new Set());
    expect(orgs.map((o) => [o.name, o.parent])).toEqual([["Baltix", "Nordwind"]]);
  });

  it("the firm a company office names after 'von'/'van' is a firm; a minister's portfolio is not", () => {
    expect(strongNames("„Wir bauen aus“, sagte Jan Brenner, Geschäftsführer von Quellmark.", "de")).toContain(
      "Quellmark",
    );
    expect(strongNames("Het bouwen begint nu, zegt Anna Smit, directeur van Trelvaco.", "nl")).toContain("Trelvaco");
    expect(names("Das sagte der Minister von Wirtschaft.", "de")).not.toContain("Wirtschaft");
  });

  it("reads the company in a head compound", () => {
    expect(names("Erdoğan schlug vor, die nächste Volta-Fabrik im Land zu bauen.", "de")).toEqual(["Volta"]);
  });

  it("keeps legal suffixes and odd spellings", () => {
    expect(names("Kaltwerk Holding AG übernahm die Mehrheit.", "de")).toEqual(["Kaltwerk Holding AG"]);
    expect(names("Chinese battery maker CATL and EV maker Nio said", "en")).toEqual(["CATL", "Nio"]);
    expect(names("Mail.ru and ChemChina agreed", "en")).toEqual(["Mail.ru", "ChemChina"]);
  });

  it("takes a name before a Polish verb of setting up ('Creditsafe tworzy w Krakowie centrum')", () => {
    expect(
      names(
        "Również brytyjska wywiadownia gospodarcza Creditsafe tworzy w Krakowie centrum przetwarzania danych.",
        "pl",
      ),
    ).toEqual(["Creditsafe"]);
  });

  it("does not take an office's portfolio for a firm", () => {
    expect(
      names("al presidente Luis Abinader y al ministro de Turismo, David Collado, durante un almuerzo", "es"),
    ).toEqual([]);
    expect(names("el ministro de Turismo visitó la empresa Meliá Hotels International", "es")).toEqual([
      "Meliá Hotels International",
    ]);
  });

  it("takes no Italian acronym of accounts or business for a firm", () => {
    expect(names("La PFN resta positiva e il Cda di Brembo ha approvato.", "it")).toEqual(["Brembo"]);
  });

  it("takes no French editor's note or money written in letters for a firm", () => {
    expect(names("Soit un investissement de 100 MDH (NDLR : environ 9 millions d'euros) pour Lesieur.", "fr")).toEqual([
      "Lesieur",
    ]);
  });

  it("takes no portfolio in a minister's chain of offices for a firm", () => {
    expect(
      names("Il ministro brasiliano dell’Agricoltura e del commercio, Paulo Souza, ha incontrato la Ferrero.", "it"),
    ).toEqual(["Ferrero"]);
    expect(
      names("la Ministra dell'Energia, dei Trasporti e delle Infrastrutture ha inaugurato il ponte", "it"),
    ).toEqual([]);
    expect(names("le ministre sénégalais de l'Énergie et du Pétrole a reçu le groupe Eramet", "fr")).toEqual([
      "Eramet",
    ]);
    // a qualifier of the office between it and its portfolios ("delegato", lexicon key officeQualifiers)
    expect(names("il ministro delegato dell'Industria e del Commercio ha incontrato la Ferrero", "it")).toEqual([
      "Ferrero",
    ]);
    // a firm named after a minister's verb stays one
    expect(names("il ministro ha parlato di Barilla e di Lavazza", "it")).toEqual(["Barilla", "Lavazza"]);
  });

  it("leaves a country's adjective out of a name, not a country's name", () => {
    expect(names("wordt overgenomen door het Britse Blue Ocean Capital", "nl")).toEqual(["Blue Ocean Capital"]);
    expect(names("the Japanese Hoshizaki Corporation will invest", "en")).toEqual(["Hoshizaki Corporation"]);
    expect(names("China Machinery Engineering Corporation will build the line", "en")).toEqual([
      "China Machinery Engineering Corporation",
    ]);
  });

  it("does not take German common nouns, places or currencies", () => {
    expect(names("Die türkischen Zulieferer arbeiten bereits mit dem Konzern.", "de")).toEqual([]);
    expect(names("The plan costs BRL 3 billion in Brazil.", "en")).toEqual([]);
    expect(names("Saudi Arabia's Public Investment Fund (PIF) signed", "en")).toEqual([
      "Public Investment Fund",
      "PIF",
    ]);
  });

  it("does not take people after titles or with first names as companies", () => {
    const orgs = findOrgs(
      "President Maria Lopez met CEO John Smith of Northwind Corp.",
      0,
      "en",
      new Set(),
      findPersons("President Maria Lopez met CEO John Smith"),
    );
    expect(orgs.filter((o) => !o.person).map((o) => o.name)).toEqual(["Northwind Corp"]);
  });
});

describe("acronyms", () => {
  it("maps an acronym to its long form", () => {
    expect(findAcronyms("The Gulf Sovereign Fund (GSF) said").get("GSF")).toBe("Gulf Sovereign Fund");
  });

  it("counts no letter for a legal suffix, and keeps a known name whole before one", () => {
    const text = "La filial brasileña de General Motors Corp. (GM) anunció que invertirá 386 millones de dólares.";
    expect(findAcronyms(text).get("GM")).toBe("General Motors Corp.");
    // "General" is also a title: the known name "General Motors" keeps it when a legal suffix follows
    expect(names("General Motors Corp. said it will invest $386 million in Brazil.", "en")).toEqual([
      "General Motors Corp",
    ]);
  });

  it("a state body's head joined by 'de' before the words an acronym spells still names a body ('Secretaria de Desenvolvimento Econômico do Estado (SDE)')", () => {
    const text = "A informação foi divulgada pela Secretaria de Desenvolvimento Econômico do Estado (SDE), ontem.";
    expect(findAcronyms(text).has("SDE")).toBe(false);
    expect(nonOrgAcronyms(text).has("sde")).toBe(true);
  });

  it("a long form of the language's frequent lower-case words alone ('Produto Interno Bruto') names no firm; one with a company word does", () => {
    expect(findAcronyms("O Produto Interno Bruto (PIB) do país cresceu.", "pt").has("PIB")).toBe(false);
    expect(findAcronyms("A Companhia Siderúrgica Nacional (CSN) cresceu.", "pt").get("CSN")).toBe(
      "Companhia Siderúrgica Nacional",
    );
  });

  it("a capitalized joining word spells no letter of an acronym ('Agência Nacional Para o Investimento Privado (ANIP)' is a body's)", () => {
    const text = "O contrato foi assinado com a Agência Nacional Para o Investimento Privado (ANIP) ontem.";
    expect(nonOrgAcronyms(text).has("anip")).toBe(true);
  });

  it("the government and parliament are state bodies, no firms ('o Executivo vai investir', 'el Parlamento aprobó')", () => {
    expect(names("Ontem, o Executivo vai investir 5 milhões.", "pt")).toEqual([]);
    expect(names("Ayer el Parlamento aprobó la inversión.", "es")).toEqual([]);
  });

  it("Portuguese: 'Unipessoal' is a legal form ending a firm's name", () => {
    expect(strongNames("A fábrica da Veltrano Unipessoal fica em Aveiro.", "pt")).toEqual(["Veltrano Unipessoal"]);
  });

  it("knows acronyms of state bodies and common nouns are not companies", () => {
    const set = nonOrgAcronyms("The Board of Investment (BOI) met. Die Entwicklungszusammenarbeit (EZ) läuft.");
    expect(set.has("boi")).toBe(true);
    expect(set.has("ez")).toBe(true);
  });

  it("reads the words an acronym spells, joining words between them included", () => {
    // "Secretaría" is the state word; the last three words alone ("de Relaciones Exteriores") missed it
    expect(nonOrgAcronyms("informó la Secretaría de Relaciones Exteriores (SRE).").has("sre")).toBe(true);
    expect(nonOrgAcronyms("the Public Investment Fund (PIF) said").has("pif")).toBe(false);
  });

  it("keeps an acronym whose long form ends in a capitalized company word ('Immobilien-Gesellschaft (BRX)'), not a lower-case one", () => {
    expect(nonOrgAcronyms("Bauherr wird eine in Bremen ansässige Immobilien-Gesellschaft (BRX) sein.").has("brx")).toBe(
      false,
    );
    expect(nonOrgAcronyms("la Compagnie nationale des engrais azotés (CNEA) investira.").has("cnea")).toBe(false);
    expect(nonOrgAcronyms("the country's sovereign wealth fund (SWF) said").has("swf")).toBe(true);
  });

  it("reads a long form within its sentence, and a German ministry in the genitive as a state body", () => {
    const text =
      "Investitionen in Chemie und Maschinenbau.\nNach Angaben des Handelsministeriums Chinas (MOFCOM) wurden 59.080 Unternehmen gezählt.";
    // the long form no longer reaches back over "Maschinenbau." into the sentence before
    expect(findAcronyms(text).has("MOFCOM")).toBe(false);
    // a long form with fewer words than the acronym has letters is read whole (it was read from its last word only)
    expect(nonOrgAcronyms(text).has("mofcom")).toBe(true);
    expect(findAcronyms("Das Werk der Oxford Photovoltaics Ltd. (OPV) steht.").get("OPV")).toBe(
      "Oxford Photovoltaics Ltd.",
    );
  });
});

describe("sentence-initial words trusted only for the verb after them", () => {
  const first = (text: string, lang: string) => findOrgs(text, 0, lang, new Set())[0];
  it("reads Polish 'są' as a verb, not the legal suffix SA", () => {
    const orgs = findOrgs(
      "Można wejść na rynek słowacki. - Koszty są porównywalne do Polski - tłumaczy prezes.",
      0,
      "pl",
      new Set(),
    );
    expect(orgs.filter((o) => o.name === "Koszty" && o.strong)).toEqual([]);
  });
  it("keeps a real cue: a legal suffix or a descriptor in apposition", () => {
    expect(first("Orlen SA buduje nową fabrykę w Czechach.", "pl")?.verbOnly).toBeUndefined();
    expect(first("Chobani, a Greek yogurt giant, announced a plant.", "en")?.verbOnly).toBeUndefined();
  });
  it("reads an apostrophe typed for a final accent as part of the word before the name ('societa’ Agroverde')", () => {
    expect(first("Il progetto della societa’ Verdolina, che prevede un impianto.", "it")).toMatchObject({
      name: "Verdolina",
    });
    expect(first("Il progetto della societa’ Verdolina, che prevede un impianto.", "it")?.verbOnly).toBeUndefined();
  });
  it("does not take an adverb with a distant descriptor as an appositive name", () => {
    expect(first("Obecnie, na jej obszarze prowadzą działalność 183 firmy.", "pl")).toBeUndefined();
  });
});

describe("long forms of acronyms", () => {
  it("keeps joining words inside the long form", async () => {
    const { findAcronyms } = await import("./names");
    const m = findAcronyms(
      "80 millones con el Banco Centroamericano de Integración Económica (BCIE) y la Abu Dhabi Investment Authority (ADIA).",
    );
    expect(m.get("BCIE")).toBe("Banco Centroamericano de Integración Económica");
    expect(m.get("ADIA")).toBe("Abu Dhabi Investment Authority");
  });
});

describe("people named by first name and office", () => {
  it("knows the surname alone once the article named the person by office", () => {
    const p = findPersons(
      "Así lo anunció el presidente del Gobierno de Aragón, Javier Lambán, en su visita. Lambán dijo que la planta abrirá en 2025.",
    );
    expect(p.has("lamban")).toBe(true);
  });
  it("reads a name that a comma and an office follow as a person's ('Solange Amichia, directrice générale de …')", () => {
    expect(names("D’après Solange Amichia, directrice générale de l’agence, le projet avance.", "fr")).toEqual([]);
    expect(names("Según Pablo Fernández del Busto, director de la cadena, el hotel abrirá.", "es")).toEqual([]);
  });
  it("does not take a firm named like a person for one", () => {
    const p = findPersons("James Hardie will build a plant in Kaukapakapa, the building materials group said.");
    expect(p.has("hardie")).toBe(false);
  });
});

describe("a name head with a country is a name", () => {
  it("keeps 'Grupo México' whole", () => {
    expect(names("En el 2012, Grupo México invirtió 134 millones de dólares en Perú.", "es")).toContain("Grupo México");
  });
});

describe("glued figures and short Turkish codes", () => {
  it("finds no name in figures glued to a word or in a currency code with a Turkish suffix", () => {
    expect(names("O investimento de 42De acordo com a Vale será feito no Peru.", "pt")).not.toContain("42De");
    expect(names("Şirket 500 milyon TL'lik yatırımla Manisa'da fabrika kuracak.", "tr")).not.toContain("TL'lik");
    expect(names("3M will invest $500 million in a plant in Texas.", "en")).toContain("3M");
  });

  it("reads an acronym with a plural's 's' as things, not a firm ('two memorandums of understanding (MoUs)', '9,000 TEUs')", () => {
    expect(names("The authority signed two MoUs with Acme Holding worth $133 million.", "en")).toEqual([
      "Acme Holding",
    ]);
    expect(names("The terminal will handle vessels of up to 9,000 TEUs, Adani Ports said.", "en")).not.toContain(
      "TEUs",
    );
  });
});

describe("a word cut at its hyphen", () => {
  it("reads a word cut at its hyphen before 'and' or 'or' as a compound's first part, no name ('Schifffahrts- und Logistikunternehmen')", () => {
    const found = names(
      "Das dänische Schifffahrts- und Logistikunternehmen Maersk plant Investitionen in Nigeria.",
      "de",
    );
    expect(found).not.toContain("Schifffahrts");
    expect(found).toContain("Maersk");
  });
});

describe("a person's title in brackets", () => {
  it("reads letters after a person's name that spell none of its words as the person's title ('John Nevergole (DG)')", () => {
    const text = "Fondé par Mohamed Kéïta (PDG) et John Nevergole (DG), ABD Group investit en Afrique.";
    expect(nonOrgAcronyms(text).has("dg")).toBe(true);
    expect(nonOrgAcronyms(text).has("pdg")).toBe(true);
    expect(nonOrgAcronyms("Le fonds John Keells Holdings (JKH) investit.").has("jkh")).toBe(false);
  });
});

describe("programmes", () => {
  it("reads a capitalized name before 'programme' or 'regime' as the programme's, not a firm's", () => {
    expect(names("Other companies that have applied for the RIGI programme include Ganfeng.", "en")).not.toContain(
      "RIGI",
    );
  });
});

describe("speakers named after an office", () => {
  it("reads two capitalized words between an office and 'said' as a person, whatever the first name", () => {
    const text =
      "Indonesia has secured an investment from EDGNEX, Minister of Communication and Digital Affairs Meutya Hafid said on Thursday. Meutya said that the investment would be used to build data centres.";
    expect(findPersons(text).has("meutya")).toBe(true);
    expect(findPersons("Volkswagen Group said on Monday it would invest.").size).toBe(0);
  });
});

describe("abbreviations of lower-case words", () => {
  it("reads an acronym defined by lower-case words as a thing, not a firm", () => {
    expect(nonOrgAcronyms("a bottling plant with a capacity of 36,000 plastic bottles (PET) per hour").has("pet")).toBe(
      true,
    );
    expect(nonOrgAcronyms("Saudi Arabia's Public Investment Fund (PIF) signed an agreement").has("pif")).toBe(false);
  });
});

describe("a stock exchange", () => {
  const names = (s: string, lang: string) => findOrgs(s, 0, lang, new Set(), new Set(), new Set()).map((o) => o.name);
  it("is where a firm is listed, no firm of its own ('la Bolsa de Santiago')", () => {
    expect(
      names("La empresa Metales Sur, que cotiza en la Bolsa de Madrid, comprará una planta en Chile.", "es"),
    ).not.toContain("Bolsa de Madrid");
  });
});

describe("a word joined by 'and' to a state body's name", () => {
  const names = (s: string, lang: string) => findOrgs(s, 0, lang, new Set(), new Set(), new Set()).map((o) => o.name);
  it("ends that name and is no firm of its own", () => {
    expect(
      names("Polska Agencja Inwestycji i Handlu poinformowała, że trafiło do Polski 126 inwestycji.", "pl"),
    ).toEqual([]);
    expect(names("El Ministerio de Industria y Turismo anunció que Meliá invertirá 50 millones.", "es")).toEqual([
      "Meliá",
    ]);
  });
  it("leaves firms joined by 'and' alone", () => {
    expect(names("Grupo Bimbo y Cinépolis invertirán 50 millones en Brasil.", "es")).toEqual([
      "Grupo Bimbo",
      "Cinépolis",
    ]);
  });
});

describe("an office's holder set off by commas", () => {
  it("is a person, whatever the first name", () => {
    expect([...findPersons("Selon le ministre des Mines, Abdoulaye Magassouba, ce projet est ambitieux.")]).toContain(
      "magassouba",
    );
    expect([...findPersons("Le président de la région, Renaud Muselier, a salué le projet.")]).toContain(
      "renaud muselier",
    );
    expect([
      ...findPersons("Earlier, US Secretary of Commerce, GINA RAIMONDO, said the summit will see 14 deals."),
    ]).toContain("raimondo");
  });
  it("after a capitalized office complement, with a particle in the name, up to eight words after the office", () => {
    expect([
      ...findPersons("Lo ha detto il ministro degli Esteri, Luigi Di Maio, parlando a margine della visita."),
    ]).toContain("luigi di maio");
    expect([
      ...findPersons(
        "Le montant des accords que le ministre de l’Economie et des Finances ivoirien, Adama Coulibaly a signé.",
      ),
    ]).toContain("adama coulibaly");
  });
  it("not when no office stands before the comma", () => {
    expect([
      ...findPersons("Volkswagen will build plants in Hungary, Poland and Slovakia, Autoland Nord also."),
    ]).toEqual([]);
  });
});

describe("Dutch place adjectives", () => {
  it("reads 'de Aalsmeerse kassenbouwer' as an adjective, not a firm", () => {
    expect(
      names("Door de onrust stelt de Aalsmeerse kassenbouwer en installateur Bosman de beslissing uit.", "nl"),
    ).toEqual(["Bosman"]);
    expect(names("Nog dit jaar wil de Veldhovense chipmachinefabrikant 100 miljoen euro investeren.", "nl")).toEqual(
      [],
    );
  });
});

describe("a frequent word after a colon", () => {
  it("reads 'Investissement : Plus de 30 millions' as no firm", () => {
    expect(names("2. Ipsophène à Toulouse : Investissement : Plus de 30 millions d'euros.", "fr")).not.toContain(
      "Plus",
    );
  });
});

describe("a competitor word names a firm", () => {
  it("reads 'Der Konkurrent Renault' and 'rival Airbus' as firms", () => {
    expect(names("Der Konkurrent Renault hat 2012 ein Werk in Marokko eröffnet.", "de")).toContain("Renault");
    expect(names("Der Wettbewerber Lidl baut ein Lager.", "de")).toContain("Lidl");
  });
});

describe("people after an office", () => {
  it("finds a first name that follows another capitalized word ('Presidencia José Luis Lupo')", () => {
    const t =
      "El ministro de la Presidencia José Luis Lupo brindó detalles sobre los créditos. Lupo mencionó que llegarán más.";
    expect([...findPersons(t)]).toContain("lupo");
    expect(names(t, "es")).not.toContain("Lupo");
  });
});

describe("English industry heads in names", () => {
  it("reads 'Huaxin Cement' in German text as a firm", () => {
    expect(names("Käufer des Geschäfts in Nigeria sei Huaxin Cement, hiess es weiter.", "de")).toEqual([
      "Huaxin Cement",
    ]);
  });
});

describe("a descriptor with adjectives or an 'of' complement before a name", () => {
  const strong = (t: string, lang: string) =>
    Object.fromEntries(findOrgs(t, 0, lang, new Set(), new Set(), new Set()).map((o) => [o.name, o.strong]));
  it("makes the name a firm", () => {
    expect(strong("Ukraińska firma farmaceutyczna Farmak zakończyła przejęcie.", "pl")["Farmak"]).toBe(true);
    expect(strong("L’azienda italiana di abbigliamento Calzedonia investirà in Etiopia.", "it")["Calzedonia"]).toBe(
      true,
    );
    expect(strong("Un accord avec le groupe français, Roullier, a été signé.", "fr")["Roullier"]).toBe(true);
  });
  it("not across another function word or with no content word", () => {
    expect(strong("De focus lag op negen andere terminals in de Rotterdamse haven.", "nl")["Rotterdamse"]).not.toBe(
      true,
    );
    expect(strong("Québec accorde 12 M$ à six entreprises du Saguenay.", "fr")["Saguenay"]).not.toBe(true);
  });
});

describe("a capitalized descriptor opening the sentence", () => {
  it("marks the firm even when the stopword list holds it or the name is a frequent word", () => {
    expect(names("O Grupo Hoti Hotéis, com 20 hotéis, vai avançar com a construção.", "pt")).toEqual(["Hoti Hotéis"]);
    expect(names("O Grupo Pestana, que tem 20 hotéis, vai avançar.", "pt")).toEqual(["Pestana"]);
  });
});

describe("Turkish company-name heads", () => {
  it("reads 'Fertuna Grup' and 'Arfem Alüminyum' as firms", () => {
    const strong = (t: string) =>
      Object.fromEntries(findOrgs(t, 0, "tr", new Set(), new Set(), new Set()).map((o) => [o.name, o.strong]));
    expect(strong("Batum’da Turkmall ve Fertuna Grup tarafından yapılacak proje.")["Fertuna Grup"]).toBe(true);
    expect(strong("Yatırımla inşa edilen Arfem Alüminyum fabrikası açıldı.")["Arfem Alüminyum"]).toBe(true);
  });
});

describe("Turkish words that look like names", () => {
  it("drops a compass word left of a region, a place's '-li' adjective and headline words in capitals", () => {
    expect(names("Şirket, Kuzey Amerika'daki tesislerine yatırım yapacak.", "tr")).toEqual([]);
    expect(names("The company said North America will get more.", "en")).toEqual([]);
    expect(names("Ürünler başlıca Avrupalı alıcılara satılacak.", "tr")).toEqual([]);
    expect(names("Geçen ay Suudi Arabistanlı bir fon ilgilendi.", "tr")).toEqual([]);
    expect(names("YATIRIM 2 YIL SÜRECEK", "tr")).toEqual([]);
    expect(names("FABRİKAYA 50 MİLYON EURO HARCANDI", "tr")).toEqual([]);
    expect(names("Bu yıl ASELSAN yeni fabrika kuracak.", "tr")).toContain("ASELSAN");
    expect(names("Yeni yatırım, bölgenin enerji talebini karşılayacak.", "tr")).toEqual([]);
  });
  it("drops state bodies, agencies, associations and the central bank", () => {
    expect(names("Bu yıl Ege Kalkınma Ajansı yatırımcı arıyor.", "tr")).toEqual([]);
    expect(names("Toplantıya Genç İşadamları Derneği de katıldı.", "tr")).toEqual([]);
    expect(names("Piyasalar bu hafta Merkez Bankası kararını bekliyor.", "tr")).toEqual([]);
  });
});

describe("Turkish registered names", () => {
  it("keep 'Sanayi ve Ticaret' up to the legal form, whose suffix after an apostrophe is no part of it", () => {
    expect(names("Holding, Acme Boya Sanayi ve Ticaret A.Ş’yi satın aldı.", "tr")).toContain(
      "Acme Boya Sanayi ve Ticaret A.Ş",
    );
    expect(names("Şirket, Delta Gıda Sanayi ve Ticaret Anonim Şirketi’nin paylarını aldı.", "tr")).toContain(
      "Delta Gıda Sanayi ve Ticaret Anonim Şirketi",
    );
    expect(names("Bu yıl Arçelik ve Vestel yatırım yaptı.", "tr")).toEqual(["Arçelik", "Vestel"]);
  });
});

describe("a surname after a particle", () => {
  it("goes on the person just named ('Lula da Silva'), a firm after 'da' stays", () => {
    const t = "O presidente Mário Quintela da Costa disse que a Acme vai investir.";
    expect(names(t, "pt")).not.toContain("Costa");
    expect(names("A unidade da Acme vai abrir em breve.", "pt")).toContain("Acme");
  });
});

describe("German compounds that open with a name", () => {
  it("'die neuen Kaufland-Filialen' does not make 'Kaufland' a common noun", () => {
    const t =
      "Kaufland setzt seine Expansion fort und übernimmt drei Standorte in Polen. Am 13. Februar eröffnen die neuen Kaufland-Filialen.";
    expect(germanCommonNouns(t).has("kaufland")).toBe(false);
  });
});

describe("an apposition that opens with a descriptor the stopword list holds", () => {
  it("'Katara Hospitality, gruppo internazionale con sede a Doha,' is a firm", () => {
    expect(names("Katara Hospitality, gruppo internazionale con sede a Doha, ha concluso un accordo.", "it")).toEqual([
      "Katara Hospitality",
    ]);
  });
});

describe("an apposition set off by dashes", () => {
  it("'a Velmora - fabricante de embalagens - decidiu investir' makes Velmora a firm", () => {
    expect(
      strongNames("No Ceará, a Velmora - fabricante de embalagens - decidiu investir R$ 90 milhões.", "pt"),
    ).toContain("Velmora");
  });
});

describe("a copula and a descriptor after the name", () => {
  it("'Marubeni es igualmente un holding nipón' makes Marubeni a firm", () => {
    const strong = (t: string, lang: string) =>
      Object.fromEntries(findOrgs(t, 0, lang, new Set(), new Set(), new Set()).map((o) => [o.name, o.strong]));
    expect(strong("Marubeni es igualmente un holding nipón que invierte en el cobre.", "es")["Marubeni"]).toBe(true);
    expect(strong("Acme is a small chemical company from Ohio.", "en")["Acme"]).toBe(true);
  });
});

describe("the languages' business abbreviations", () => {
  const names = (s: string, lang: string) => findOrgs(s, 0, lang, new Set(), new Set(), new Set()).map((o) => o.name);
  it("are no firms: turnover, small firms, renewables, VAT", () => {
    expect(names("Le groupe français Safran (100 000 salariés ; 27,3 Md€ de CA) a choisi le parc.", "fr")).toEqual([
      "Safran",
    ]);
    expect(names("Les PME investissent 20 millions d'euros.", "fr")).toEqual([]);
    expect(names("Inwestycje w OZE wyniosą 2 mld zł.", "pl")).toEqual([]);
    expect(names("As PMEs vão investir 20 milhões de reais.", "pt")).toEqual([]);
    expect(names("Las pymes invertirán 20 millones y el IVA sube.", "es")).toEqual([]);
  });
  it("Portuguese: the tails of firms' names are no firms on their own", () => {
    expect(names("A empresa Kosse e Filhos investiu 127 milhões de kwanzas.", "pt")).toEqual(["Kosse"]);
    expect(
      names("O Frigorífico Goiás, da N&R Empreendimentos e Participações Ltda, abrirá uma sede.", "pt"),
    ).not.toContain("Participações Ltda");
  });
  it("Portuguese: Brazil's macro-regions and the statistics institute are no firms", () => {
    expect(names("A escolha do Nordeste para construir a unidade foi feita pela Terphane.", "pt")).toEqual([
      "Terphane",
    ]);
    expect(names("A empresa cresce no Sudeste e no Centro-Oeste.", "pt")).toEqual([]);
    expect(names("Nas estatísticas hoje publicadas, o INE revê em alta as exportações.", "pt")).toEqual([]);
  });
});

describe("lowerTail reads the lower-case words that end a text as the regex it replaces does", () => {
  const RE = /((?:\p{Ll}[\p{Ll}-]*\s+){0,7}\p{Ll}[\p{Ll}-]*)\s*[,(]?\s*$/u;
  const byRegex = (s: string) => RE.exec(s)?.[1].split(/\s+/) ?? null;
  it.each([
    "",
    "la empresa de ingeniería ",
    "le groupe français, ",
    "un deux trois quatre cinq six sept huit neuf dix ",
    "Xabc def (",
    "foo -abc ",
    "a-b - c ,  ",
    "ends with Capital ",
    "spaced\u00a0out\u2003words ",
    "a 𝑎 letter beyond the BMP ",
    "trailing, (",
  ])("%j", (s) => {
    expect(lowerTail(s)).toEqual(byRegex(s));
  });
});

describe("French person names and common words", () => {
  it("French and francophone African first names open a person's name, not a firm's", () => {
    expect(names("Le groupe dirigé par Alexandre Bompard rachète Supersol.", "fr")).toEqual(["Supersol"]);
    expect(names("Détenue par Jean-Claude Mimran, Sonacos investit.", "fr")).toEqual(["Sonacos"]);
    expect(names("Selon Mamadou Diallo, Sonatel investit.", "fr")).toEqual(["Sonatel"]);
  });
  it("French: 'IA', 'VIH', 'Sida' are common nouns, and 'l'Hexagone' is France, not a firm", () => {
    expect(
      names("La start-up Sesterce loue des serveurs pour les IA et la lutte contre le VIH et le Sida.", "fr"),
    ).toEqual(["Sesterce"]);
    expect(names("En 2022, l'Hexagone a attiré 1725 projets.", "fr")).toEqual([]);
  });
});

describe("list items that open with a name and its amount", () => {
  it("reads the name after a bullet and before its amount as a firm", () => {
    expect(strongNames("- Tecnofarma Nova, de 40 milhões de euros, para uma nova fábrica em Braga.", "pt")).toContain(
      "Tecnofarma Nova",
    );
    expect(strongNames("• Delmar Foods: 25 millones de euros para ampliar su planta.", "es")).toContain("Delmar Foods");
  });
  it("leaves a bullet's opening words alone when no amount follows", () => {
    expect(strongNames("- Novas Regras, para todos os setores da economia.", "pt")).not.toContain("Novas Regras");
  });
});

describe("Turkish: the firm before its officer's title", () => {
  it("reads the firm before 'Yönetim Kurulu Başkanı' and a person's name", () => {
    const n = names("Yurtsever Holding Yönetim Kurulu Başkanı Ahmet Yılmaz yeni yatırımları anlattı.", "tr");
    expect(n).toContain("Yurtsever Holding");
    expect(n).not.toContain("Ahmet Yılmaz");
  });
  it("takes no ministry's portfolio before a minister's title", () => {
    expect(names("Enerji Bakanı Ahmet Yılmaz yeni yatırımları anlattı.", "tr")).not.toContain("Enerji");
  });
});

describe("Turkish: a name before 'tarafından' (by)", () => {
  it("reads the sentence's first words before 'tarafından' as a firm", () => {
    expect(strongNames("Yurtkaya Seramik tarafından kurulan fabrika Kişinev'de açıldı.", "tr")).toContain(
      "Yurtkaya Seramik",
    );
  });
});

describe("a code opening a firm's name", () => {
  it("reads 'P7 Storage Systems' after a descriptor as a firm, a model code alone as none", () => {
    expect(names("Il magazzino sarà realizzato dalla società P7 Storage Systems a Bologna.", "it")).toContain(
      "P7 Storage Systems",
    );
    expect(names("La nuova A3 sarà prodotta a Ingolstadt.", "it")).not.toContain("A3");
  });
});

describe("German names written in lower case", () => {
  const lowerNames = (text: string) =>
    findOrgs(text, 0, "de", new Set(), new Set(), germanCommonNouns(text), lowerCaseNames(text)).map((o) => o.name);

  it("reads a lower-case word after an article and a descriptor as a name the article writes in lower case", () => {
    const text = "Der Versandhändler qx baut ein Lager. Ein qx-Sprecher bestätigte das.";
    expect(lowerCaseNames(text)).toEqual(new Set(["qx"]));
    expect(lowerNames(text)).toContain("qx");
    expect(lowerNames("Der Anbieter e-cloudy hat ein Gebäude eröffnet.")).toContain("e-cloudy");
  });

  it("reads a German text's lower-case first word before its verb as a name", () => {
    const text = "acmetech will 50 Mio. Euro in ein Werk investieren. Die acmetech baut damit aus.";
    expect(lowerCaseNames(text)).toEqual(new Set(["acmetech"]));
    expect(lowerNames(text)).toEqual(["acmetech"]);
    // a later sentence, read on its own, that opens with its article and the name
    const later = findOrgs(
      "Die acmetech baut damit aus.",
      0,
      "de",
      new Set(),
      new Set(),
      new Set(),
      lowerCaseNames(text),
    );
    expect(later.map((o) => o.name)).toEqual(["acmetech"]);
    // a lower-case opener with no verb after it stays unread
    expect(lowerNames("acmetech: neue Werke in Sicht.")).toEqual([]);
  });

  it("takes no ordinary lower-case word after a descriptor", () => {
    expect(lowerNames("Der Konzern investiert in ein Werk. Das Unternehmen zu verkaufen, lehnte er ab.")).toEqual([]);
    // a lower-case brand with no article and descriptor before it stays unread
    expect(lowerNames("Laut qx-Angaben baut qx ein Lager.")).toEqual([]);
  });
});

describe("a price between a name and its verb", () => {
  it("reads 'X za … mln zł wybuduje' as a firm and its verb in Polish", () => {
    expect(names("Brodex za około 12 mln zł wybuduje w Kielcach nową halę.", "pl")).toContain("Brodex");
    expect(names("Brodex za 3,5 mln euro rozbuduje zakład.", "pl")).toContain("Brodex");
  });

  it("needs the verb right after the price", () => {
    expect(names("Brodex za 12 mln zł, czyli drogo.", "pl")).not.toContain("Brodex");
  });
});

describe("names listed beside firms", () => {
  it("a list of four or more names with two firms in it: all are firms", () => {
    const t = "Foram assinados os contratos de Zorvek, NovaTherm, Orlando, Brixa e Kestrel PharmaLab.";
    expect(strongNames(t, "pt")).toEqual(["Zorvek", "NovaTherm", "Orlando", "Brixa", "Kestrel PharmaLab"]);
  });

  it("a list of places is no list of firms", () => {
    const t = "A empresa NovaTherm abre lojas em Lisboa, Portugal, Madrid e Kestrel PharmaLab.";
    expect(strongNames(t, "pt")).not.toContain("Lisboa");
  });
});

describe("a clause between commas before the name's verb", () => {
  it("reads 'X, controllata da Y, investirà' and 'A X, que pertence ao grupo Y, comprou' as a firm and its verb", () => {
    expect(names("La Ferrocarril, controllata dalla Tarsis, investirà 20 milioni a Brescia.", "it")).toContain(
      "Ferrocarril",
    );
    expect(names("A Ferrocarril, que pertence ao grupo Tarsis, comprou a fábrica.", "pt")).toContain("Ferrocarril");
  });

  it("needs a lower-case clause and the language's own verb after it", () => {
    expect(names("La Ferrocarril, Tarsis e Brodex, investirà 20 milioni.", "it")).not.toContain("Ferrocarril");
    expect(names("Ferrocarril, dentro del valle, a veces.", "es")).not.toContain("Ferrocarril");
  });
});

describe("a subject relative and its verb after the name", () => {
  it("reads 'X que inaugura …', 'X qui va acquérir …' as a firm and its verb", () => {
    expect(
      strongNames("La mayor inversión corresponde a Zentorix que inaugura su primera planta en Apodaca.", "es"),
    ).toEqual(["Zentorix"]);
    expect(
      strongNames("Il s'agit notamment de Malvora qui va acquérir deux nouvelles lignes de production.", "fr"),
    ).toEqual(["Malvora"]);
  });

  it("not where the relative may be the object of an auxiliary's verb, nor for a common word", () => {
    // "che ha acquistato": the name is what the group bought
    expect(strongNames("Un investimento sull'area delle ex Ferrovane che ha acquistato all'asta.", "it")).toEqual([]);
    expect(
      strongNames("La mayor inversión corresponde a Zentorix, que también tiene plantas en Apodaca.", "es"),
    ).toEqual([]);
  });
});

describe("a firm named like a month", () => {
  it("in a language that writes its months in lower case, a capitalized month before the name's verb is a name", () => {
    expect(strongNames("Le fabricant de confiseries au chocolat Mars va investir 130 millions d'euros.", "fr")).toEqual(
      ["Mars"],
    );
    // (no verb of its own after it: a month written the old way)
    expect(names("O saldo das trocas comerciais de Janeiro a Abril cresceu.", "pt")).not.toContain("Janeiro");
  });
});

describe("an elided preposition before a name", () => {
  it("stays a word: a descriptor before 'd'' does not name the place after it", () => {
    expect(strongNames("L'usine sera installée au parc industriel d'Enfidha.", "fr")).toEqual([]);
    expect(strongNames("Le leader industriel Acmex investit.", "fr")).toEqual(["Acmex"]);
    expect(names("La Caisse d'Epargne investit 20 millions d'euros en Tunisie.", "fr")).toEqual(["Caisse d'Epargne"]);
  });
});

describe("a joint venture's noun before its name", () => {
  it("is a descriptor, no part of the name ('das Joint-Venture JAC Volkswagen')", () => {
    expect(names("Die Deutschen betreiben das Joint-Venture Jacvol Motors seit drei Jahren.", "de")).toEqual([
      "Jacvol Motors",
    ]);
  });
});
