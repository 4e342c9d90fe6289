/** Cue words per concern, all languages in one table each (folded, regex fragments). */

/** Verbs that typically follow a company name as its subject. */
export const SUBJECT_VERBS = new Set(
  ("will wird werden plant plans planned planning intends invests invested investiert investierte investieren hat has " +
  "have had is was ist war baut builds built eroffnet eroffnete opened opens ubernahm ubernimmt acquired acquires " +
  "kauft kaufte bought buys announced announces gab kundigt kundigte said says sagte signed signs unterzeichnete " +
  "launched launches laid legte erwirbt erwarb halt holds owns invertira invierte invirtio investira investe " +
  "prevoit prevede preve rachete acquiert a ha sta wants aims expects confirmed revealed unveiled completed " +
  "started begann beginnt poursuit augmente envisage anuncio construira costruira realizzera expands expanded " +
  "erweitert setzt errichtet steigt beteiligt beteiligte agreed agrees struck inaugurated inaugure inaugura " +
  "lays lay breaks starts signs takes wins sets adds moves enters eyes bets unveils picks chooses selects to " +
  "commits committed pledged allocated allocates spends spent investit investi adquirio compro compra abrira " +
  "abrio apre aprira ouvre ouvrira tiene tiene hat's reported plant's").split(" "),
);

const r = (s: string) => new RegExp(s, "iu");

/** Any sign that a sentence is about putting money or assets somewhere (test on folded lower-case text). */
export const TRIGGER_RE = r(
  String.raw`invest|inversi|invertir|invirti|yat[iı]r[iı]m|build|built|construct|errichte|\bbau(?:t|en|te)?\b|neubau|` +
  String.raw`eröffn|eroffn|\bopen(?:s|ed|ing)?\b|inaugur|grundstein|foundation stone|set(?:ting)? up|establish|` +
  String.raw`gründ|grund(?:et|ete)|construir|costrui|sorger|acqui|adquir|\bbuy|bought|purchas|[uü]bern(?:ahm|imm|ommen|ahme)|` +
  String.raw`kauf|erwerb|erwirb|erwarb|takeover|rach[eè]t|compra|stake|anteil|beteilig|participaci|quota|` +
  String.raw`joint venture|gemeinschaftsunternehmen|empresa mixta|sociedad(?:es)? mixta|coentreprise|\bjv\b|` +
  String.raw`expan|erweiter|ausbau|ampliaci|agrandi|ampliament|fabrik|\bwerk\b|factory|plant\b|plants\b|usine|` +
  String.raw`planta|fabbrica|stabiliment|allocat|commit|spend|capex|produzieren|fertigung|site\b|standort|` +
  String.raw`(?:has|have) been (?:producing|assembling|manufacturing)|kuracak|kurdu|acacak|satin al|ortak girisim|tesis|fabrika|merkez`,
);

export const ACQUISITION_RE = r(
  String.raw`acqui|adquir|\bbuy|bought|purchas|übern(?:ahm|imm|ommen|ahme)|ubern(?:ahm|imm|ommen|ahme)|\bkauf|\bkaufte|` +
  String.raw`erwerb|erwirb|erwarb|takeover|rach[eè]t|\bcompr[aoó]|\bging\b.{0,40}\ban\b|sat[iı]n al|devral`,
);
export const STAKE_RE = r(String.raw`stake|anteil|beteilig|participaci|participation|quota|share[s]? in|interest in|prozent an|% an`);
export const JV_RE = r(
  String.raw`joint[- ]venture|gemeinschaftsunternehmen|empresa mixta|sociedad(?:es)? mixta|coentreprise|co-entreprise|\bjv\b|societ[aà] mista|ortak giri`,
);
export const PARTNERSHIP_RE = r(String.raw`partnership|partnerschaft|kooperation|cooperation|collaborat|zusammenarbeit|alliance|allianz|asociaci|partenariat`);
export const EXPANSION_RE = r(
  String.raw`expan|erweiter|ausbau|ampliaci|ampli[aá]r|agrandi|ampliament|increase (?:its|their|the)? ?(?:production|capacity|investment)|` +
  String.raw`further|additional|zusätzlich|weitere[ns]?\b|existing|bestehend|moderni|augmente|upgrade|optimi[sz]e|reinvest`,
);
export const GREENFIELD_RE = r(String.raw`\bnew\b|\bneue[nsmr]?\b|nouvel|nueva|nuevo|nuov|first|erste|build|bau|errichte|construct|construir|costrui|grundstein|foundation`);

export const COMPLETED_RE = r(
  String.raw`\bopened\b|eröffnet|eroffnet|in betrieb genommen|inaugurat|inaugur[eé]|inaugurad|inaugur[oó](?!\p{L})|\bcompleted\b|abgeschlossen|` +
  String.raw`ha aperto|\ba ouvert|abri[oó](?!\p{L})|ha abierto|ha acquisito|ha comprato|\ba achet[eé]|compr[oó](?!\p{L})|ha completato|\ba finalis|` +
  String.raw`\bhas invested\b|\bhave invested\b|(?<!(?:will|to|would|be|been|being) )\binvested\b(?! (?:money|capital))|investierte\b(?!\s+(?:geld|kapital|summe))|\bwurden?\b.{0,60}investiert|hat\b.{0,60}investiert|` +
  String.raw`\bacquired\b|übernahm|ubernahm|übernommen|kaufte|gekauft|\bbought\b|purchased|erwarb|erworben|beteiligte sich|\b(?:hat|haben) sich\b.{0,80}\bbeteiligt\b|` +
  String.raw`gehör(?:t|en)|\bhält\b|\bhalten\b|\bholds\b|\bowns\b|\ba investi\b|ha investito|ha invertido|invirti[oó]|rach[eè]te|` +
  String.raw`racheté|a acquis|adquiri[oó]|officialis|is opening|opens\b|ging\b.{0,40}\ban\b|\bzahlte\b|\bpaid\b|` +
  String.raw`\b(?:has|have) been (?:producing|assembling|manufacturing|building|making|operating)\b|already realized|ya realizada|\bthe company invested|ha destinado|opened its|` +
  String.raw`a[cç]t[iı](?!\p{L})|tamamlad[iı]|sat[iı]n ald[iı]|yat[iı]r[iı]m yapt[iı]|devrald[iı]`,
);
export const PROPOSED_RE = r(
  String.raw`suggest|vorgeschlagen|schlug\b.{0,60}\bvor\b|schlägt\b.{0,60}\bvor\b|invit|\blud\b|eingeladen|consider|erwäg|erwag|prüft|` +
  String.raw`in talks|gespräche|verhandl|negotiat|candidate|kandidat|keen|interested in|expressed interest|showed interest|interesse|interés en|could\b|könnte|` +
  String.raw`seek|suchen|wollen prüfen|potential|possible|mögliche?|möglichkeit|envisag|considér|estudia|valuta|` +
  String.raw`proposal|vorschlag|propos|shortlist|engere[nr]? auswahl|discuss|diskut|sondier|explor|re-location|relocation|` +
  String.raw`de[gğ]erlendiri|g[oö]r[uü][sş][uü]yor|aday`,
);
export const ANNOUNCED_RE = r(
  String.raw`\bwill\b|\bwird\b|\bplans?\b|planning|intends|to invest|investieren|announc|angekündigt|` +
  String.raw`kündigt|bekannt|commit|pledg|agreed|signed|unterzeichn|set to|is building|baut|invertirá|investirà|` +
  String.raw`prévoit|prevoit|prevede|prevé|tiene previsto|approv|genehmig|grünes licht|gruenes licht|green light|` +
  String.raw`grundstein|foundation stone|laid|expected|soll|sollen|construirá|costruirà|sorgerà|` +
  String.raw`[\p{L}]+(?:acak|ecek)(?:tir|tır)?\b|planl[iı]yor`,
);

/** Context words that mark an amount as something other than an investment. */
export const NOT_INVESTMENT_AMOUNT_RE = r(
  String.raw`umsatz|gewinn|erlös|verlust|subvention|förder|beihilf|zuschuss|subsid|grant|steuer|\btax|loan|kredit|` +
  String.raw`darlehen|revenue|\bsales\b|turnover|profit|earnings|bußgeld|bussgeld|strafgeld|\bfines?\b|\border|auftrag|` +
  String.raw`contract|assets under management|vermögen|schulden|\bdebt|deposit|facturaci|beneficio|ventas|chiffre d'affaires|` +
  String.raw`bénéfice|fatturato|\butile\b|ricavi|valuation|market (?:value|cap)|börsenwert|jackpot|entwicklungshilfe|` +
  String.raw`\baid\b|hilfe|per share|je aktie|dividend|bond|anleihe|\bprize|gesamtvolumen|budget deficit|exports? worth|` +
  String.raw`salary|gehalt|wert von|worth of exports|\bannui\b|l'anno|per year|a year\b|pro jahr|jährlich|annually|` +
  String.raw`contribu|beitrag von|\baides?\b|soutien public|soutien de l|ayudas?\b|sovvenzion|incentiv|te[sş]vik|hibe\b|garanti|guarantee|bürgschaft|buergschaft|transaction value|floor price|block deal|shares\b|aktien\b|ventes|rolled over|fine of|penalt|schaden|damage`,
);
export const INVESTMENT_AMOUNT_RE = r(
  String.raw`invest|inversi|invertir|investiss|investiment|yat[iı]r[iı]m|capex|build|bau|errichte|construct|construir|` +
  String.raw`costrui|\bfor\b|\bfür\b|\bpour\b|\bpara\b|\bper\b|spend|allocat|commit|pay|paid|zahlte|deal|acqui|purchase|` +
  String.raw`übernahm|kauf|worth|werk|fabrik|factory|plant|usine|planta|fabbrica|project|projekt|proyecto|progetto|` +
  String.raw`ascender|ammont|amount|totaling|totalling|volume|summe`,
);
