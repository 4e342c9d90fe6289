/** Polish words the engine reads (folded: ł→l, ą→a, ę→e, ś→s, ż/ź→z, ó→o, ć→c, ń→n). */
import type { Lexicon } from "./types";

/** Endings of a Polish adjective in -ski/-cki: "niemiecki", "niemiecka", "niemieckiego", … */
const ADJECTIVE_ENDINGS = ["i", "a", "ie", "iego", "iej", "im", "ich", "iemu"];

export const PL: Lexicon = {
  lang: "pl",
  stopWords: [
    "i", "w", "na", "z", "się", "do", "że", "nie", "to", "jest", "o", "od", "po", "przez", "dla", "oraz", "jak", "które",
    "który", "będzie", "ma", "mln", "mld", "zł", "firma", "także", "również", "roku",
  ],
  articles: ["ten", "ta", "to"],
  nameStopWords: [
    "w", "we", "na", "z", "ze", "do", "od", "po", "przez", "dla", "oraz", "i", "a", "ale", "jak", "ten", "ta", "to", "te",
    "jego", "jej", "ich", "wczoraj", "dzis", "dzisiaj", "teraz", "juz", "takze", "rowniez", "wedlug", "podczas", "po",
    "przed", "jednak", "ponadto", "natomiast",
  ],
  notOrgWords: [
    "rzad", "ministerstwo", "panstwo", "miasto", "wojewodztwo", "gmina", "region", "gospodarka", "inwestycja",
    "inwestycje", "fabryka", "zaklad", "mln", "mld", "miliard", "milionow", "zl",
  ],
  orgSuffixes: ["sa", "s.a", "sp", "z o.o", "spolka", "grupa", "holding"],
  orgDescriptors: ["firma", "spolka", "koncern", "producent", "grupa", "gigant", "potentat", "inwestor", "operator", "dostawca", "siec", "przedsiebiorstwo", "wytworca"],
  nameHeads: ["grupa", "bank"],
  personTitles: ["minister", "ministra", "premier", "prezydent", "prezes", "prezeska", "dyrektor", "wiceminister", "wojewoda", "burmistrz", "rzecznik", "pan", "pani", "zalozyciel"],
  stateBodyWords: ["ministerstwo", "rzad", "urzad", "agencja", "komisja", "rada", "sejm", "gmina", "starostwo", "uczelnia", "uniwersytet", "instytut", "kancelaria", "paih"],
  stateBodySuffixes: ["ministerstwo", "urzad", "agencja", "komisja"],
  eventWords: ["szczyt", "konferencja", "kongres", "forum", "targi"],
  continents: ["europa", "afryka", "azja", "ameryka", "ameryka lacinska"],
  corefNouns: ["firma", "spolka", "koncern", "grupa", "producent"],
  corefDeterminers: ["ta", "ten"],
  corefPronouns: ["spółka", "spolka", "koncern"],
  subjectVerbs: [
    "zainwestuje", "inwestuje", "zainwestowala", "zainwestowal", "buduje", "zbuduje", "otworzy", "otworzyla", "przejmie",
    "przejela", "kupi", "kupila", "planuje", "ogłosila", "oglosila", "rozbuduje", "chce", "ma", "podpisala",
  ],
  countryNames: {
    "polska": "PL", "polsce": "PL", "polski": "PL", "niemcy": "DE", "niemczech": "DE", "niemiec": "DE", "turcja": "TR",
    "turcji": "TR", "chiny": "CN", "chinach": "CN", "stany zjednoczone": "US", "stanach zjednoczonych": "US", "usa": "US",
    "czechy": "CZ", "czechach": "CZ", "wegry": "HU", "wegrzech": "HU", "slowacja": "SK", "slowacji": "SK", "francja": "FR",
    "francji": "FR", "hiszpania": "ES", "hiszpanii": "ES", "wlochy": "IT", "wloszech": "IT", "portugalia": "PT",
    "portugalii": "PT", "holandia": "NL", "holandii": "NL", "rumunia": "RO", "rumunii": "RO", "indie": "IN", "indiach": "IN",
    "japonia": "JP", "japonii": "JP", "korea poludniowa": "KR", "korei poludniowej": "KR", "wielka brytania": "GB",
    "wielkiej brytanii": "GB", "ukraina": "UA", "ukrainie": "UA", "litwa": "LT", "litwie": "LT", "belgia": "BE", "belgii": "BE",
    "austria": "AT", "austrii": "AT", "szwecja": "SE", "szwecji": "SE",
  },
  countryAdjectives: Object.fromEntries(Object.entries({
    polsk: "PL", niemieck: "DE", chinsk: "CN", amerykansk: "US", francusk: "FR", hiszpansk: "ES", wlosk: "IT", japonsk: "JP",
    koreansk: "KR", poludniowokoreansk: "KR", brytyjsk: "GB", tureck: "TR", czesk: "CZ", wegiersk: "HU", rumunsk: "RO",
    szwedzk: "SE", szwajcarsk: "CH", austriack: "AT", holendersk: "NL", niderlandzk: "NL", belgijsk: "BE", indyjsk: "IN",
    rosyjsk: "RU", ukrainsk: "UA", portugalsk: "PT", kanadyjsk: "CA", saudyjsk: "SA", tajwansk: "TW", dunsk: "DK",
    norwesk: "NO", finsk: "FI", litewsk: "LT", slowack: "SK", slowensk: "SI", brazylijsk: "BR", meksykansk: "MX",
    australijsk: "AU", izraelsk: "IL", emirack: "AE",
  }).flatMap(([stem, code]) => ADJECTIVE_ENDINGS.map((e) => [stem + e, code]))),

  // --- clauses and roles
  andWords: ["oraz"],
  listAndWords: ["oraz"],
  orWords: ["lub", "albo"],
  contrastWords: ["ale", "podczas gdy", "natomiast"],
  relativeWords: ["gdzie"],
  locationPrepositions: ["w", "we", "do"],
  withWords: ["z", "ze", "wspolnie z", "razem z"],
  byWords: ["przez"],
  fromWords: ["od"],
  possessives: [String.raw`swo(?:j|ja|je|jego|jej|im)`, "jego", "jej"],
  subsidiaryOfWords: [String.raw`sp[oó][lł]ka zale[zż]na`, "czesc grupy"],
  basedInWords: ["z siedziba w"],
  basedSuffixes: [],
  clauseSubjectVerbs: ["zainwestuje", "inwestuje", "buduje", "zbuduje", "otworzy", "przejmie", "kupi", "planuje", "chce"],
  soldWords: ["sprzedal"],
  investorNouns: ["firmy", "inwestorzy", "spolki"],
  personDescriptors: ["miliarder(?:zy)?", "biznesmen(?:i)?", "przedsiebiorc(?:a|y)"],
  marketWords: ["rynek", "rynki", "klient"],
  ownAndWords: ["i", "a"],

  investmentTriggers: [
    "inwest", "zainwest", "zbuduj", "buduj", "budow", "wybuduj", "otworz", "otwarci", "przejm", "przejec", "kupi", "zakup",
    "udzial", "fabryk", String.raw`zaklad(?:u|y|zie|ow|em)?\b`, "rozbudow", "rozbuduj", "uruchom",
  ],
  investmentAmountCues: ["inwest", "budow", "fabryk", String.raw`zaklad(?:u|y|zie|ow|em)?\b`, String.raw`\bna\b`, "projekt", "kwot", "wart"],
  nonInvestmentWords: [
    "przychod", "zysk", "obrot", "sprzedaz", "dotacj", "subwencj", "pozyczk", "kredyt", "pomoc publiczn", "grant", "zamowien",
    "kontrakt", "umowa na dostaw", "licencj", "dywidend", "rocznie",
  ],
  announcementWords: [
    "zainwestuje", "zbuduje", "wybuduje", "otworzy", "przejmie", "kupi", "planuje", "zamierza", String.raw`ma zamiar`,
    "oglosil", "zapowiedzial", "podpisal", "rozbuduje", String.raw`\bbedzie\b`,
  ],
  completionWords: [
    "zainwestowal", "otworzyl", "otwarto", "uruchomil", "przejal", "kupil", "zakonczyl", "oddano do uzytku", "wybudowal",
  ],
  proposalWords: ["rozwaza", "analizuje", "rozmow", "negocjac", "kandydat", "propozycj", "moglaby", "mogłaby", "potencjaln", "zainteresowan"],
  jointVentureWords: ["wspolne przedsiewziecie", "spolka joint venture", "spolke joint venture"],
  stakeWords: ["udzial", "udzialy", "pakiet akcji"],
  acquisitionWords: ["przejm", "przejec", "przejal", String.raw`\bkupi`, "zakup"],
  partnershipWords: ["partnerstw", "wspolprac", "sojusz"],
  expansionWords: ["rozbudow", "rozbuduj", "rozszerz", "zwiekszy", "dodatkow", "istniejac"],
  greenfieldWords: ["nowy", "nowa", "nowe", "nowego", "nowej", "budow"],

  facilityWords: {
    data_center: [String.raw`centr(?:um|a|ach) danych`, String.raw`centrum przetwarzania danych`],
    export_center: [String.raw`centr(?:um|a) eksportow\w*`],
    logistics_center: [String.raw`centr(?:um|a|ach) logistyczn\w*`, String.raw`centr(?:um|a) dystrybucyjn\w*`, String.raw`magazyn\w*`],
    rnd_center: [String.raw`centr(?:um|a) badawcz\w*`, String.raw`centr(?:um|a) badawczo-rozwojow\w*`, String.raw`laboratori\w*`],
    office: [String.raw`siedzib\w*`, String.raw`biur(?:o|a|ze)\b`, String.raw`centr(?:um|a) uslug\w*`],
    energy: [String.raw`elektrown\w*`, String.raw`farm(?:a|y|e) (?:wiatrow|fotowoltaiczn|solarn)\w*`, String.raw`rafineri\w*`],
    mine: [String.raw`kopalni\w*`],
    infrastructure: [String.raw`port\w* lotnicz\w*`, String.raw`lotnisk\w*`, String.raw`kolejow\w*`, String.raw`autostrad\w*`],
    real_estate: [String.raw`hotel\w*`, String.raw`mieszka(?:nia|nie|n)\b`, String.raw`osiedl\w*`],
    retail: [String.raw`sklep\w*`, String.raw`centr(?:um|a) handlow\w*`],
    factory: [String.raw`fabryk\w*`, String.raw`zaklad(?:y|zie|u|ow|em)? produkcyjn\w*`, String.raw`zaklad(?:u|y|zie|ow|em)?\b`, String.raw`montowni\w*`],
  },
  genericSiteWords: ["obiekt", "obiektu", "instalacja", "instalacji"],

  numberWords: {
    jeden: 1, jedna: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, piec: 5, szesc: 6, siedem: 7, osiem: 8, dziewiec: 9,
    dziesiec: 10, dwadziescia: 20, sto: 100, poltora: 1.5, pol: 0.5,
  },
  scaleWords: {
    tys: 1e3, tysiace: 1e3, tysiecy: 1e3, milion: 1e6, miliony: 1e6, milionow: 1e6, mln: 1e6, miliard: 1e9, miliardy: 1e9,
    miliardow: 1e9, mld: 1e9, bilion: 1e12, billion: 1e12,
  },
  currencyWords: {
    zl: "PLN", zlotych: "PLN", zlote: "PLN", zloty: "PLN", euro: "EUR", dolarow: "USD", dolary: "USD", dolar: "USD",
    funtow: "GBP",
  },
  percentWords: ["procent", String.raw`proc\.`],

  months: {
    styczen: 1, luty: 2, marzec: 3, kwiecien: 4, maj: 5, czerwiec: 6, lipiec: 7, sierpien: 8, wrzesien: 9, pazdziernik: 10,
    listopad: 11, grudzien: 12, stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8,
    wrzesnia: 9, pazdziernika: 10, listopada: 11, grudnia: 12, styczniu: 1, lutym: 2, marcu: 3, kwietniu: 4, maju: 5,
    czerwcu: 6, lipcu: 7, sierpniu: 8, wrzesniu: 9, pazdzierniku: 10, listopadzie: 11, grudniu: 12,
  },
  weekdays: {
    niedziela: 0, niedziele: 0, poniedzialek: 1, wtorek: 2, sroda: 3, srode: 3, czwartek: 4, piatek: 5, sobota: 6, sobote: 6,
  },
  todayWords: ["dzis", "dzisiaj"],
  yesterdayWords: ["wczoraj"],
  lastWeekWords: ["w zeszlym tygodniu", "w ubieglym tygodniu", "w tym tygodniu"],
  lastMonthWords: ["w zeszlym miesiacu", "w ubieglym miesiacu"],
  deadlineWords: ["do", "do roku", "do konca"],
  monthPrepositions: ["w", "we"],
  yearPrepositions: ["w"],
  yearNouns: ["roku"],

  boilerplateCues: ["czytaj (?:takze|też|tez|rowniez|również)", "zobacz (?:takze|też|tez|rowniez|również)", "wszelkie prawa zastrzezone", "wszelkie prawa zastrzeżone"],
  relatedHeadings: ["czytaj (?:takze|też|tez|rowniez|również)", "zobacz (?:takze|też|tez)", "czytaj wiecej", "czytaj więcej"],
  aboutHeadings: ["o firmie", "o spolce", "o spółce"],
  abbreviations: ["mln", "mld", "tys", "zl", "proc", "ul", "sp", "r", "ok"],

  typicalLetters: [String.raw`[ąęłńśźż]`],
};
