/**
 * The shape every language's lexicon fills. Words are folded (lower case, accents dropped, ß→ss, ł→l)
 * unless a key says "sources": those are regex sources, matched case-insensitively on raw and folded text
 * alike, so they spell both the accented and the folded form where they differ ("eröffn", "eroffn").
 * The engine unions the languages where it works language-agnostically and picks one language where it
 * knows it (a German "plant" is a plan, an English one a factory).
 */
import type { FacilityType } from "../types";

export type FacilityWordType = Exclude<FacilityType, "other">;

export type Lexicon = {
  /** ISO 639-1 code */
  lang: string;
  /** the one country whose news the language is written for, taken as the target where an article names no country
   * but its investors' homes ("Ekol Lojistik … Gebze'de"); null where several countries share the language */
  homeCountry: string | null;
  /** where several countries share the language, the one an article is about when it names no country and no place
   * the engine knows ("Dorsten: Arvato investiert 30 Mio. Euro in neues Logistikzentrum": German local news, where
   * Austrian and Swiss news name their towns) */
  unnamedCountry?: string;

  // --- language detection and names
  /** frequent function words, for language detection (raw lower case, accents kept) */
  stopWords: string[];
  /** definite and indefinite articles ("der", "the", "la", "het"), folded */
  articles: string[];
  /** words that never start or end a name: articles, pronouns, prepositions, sentence-initial adverbs */
  nameStopWords: string[];
  /** capitalized words that are no organization: common headline nouns, institutions, units */
  notOrgWords: string[];
  /** legal forms and name heads that end or mark a company name ("GmbH", "Group", "S.A.") */
  orgSuffixes: string[];
  /** nouns that describe a company and precede or follow its name ("Konzern", "carmaker", "empresa") */
  orgDescriptors: string[];
  /** descriptor nouns that may begin a company's own name ("Grupo Bimbo", "Société Générale") */
  nameHeads: string[];
  /** titles and roles: the name after them is a person ("Minister", "CEO", "Präsident") */
  personTitles: string[];
  /** titles before a person's name as the text writes them, case kept ("President", "Präsident", "Prezes"), sources */
  personTitlesBeforeName: string[];
  /** heads of hyphen compounds whose first part is a company ("Tesla-Fabrik", "Tesla-factory"), case kept */
  companyCompoundHeads: string[];
  /** heads of a person's office: a name that carries one is a person speaking ("minister", "prezes"), sources */
  officeTitles: string[];
  /** compass words before a region ("West", "Süd", "Południowa"), sources */
  compassWords: string[];
  /** the particles between a person's given names and surname ("da", "dos", "von"), as written: "Lula da Silva" is one
   * person, "Silva" no firm */
  surnameParticles: string[];
  /** trade words after "and" inside a registered name that runs on to its legal form ("Sanayi ve Ticaret A.Ş."), folded */
  registeredNameTradeWords: string[];
  /** legal forms that end such a registered name ("A.Ş", "Ltd", "Şti"), folded, without a final dot */
  registeredNameLegalForms: string[];
  /** world regions beyond the continents ("Nahost", "Gulf", "Balkany"), sources */
  regionWords: string[];
  /** plural nouns for a nation's people ("Chinesen", "Koreańczycy", "les Allemands"): no firm's name, folded */
  demonymNouns: string[];
  /** international organizations and lenders as the language names them ("Weltbank", "FMI"), folded sources */
  internationalBodies: string[];
  /** words that make a name a body of the state, not an investor ("Ministerium", "agency", "council") */
  stateBodyWords: string[];
  /** noun endings of compound state bodies ("…ministerium", "…kommission"), folded */
  stateBodySuffixes: string[];
  /** nouns naming an event; a capitalized run beside them is its title ("sommet Choose France") */
  eventWords: string[];
  /** continents and world regions, never an organization */
  continents: string[];
  /** nouns that point back to the company in focus ("der Konzern", "the company") */
  corefNouns: string[];
  /** determiners before such a noun ("der", "the", "its") */
  corefDeterminers: string[];
  /** subject pronouns that point back to the company in focus ("it", "er", "elle") */
  corefPronouns: string[];
  /** verbs that follow a company as its subject ("invests", "baut", "invertirá") */
  subjectVerbs: string[];
  /** country names and inflected forms beyond i18n-iso-countries ("USA", "w Polsce") → alpha-2 */
  countryNames: Record<string, string>;
  /** words that start a place name of its own around another place's name ("Nova Odessa", "New Delhi"), folded */
  placeNamePrefixes: string[];
  /** country adjectives and demonyms, folded, with their inflected forms ("niemiecki", "Duitse") → alpha-2 */
  countryAdjectives: Record<string, string>;

  // --- clauses and roles (sources)
  /** "and" between clauses or list items, in every language's text (folded sources) */
  andWords: string[];
  /** "and" in a list of names or countries ("A, B und C", "as well as") */
  listAndWords: string[];
  /** "or" in a list of candidate countries */
  orWords: string[];
  /** "or" and "that is" between two figures of one sum ("200 billion dirhams or $20 bln", "czyli"), regex sources */
  sameSumWords: string[];
  /** "while", "but": a new subject may follow */
  contrastWords: string[];
  /** words that open a side clause ("where", "which", "wo") */
  relativeWords: string[];
  /** words before a country that make it the place of the money ("in", "nach", "w"), folded */
  locationPrepositions: string[];
  /** "with": a partner follows ("together with", "gemeinsam mit") */
  withWords: string[];
  /** "by": the agent of a passive follows */
  byWords: string[];
  /** "from": the seller follows */
  fromWords: string[];
  /** possessive determiners ("its", "seine", "sua") */
  possessives: string[];
  /** "a subsidiary of", "part of": the parent follows */
  subsidiaryOfWords: string[];
  /** "based in", "mit Sitz in": the home country follows */
  basedInWords: string[];
  /** "-based", "-owned" after a country ("UK-based") */
  basedSuffixes: string[];
  /** verbs that follow a new subject in a second clause ("…, and Honda will …"), raw lower case */
  clauseSubjectVerbs: string[];
  /** "according to", "laut": the source of a report follows, not an actor */
  sourceCreditWords: string[];
  /** verbs of raising money, whose subject receives it ("raised", "eingesammelt", "a levé"), folded sources */
  raisedWords: string[];
  /** verbs of receiving money, before the amount ("received $20 million", "erhielt 500 Millionen Euro", "recibe 58,4
   * millones"): their subject gets a grant, subsidy or payment and invests nothing; folded sources */
  receivedWords: string[];
  /** "such as", "zoals": examples follow (customers, peers), not actors */
  exampleWords: string[];
  /** "advised by", "law firm", "loan from", "research by": advisers, lenders and analysts follow, not investors */
  adviserWords: string[];
  /** "will", "wird", "vai": the clause speaks of the future */
  futureWords: string[];
  /** "opened", "eröffnet": with a future word, a plan to open */
  openedWords: string[];
  /** "that", "den", "que" opening a relative clause */
  relativePronouns: string[];
  /** words before a place that set it apart from the one the sentence is about ("aside from the one in Japan") */
  besidesWords: string[];
  /** the language's "in" of place ("in", "w", "dans"): a name right after it is where something is, not who acts */
  inWords: string[];
  /** "is", "es", "è" as written (not folded): "Marubeni es … un holding" describes the name before it */
  copulas: string[];
  /** a subject relative clause about what a firm already has ("which has", "qui exploite", "der … betreibt"), sources */
  existingOpsClauses: string[];
  /** "has plants in", "possède des usines au", "cuenta con operaciones en": sites a firm already has, before their place */
  ownedSitesBefore: string[];
  /** "it", "der Konzern" as the subject of such a clause */
  relativeSubjects: string[];
  /** "bought", "gekauft": a past verb describing the object ("the plant that it bought") */
  pastObjectVerbs: string[];
  /** "division of", "Sparte des": the organization after it is bought or held */
  unitOfWords: string[];
  /** "of", "des" after such a word */
  genitiveWords: string[];
  /** words before a passive agent ("approved by", "financed by") */
  passiveCueWords: string[];
  /** endings of a past participle that can open a sentence ("Estimé à …", "Situado en …"), regex sources */
  participleEndings: string[];
  /** prepositions after such a participle ("à", "en"), folded */
  participlePrepositions: string[];
  /** company nouns before a country adjective ("empresa china") */
  descriptorsBeforeAdjective: string[];
  /** "of", "aus" between a firm and its country ("Edotco Group of Malaysia") */
  ofWords: string[];
  /** titles after a name and a comma ("X, CEO of") */
  titlesAfterName: string[];
  /** "group", "Konzern" after a name: the name is a firm */
  companyHeadNouns: string[];
  /** subject pronouns after "and" ("and it will …", "und er wird …") */
  subjectPronouns: string[];
  /** words after "and" that continue the same subject's commitment ("and will", "und auch", "e vai") */
  sameSubjectContinuations: string[];
  /** "sold", "verkaufte": the organization before them sells (or, passive, is sold: "è stata ceduta") */
  soldWords: string[];
  /** "sold to", "ceduta al", "nelle mani di", "acquired by": the organization right after them buys (folded) */
  buyerAfterWords: string[];
  /** nouns after a country adjective that make it the investors' home ("Chinese companies") */
  investorNouns: string[];
  /** nouns after a country adjective that make it a person's home ("Egyptian billionaire") */
  personDescriptors: string[];
  /** "markets" after a list of country words: where goods are sold ("the Mexican and U.S. markets") */
  salesMarketWords: string[];
  /** "market", "export", "customers": a country list after them is no target */
  marketWords: string[];
  // --- context of a commitment (sources)
  /** definite articles and their contractions ("der", "the", "del", "its"), folded */
  definiteArticles: string[];
  /** founding or signing a joint venture ("gegründet", "set up", "crear") */
  foundingWords: string[];
  /** "jointly", "gemeinsam": the named firms invest together */
  jointlyWords: string[];
  /** "the partners", "beide", "consortium": a later sentence speaks for all partners */
  partnerSetWords: string[];
  /** "holds", "hält": a share split follows ("A hält 51 Prozent") */
  holdingWords: string[];
  /** "each", "je": one share for every firm named */
  eachWords: string[];
  /** a shortlist of candidate places ("engere Auswahl", "shortlisted", "en lice") */
  shortlistWords: string[];
  /** "after" before a list of existing sites ("nach A und B das dritte Werk") */
  afterWords: string[];
  /** "second", "dritte": the n-th site of a firm */
  ordinalWords: string[];
  /** orders and supply contracts: a sale, not an investment */
  supplyWords: string[];
  /** a company-wide spending budget, not a project ("capital expenditure", "Investitionsbudget") */
  budgetWords: string[];
  /** right after a budget word, what makes it one project's cost ("capital expenditure for the project", "gastos de
   * capital del proyecto"): then it is that project's amount, not a company-wide budget */
  projectBudgetWords: string[];
  /** "other", "earlier" before a list of older projects */
  earlierWords: string[];
  /** "projects", "investments" after such a word */
  projectNouns: string[];
  /** the bare stem of "invest" ("invest", "inversi", "yatır", "inwest") */
  investWords: string[];
  /** "build", "baut", "construi" */
  buildWords: string[];
  /** the plain word for a plant ("factory", "Werk", "fábrica") */
  plantNouns: string[];
  /** "named", "called": the name of a vehicle follows */
  namedWords: string[];
  /** "of which", "davon": a share of an amount follows */
  ofWhichWords: string[];
  /** "about", "rund", "ca." before an amount */
  approximateWords: string[];
  /** "already", "bereits": money spent before, not the new commitment */
  alreadyWords: string[];
  /** "said", "announced": the sentence dates an announcement */
  saidWords: string[];
  /** "additional", "also": a further commitment, not a restatement */
  additionalWords: string[];
  /** "site", "Standort", "location": a candidate place for a plant */
  siteWords: string[];
  /** units after a number that make it no amount ("shares", "Tonnen", "jobs") */
  countUnits: string[];
  // --- commitments (sources)
  /** any sign that money or assets are put somewhere ("invest", "baut", "vai investir") */
  investmentTriggers: string[];
  /** the language's "for" ("$2 billion for the plant", "für rund 100 Millionen"): an amount cue only right beside the
   * amount ("profit for the quarter rose to …" is none), sources */
  amountPurposeWords: string[];
  /** words near an amount that make it an investment figure */
  investmentAmountCues: string[];
  /** words near an amount that make it no investment: aid, loan, subsidy, grant, revenue, turnover, order, supply contract, licence */
  nonInvestmentWords: string[];
  /** the investor commits or plans ("will", "plant", "prevé") */
  announcementWords: string[];
  /** already done: opened, completed, acquired ("eröffnet", "inauguró") */
  completionWords: string[];
  /** a deal still waiting for an approval ("subject to regulatory approval", "Zustimmung der Kartellbehörden …
   * erforderlich", "sujeto a la aprobación"): announced, not done */
  pendingWords: string[];
  /** land bought for a site still to be built ("acres of land", "Grundstück", "arazi"): a purchase of it is a step of a
   * plan, not a completed investment */
  landWords: string[];
  /** suggested, considered, in talks, a candidate ("erwägt", "in talks", "estudia") */
  proposalWords: string[];
  jointVentureWords: string[];
  stakeWords: string[];
  acquisitionWords: string[];
  partnershipWords: string[];
  expansionWords: string[];
  /** a new site ("new", "neue", "nueva", "build") */
  greenfieldWords: string[];

  // --- facilities (sources)
  facilityWords: Record<FacilityWordType, string[]>;
  // --- places and sites (sources)
  /** words before a facility's city ("in", "bei", "near", "w") */
  cityPrepositions: string[];
  /** "city of", "province of" between such a word and the city */
  placeOfWords: string[];
  /** "the district of Moamba", "provincie Limburg": a word (with its "of") that makes the capitalized name after it a
   * place for the whole article, folded */
  placeNounsBefore: string[];
  /** "Ben Luc district", "Manisa ilinde": the same after the name */
  placeNounsAfter: string[];
  /** a capitalized run that names a site, zone, street, district or event rather than who invests there ("Dire Dawa
   * Industrial Park", "Sanayi Bölgesi", "Puerto de Aguas Profundas"), folded sources matched on the whole folded name */
  siteNamePatterns: string[];
  /** endings of the language's adverbs ("-ment", "-mente", "-lich"): a word with one that opens a sentence is no name ("Parallèlement",
   * "Zusätzlich"), folded; empty where adverbs have no ending of their own */
  adverbEndings: string[];
  /** small words inside place names ("upon", "am", "de", "do") */
  placeNameParticles: string[];
  /** the lower-case "of the" inside a firm's name after one or two capitalized words ("Caisse des Dépôts", "Banca
   * di Roma", "Banco do Nordeste"), as written */
  firmNameParticles: string[];
  /** "a second one", "ein weiteres": the same kind of site elsewhere */
  anotherWords: string[];
  /** "become", "serve as": a facility word used as a metaphor */
  becomeWords: string[];
  /** "supply", "beliefern": the customers' sites, not the investor's */
  supplyVerbs: string[];
  /** "near", "nahe": a landmark that places the site, not a facility */
  nearWords: string[];
  /** "credit facility", "Kreditlinie": money, not a site */
  creditLineWords: string[];
  /** "published", "veröffentlicht" before the article's own date */
  publishedWords: string[];
  /** generic site words, a plant only when something is built there ("Standort", "facility") */
  genericSiteWords: string[];

  // --- money
  /** number words → value ("zwei" → 2, "anderthalb" → 1.5) */
  numberWords: Record<string, number>;
  /** "and a half" after a number ("two and a half billion", "iki buçuk"), folded */
  andAHalfWords: string[];
  /** scale words → factor ("Milliarden" → 1e9, "mil milhões" → 1e9, in Germany "Billion" → 1e12) */
  scaleWords: Record<string, number>;
  /** currency words after a number → ISO 4217 ("Euro" → EUR, "zł" → PLN) */
  currencyWords: Record<string, string>;
  /** words for "per cent" ("Prozent", "por ciento") */
  percentWords: string[];

  // --- dates
  /** month names and abbreviations → 1..12 (inflected forms too: "marca", "stycznia") */
  months: Record<string, number>;
  /** weekday names → 0 (Sunday) .. 6 */
  weekdays: Record<string, number>;
  /** ordinals before "quarter" → 1..4 ("third quarter", "dritten Quartal"), folded */
  quarterOrdinals: Record<string, number>;
  /** "quarter", "Quartal", "trimestre", with the word linking it to the year (sources on folded text) */
  quarterWords: string[];
  todayWords: string[];
  yesterdayWords: string[];
  /** "last week", "this week": month precision */
  lastWeekWords: string[];
  lastMonthWords: string[];
  /** "last year", "vorig jaar": the year before the publication date (year precision) */
  lastYearWords: string[];
  /** words before a year a firm has been somewhere since ("since 2015", "seit 2015"): no announcement date, folded */
  sinceWords: string[];
  /** words before a year that make it a deadline, not a date of announcement ("by 2030", "bis 2030") */
  deadlineWords: string[];
  /** when a plant starts working ("begin production", "in Betrieb gehen", "entrará em operação"): a year near them is
   * the plan's, not the announcement's (sources on folded text) */
  operationStartWords: string[];
  /** words before a bare month that make it a date ("in", "im", "anfang", "nel"), sources on folded text */
  monthPrepositions: string[];
  /** words before a bare year that make it a date ("in", "during", "ende"), sources on folded text */
  yearPrepositions: string[];
  /** "the year" between such a word and the year ("in the year 2019", "en el año 2019"), folded */
  yearNouns: string[];

  // --- article context
  /** cues of boilerplate, teaser and advertising paragraphs ("Lesen Sie auch", "Read more"), sources */
  boilerplateCues: string[];
  /** headings of a related-articles block ("Mehr zum Thema", "Read more") */
  relatedHeadings: string[];
  /** "3 days ago", "38 minuten geleden": the time line of a teaser list (regex sources, lower case) */
  agoPhrases: string[];
  /** "About X:" openers of a company profile ("Über", "À propos de") */
  aboutHeadings: string[];
  /** abbreviations after which a dot does not end a sentence ("Mio", "bzw", "Sr") */
  abbreviations: string[];

  // --- optional, only where the language needs them
  /** "and" that means something else in other languages (Dutch "en", Polish "i"), used in this language's text only */
  ownAndWords?: string[];
  /** verbs that may follow a sentence-initial name in a verb-second language ("Siemens baut …"), folded */
  initialVerbs?: string[];
  /** verbs after a name that make it a firm even in a verb-second language, folded */
  strongSubjectVerbs?: string[];
  /** endings that make a capitalized word a common noun ("-ung", "-heit"), folded */
  nounSuffixes?: string[];
  /** determiners after which a capitalized word is a common noun ("der", "seine"), raw lower case */
  nounDeterminers?: string[];
  /** lower-case words ending like adjectives that are none ("über", "haben") */
  notAdjectives?: string[];
  /** heads of "Parent-Tochter" compounds naming a subsidiary, folded */
  subsidiaryCompoundHeads?: string[];
  /** single-word common nouns that are never a firm on their own ("Sektor", "Zulieferer"), folded */
  commonNounHeads?: string[];
  /** suffixes that make a capitalized word a place ("Ankara'da"), after an apostrophe */
  locativeSuffixes?: string[];
  /** scale abbreviations that may touch the digits ("5bn", "$3m") */
  shortScaleWords?: string[];
  /** particles between day, month and year ("12 de marzo de 2024") */
  dateParticles?: string[];
  /** letters and elisions typical of the language, for detection (regex sources on lower-case raw text) */
  typicalLetters?: string[];
  /** words that announce a plan in this language's text only (German "plant" = plans) */
  ownAnnouncementWords?: string[];
  /** other languages' facility words that mean something else here (German "plant"), whole-word sources */
  facilityFalseFriends?: string[];
  /** words that contain a facility word but are none ("Netzwerk", "Werkzeug"), sources */
  notFacilityWords?: string[];
  /** an unambiguous "by" of a passive noun phrase ("da parte di"): a name after it, with a buying or investing noun
   * earlier in the clause, is the investment's author even with no organization cue ("l'acquisizione del 41% di ITA
   * Airways da parte di Lufthansa"), folded sources */
  passiveAgentWords?: string[];
  /** "among" after a plural of investments and before the firms listed ("yatırımlar arasında … Chery, Aselsan … yer
   * alıyor", "entre los proyectos de inversión figuran …"): the firms are the investors, folded sources */
  amongWords?: string[];
  /** plural nouns for firms ("companies", "les groupes", "las empresas", "die Konzerne"): every name of a list they
   * introduce is a firm, cue or none ("the firms Baxolin and Tremvar"); Turkish names the kind after the list ("Barilla
   * ve Nissin şirketleri"), folded sources */
  pluralFirmWords: string[];
  /** the language names an investment's author after its noun as often as before it ("l'investimento della X", "o
   * investimento da X", "l'investissement de X"): a firm named after the investing word is not ruled out as investor */
  authorAfterInvestWord?: boolean;
  /** the "to" between a change in per cent and a figure's new level ("rose 13% to", "stieg um 5 Prozent auf", "creció un 12%
   * hasta"): the amount after it is a result, not an investment, sources */
  changeToWords?: string[];
  /** a minister's or ministry's office ("ministro", "ministère", "Department"): the names in the chain of "of"s after it
   * ("ministro egiziano dell'Industria e del Commercio", "Minister of Trade and Industry") are its portfolios, not firms
   * (folded sources) */
  portfolioOffices?: string[];
  /** the "of"s of such a chain, with their articles ("dell'", "de la", "of the"), folded sources */
  portfolioLinks?: string[];
  /** words that may stand between such an office and its portfolios besides a country's adjective ("ministro
   * delegato", "ministre délégué"), folded */
  officeQualifiers?: string[];
  /** auxiliaries that, right after one of `openedWords`, make it a passive still to come ("eröffnet werden"), sources */
  futureAfterParticiple?: string[];
  /** the language's inflections and word shapes that rules read (see WordForms) */
  wordForms?: WordForms;
  /** case endings of a place name and the nominative's ending instead ("Szczecinie" -> "Szczecin": ["ie$", ""]),
   * regex sources on the word as written */
  placeCaseEndings?: [string, string][];
  /** prepositions before a place name in such a case ("w Szczecinie"), folded */
  placeCasePrepositions?: string[];
  /** case endings of a name's last word and the nominative's ending instead ("Intela" -> "Intel": ["[ęąyi]$", "a"]
   * reads "Toyotą" as "Toyota"), regex sources on the word as written */
  nameCaseEndings?: [string, string][];
};

/**
 * Inflections and word shapes of one language that a rule reads, each a regex source (flag "u"; on folded text
 * unless the key says "raw"). A language without the form leaves its key out, and the rule does not apply to it;
 * rules that read every text whatever its language use the union of all languages' forms.
 */
export type WordForms = {
  /** a verb of signing, folded ("signé", "firmó", "assinado"): an agreement signed "with" a firm by no firm named makes
   * that firm the one who commits ("un protocole a été signé avec la société X pour la construction …") */
  signedVerb?: string;
  /** a subject relative right after a name and the word after it (group 1), a verb when the name is its subject
   * ("CFMonto que inaugura", "Acme, qui va construire"), read raw right after the name */
  subjectRelativeAfterName?: string;
  /** the price standing between a firm and its verb ("Acme za około 10 mln zł wybuduje …"), read right after the name */
  amountBeforeVerb?: string;
  /** a capitalized common word with a case or possessive suffix and no apostrophe before it ("Firmadan",
   * "Anlaşmanın"): a sentence's opener, not a name (a name takes its suffix after an apostrophe: "Manisa'ya") */
  inflectedWord?: string;
  /** a case ending after a possessive that closes a common noun phrase ("Düzenleme Kurumuna") */
  possessiveCaseEnding?: string;
  /** a word in capitals with a suffix of tense, possession or case ("HARCANDI", "İNŞASI"), raw */
  shoutedInflectedWord?: string;
  /** "until" or "since" written after a year ("2025'e kadar", "2009'dan beri"), read right after the year */
  untilOrSinceAfterYear?: string;
  /** the suffix that makes a country's name a word for its people or things ("İsveçli", "Amerikalı") */
  placeAdjectiveSuffix?: string;
  /** the buyer in the dative, then a verb of selling ("Coca Cola'ya satıldı"), read right after a name */
  buyerAfterName?: string;
  /** a capitalized word of a board or office between an organization and a person's title ("Koç Holding Yönetim
   * Kurulu Başkanı", "Acme Genel Müdürü"): the organization is named before it, on one folded word */
  boardWordBeforeTitle?: string;
  /** "şirketlerinden (biri olan)" (one of the companies): a plural noun in the ablative right before a name makes it one
   * of that group, a firm; read on the folded text before the name */
  oneOfBeforeName?: string;
  /** a title of an office in a firm, not of the state ("Başkanı", "Müdürü"; not "Bakanı"), on one folded word */
  companyOfficeTitle?: string;
  /** the firm bought in the accusative, then a verb of buying ("Omsan'ı satın aldı"), read right after a name */
  boughtAfterName?: string;
  /** further names, then "such as" and the words after it (group 1) ("Toyota, Ford ve Hyundai gibi pek çok markaya"),
   * read raw right after a name */
  examplesAfterNames?: string;
  /** a noun in the dative or instrumental ("markaya", "markalarla") */
  obliqueNoun?: string;
  /** "by" after the agent of a passive ("X tarafından"), read right after a name */
  agentAfterName?: string;
  /** the genitive, then a firm's shares or capital ("X'in yüzde 50 hissesi", "X'nin sermayesinin"): the firm whose stake
   * changes hands, read right after a name */
  stakeOwnerAfterName?: string;
  /** the ablative after a name ("Koç Holding'den"): whom something is bought from, read right after it */
  sourceAfterName?: string;
  /** an active participle before a name ("yatırım yapan X"): the name is that clause's subject */
  activeParticiple?: string;
  /** passive participles that end like active ones ("satın alınan X": the firm bought) */
  passiveParticiple?: string;
  /** a dative or locative suffix on a country's name ("Romanya'ya", "Türkiye'de"): where, read right after it */
  toOrInAfterPlace?: string;
  /** the genitive suffix on a country's name ("Türkiye'nin en büyük …"): whose, read right after it */
  ofAfterPlace?: string;
  /** a verb with its pronoun after a hyphen ("Tornou-se", "Abriram-se"), raw */
  cliticVerb?: string;
  /** a gerund opening a sentence ("Expanding …"), raw */
  gerundOpener?: string;
  /** a compound adjective of a name and a participle ("PIF-backed", "UK-based"), raw, any case */
  compoundAdjective?: string;
  /** the endings of a verb form after a sentence's first word ("baut", "investiert") */
  verbEnding?: string;
  /** the endings of a long plural compound ("Lenkradmotoren", "Hotelzimmer") */
  pluralCompoundEnding?: string;
  /** adjective endings before a noun ("neue", "großen"), raw lower case */
  adjectiveEnding?: string;
  /** an adjective made from a place name ("Veldhovense", "Aalsmeerse"), raw */
  placeAdjective?: string;
  /** a verb of selling, the thing sold, then "to" and up to two words ("verkaufte Rewe alle Filialen an den Händler"),
   * read on the words before a name: the name buys */
  buyerAfterSaleGap?: string;
  /** a finite verb of buying, then the nominative article and up to four words, read (folded) right before a name
   * ("kaufte der US-Finanzinvestor Advent"): the name is the subject that buys */
  subjectAfterPurchaseVerb?: string;
  /** the noun for who invests or commissions a building, a copula or colon, then up to three words, right before a
   * name ("Bauherr ist der Hersteller", "the investor is"): the name invests */
  investorIsBeforeName?: string;
  /** "from" and a group's or firm's noun in the genitive right before a name ("spółka z grupy Acme"), read (folded) on
   * the words before it: the name is the group the firm belongs to, not a partner ("z" with the instrumental is "with") */
  groupOfBeforeName?: string;
  /** a plural article, alone or joined to its preposition, before a country's adjective used as a noun for its people
   * ("i cinesi di Shanghai Electric", "ai francesi di Ardian"): the firm after the "of" is theirs, one folded word */
  peopleArticle?: string;
  /** a future verb of investing or building and up to two particles or descriptors, read (folded) right before a name
   * the verb comes first for ("zainwestuje też Imola"): the name is the subject that invests */
  authorAfterVerb?: string;
};

export const REQUIRED_KEYS = [
  "homeCountry", "stopWords", "demonymNouns", "articles", "nameStopWords", "notOrgWords", "orgSuffixes", "orgDescriptors", "nameHeads", "personTitles", "personTitlesBeforeName", "companyCompoundHeads", "officeTitles", "compassWords", "surnameParticles", "registeredNameTradeWords", "registeredNameLegalForms", "regionWords", "internationalBodies",
  "stateBodyWords", "stateBodySuffixes", "eventWords", "continents", "corefNouns", "corefDeterminers", "corefPronouns",
  "subjectVerbs", "countryNames", "placeNamePrefixes", "countryAdjectives", "andWords", "listAndWords", "orWords", "sameSumWords", "contrastWords", "relativeWords", "locationPrepositions", "withWords", "byWords", "fromWords", "possessives", "subsidiaryOfWords", "basedInWords", "basedSuffixes", "clauseSubjectVerbs", "sourceCreditWords", "raisedWords", "receivedWords", "exampleWords", "adviserWords", "subjectPronouns", "sameSubjectContinuations", "futureWords", "openedWords", "relativePronouns", "besidesWords", "inWords", "copulas", "existingOpsClauses", "ownedSitesBefore", "relativeSubjects", "pastObjectVerbs", "unitOfWords", "genitiveWords", "passiveCueWords", "participleEndings", "participlePrepositions", "descriptorsBeforeAdjective", "ofWords", "titlesAfterName", "companyHeadNouns", "soldWords", "buyerAfterWords", "investorNouns", "personDescriptors", "salesMarketWords", "marketWords", "pluralFirmWords",
  "definiteArticles", "foundingWords", "jointlyWords", "partnerSetWords", "holdingWords", "eachWords", "shortlistWords", "afterWords", "ordinalWords", "supplyWords", "budgetWords", "projectBudgetWords", "earlierWords", "projectNouns", "investWords", "buildWords", "plantNouns", "namedWords", "ofWhichWords", "approximateWords", "alreadyWords", "saidWords", "additionalWords", "siteWords", "countUnits",
  "investmentTriggers", "investmentAmountCues", "amountPurposeWords", "nonInvestmentWords", "announcementWords",
  "completionWords", "pendingWords", "landWords", "proposalWords", "jointVentureWords", "stakeWords", "acquisitionWords", "partnershipWords",
  "expansionWords", "greenfieldWords", "facilityWords", "cityPrepositions", "placeOfWords", "placeNounsBefore", "placeNounsAfter", "siteNamePatterns", "adverbEndings", "placeNameParticles", "firmNameParticles", "anotherWords", "becomeWords", "supplyVerbs", "nearWords", "creditLineWords", "publishedWords", "genericSiteWords", "numberWords", "andAHalfWords", "scaleWords", "currencyWords",
  "percentWords", "months", "weekdays", "quarterOrdinals", "quarterWords", "todayWords", "yesterdayWords", "lastWeekWords", "lastMonthWords", "lastYearWords", "deadlineWords", "sinceWords", "operationStartWords",
  "monthPrepositions", "yearPrepositions", "yearNouns", "boilerplateCues", "relatedHeadings", "agoPhrases", "aboutHeadings", "abbreviations",
] as const satisfies readonly (keyof Lexicon)[];
