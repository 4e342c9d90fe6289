/**
 * Names that are never investors, whatever the sentence around them says. Language-neutral data;
 * the per-language words (stop words) come from the stopwords-iso package.
 */

/** News agencies and wire services that credit an article ("(MENAFN)", "– PTI", "dpa-AFX"). */
export const NEWS_AGENCIES = [
  "menafn", "pti", "ians", "ani", "uni", "reuters", "afp", "ap", "associated press", "dpa", "dpa-afx", "apa", "ansa",
  "efe", "europa press", "lusa", "agencia brasil", "agência brasil", "pap", "anp", "belga", "sda", "keystone-sda",
  "ats", "ctk", "mti", "tass", "ria novosti", "interfax", "xinhua", "cgtn", "cna", "kyodo", "jiji", "yonhap",
  "bernama", "antara", "pna", "vna", "wam", "spa", "qna", "kuna", "bna", "ona", "mena", "aa", "anadolu agency",
  "anadolu ajansi", "anadolu ajansı", "iha", "dha", "trt", "bloomberg", "cnbc", "bbc", "cnn", "awp", "ots",
  "business wire", "pr newswire", "globe newswire", "prnewswire", "newswire", "zawya", "argaam", "apa-ots",
];

/** Heads of a person's office: a name that carries one is a person speaking, not an organization. */
export const OFFICE_TITLE_RE = /(?:minister|ministerin|ministre|ministro|ministra|bakan[iı]?|president|präsident|prasident|presidente|président|kanzler|kanzlerin|bürgermeister|burgermeister|mayor|governor|gouverneur|gobernador|governatore|senator|secretary|sekretär|sekretar|premier|chancellor|ceo|cfo|chairman|chairwoman|vorstandschef|vorsitzende[rn]?|geschäftsführer|geschaftsfuhrer|sheikh|scheich|emir|king|könig|prince|prinz|crown prince|başkan[iı]?|baskan[iı]?|müdürü|muduru|yöneticisi|prezes|prezeska|prezydent|wojewoda|burmistrz|burgemeester|directeur|topman|topvrouw|diretor|diretora|presidenta|amministratore|sindaco|alcalde|prefeito|governador|bakanı)$/iu;

/** Regions and parts of the world ("Westeuropa", "Southeast Asia"). */
export const REGION_RE = /^(?:(?:west|ost|nord|süd|sud|mittel|zentral|south|north|east|west|central|southeast|south-east|northern|southern|eastern|western|latin|sub-saharan|middle)[\s-]?)?(?:europa|europe|asien|asia|afrika|africa|amerika|america|americas|ozeanien|oceania|osteuropa|nahost|mittelost|east|arabia|golf|gulf|balkan|balkans|baltikum|baltics|skandinavien|scandinavia|maghreb|levant|sahel|asean|mena|emea|apac)$/i;

/** German single-word heads that name things, sectors or groups of people, never a firm on their own. */
export const GERMAN_COMMON_HEAD_RE = /(?:sektor|sektors|arbeiter|arbeitern|arbeitnehmer|zentrum|zentren|bereich|branche|industrie|getriebe|anlage|anlagen|standort|standorte|region|regionen|regierung|ministerium|behorde|behörde|markt|märkte|geschäft|geschaft|handel|produktion|fertigung|kunden|mitarbeiter|beschäftigte|beschaftigte|investoren|unternehmen|firmen|konzerne|hersteller|zulieferer|fachkräfte|fachkrafte|experten|politiker|staaten|länder|lander)$/i;

/** International organizations, multilateral lenders and bodies of states (folded). */
export const INTERNATIONAL_BODY_RE = /^(?:the )?(?:imf|fmi|iwf|international monetary fund|internationale[rn]? w[aä]hrungsfonds|fonds monetaire international|fondo monetario internacional|fondo monetario internazionale|fundo monetario internacional|uluslararasi para fonu|miedzynarodowy fundusz walutowy|internationaal monetair fonds|world bank(?: group)?|weltbank|banque mondiale|banco mundial|banca mondiale|dunya bankasi\w*|bank swiatowy|wereldbank|unctad|oecd|ocde|wto|omc|un|uno|onu|united nations|vereinte nationen|nations unies|naciones unidas|nazioni unite|nacoes unidas|birlesmis milletler|verenigde naties|organizacja narodow zjednoczonych|unido|undp|pnud|african development bank|afdb|asian development bank|adb|inter-american development bank|idb|bid|ebrd|berd|european bank for reconstruction and development|g7|g20|opec|nato|asean|mercosur|african union|european commission|europaische kommission|commission europeenne|comision europea|commissione europea|komisja europejska|europese commissie|avrupa komisyonu)(?:\s.*)?$/;
