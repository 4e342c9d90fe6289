/** Roles of the organizations and countries of one sentence: who invests, who is bought, whose home a country is. */
import { adjectiveCountry, lookupPlace, type CountryMention } from "./countries";
import type { SentenceInfo } from "./facts";
import { ACQUISITION_RE, STAKE_RE } from "./lexicon/cue-words";
import { ORG_DESCRIPTOR_HEADS } from "./lexicon/org-words";
import { fold } from "./normalize";
import { isDescriptor, type OrgMention } from "./orgs";

export const LOC_PREPS = new Set(["in", "into", "nach", "im", "en", "a", "au", "aux", "nel", "nella", "dans", "to", "der", "across", "within", "inside", "near", "at", "bei"]);
export const DESCRIPTOR_AFTER_RE = new RegExp(`^\\s*(?:[\\p{L}-]+,?\\s+){0,5}?[\\p{L}-]*(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e|er)?\\b`, "u");
/** Cheap pre-check for ACQ_BEFORE_RE (which is anchored at the end and slow to fail). */
const ACQ_CUE_RE = new RegExp(`${ACQUISITION_RE.source}|${STAKE_RE.source}|\\b(?:an|am|own|owns|owning)\\b|%`, "u"); // on folded text
const ACQ_BEFORE_RE = new RegExp(`(?:(?:${ACQUISITION_RE.source}|${STAKE_RE.source}|\\bown(?:s|ing)?\\b|% of)[^,;]{0,80}|\\b(?:an|am)\\s+(?:\\S+\\s+){0,3})$`, "iu");
export const NEW_SUBJECT_RE = /;|\s(?:und|and|y|et|e|while|whereas|während|mientras|mentre|but|aber|pero|mais|ma)\s+(?:(?:der|die|das|the|la|el|le|il|lo)\s+)?(?:\p{L}+\s+)?\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,2}\s+(?:will|wird|soll|sollen|plant|plans|has|hat|is|ist|was|war|had|hatte|kündigte|announced|invests?|investiert|baut|builds|opens|eröffnet|übernimmt|acquires|intends|wants|möchte|can|kann|could|könnte|may|va|prevé|prévoit|intende|übernahm|übernimmt|acquired|bought|kaufte|kauft|ging|erwarb|opened|eröffnete)\b/u;
export const INVESTOR_NOUN_AFTER_RE = /^\s*(?:[\p{L}-]+\s+){0,3}(?:companies|company|firms?|enterprises|investors?|investments?|investoren|unternehmen|firmen|konzerne|investitionen|beteiligung|capital|kapital|geld|money|bidders?|buyers?|kaufer|kunden|empresas|entreprises|aziende|imprese|sirketler)\b/u;

/** "Egyptian billionaire …", "der ägyptische Milliardär …": a person's home, never a target. */
const PERSON_DESC_AFTER_RE = /^\s*(?:[\p{L}-]+\s+)?(?:billionaires?|tycoons?|magnates?|businessm[ae]n|businesswom[ae]n|entrepreneurs?|milliard[äa]re?n?|unternehmer(?:in)?|gesch[äa]ftsm(?:a|ä)nn(?:er)?|milliardaires?|hommes? d'affaires|multimillonari[oa]s?|empresari[oa]s?|imprenditor[ei]|miliardari[oa]?|milyarder|i[sş] insan[iı])\b/iu;

export type Role = "agent" | "object" | "seller" | "partner" | "parent" | "example" | "plain";

/** "according to Yomiuri, Nikkan Kogyo and Kyodo", "laut Handelsblatt": the source of a report, not an actor. */
const SOURCE_BEFORE_RE = /(?:^|\s)(?:according to|reported by|laut|zufolge|selon|d'apr[eè]s|seg[uú]n|secondo|segundo|conforme|volgens|wed[lł]ug|według)\s+(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+,\s+){0,3}(?:(?:and|und|et|y|e|en|i)\s+)?$/u;

/** "platforms such as X", "tels que X", "zoals X": names given as examples (customers, peers), not as actors. */
const EXAMPLE_BEFORE_RE = /(?:^|\s)(?:such as|as well as customers|wie etwa|wie zum beispiel|wie z\.\s?b\.|tels que|telles que|comme par exemple|tales como|como por ejemplo|come ad esempio|quali|zoals|takich jak|np\.|e\.g\.|such|tal como)\s+(?:[\p{L}-]+\s+){0,1}$/u;

export function roleOf(text: string, base: number, o: OrgMention): Role {
  const before = fold(text.slice(Math.max(0, o.start - base - 100), o.start - base));
  const near = before.slice(-28);
  const afterO = fold(text.slice(o.end - base, o.end - base + 60));
  if (/^[^.;]{0,40}?\b(?:ging|went|was sold|wurde verkauft|verkaufte|sold)\b/.test(afterO)) return "seller";
  if (SOURCE_BEFORE_RE.test(before.slice(-60))) return "example";
  if (EXAMPLE_BEFORE_RE.test(before.slice(-40))) return "example";
  if (/\b(?:sparte|tochter|geschafts?|division|unit|anteile?|shares|stake|beteiligung) (?:des|der|of)\s+(?:[\p{L}-]+\s+)?$/u.test(before)) return "object";
  if (/(?:acqui|invest|kauf|ubernahme|erwerb|purchas|bought|takeover|stake|beteilig|approv|project|plant|developed|built|financed|genehmig)/.test(before) && /(?:^|\s)(?:durch|by|par|por|da parte di)\s+(?:den |die |der |dem |the |le |la |el |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(before)) return "agent";
  if (/(?:^|\s)(?:from|von der|aus|de la empresa)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(near) && !/\bvon\s+$/.test(near)) return "seller";
  if (/(?:owned by|part of|teil des|tochter des|subsidiary of|unit of|filial de|filiale de|controllata da|gehört zu|gehort zu)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(near)) return "parent";
  if (/(?:^|\s)(?:with|mit|con|avec|junto con|along with|zusammen mit)\s+(?:den |dem |der |the |el |la |le |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(near)) return "partner";
  // verb-final German: "… an der Bank X und der Y beteiligt"
  if (/\ban (?:der|dem|den)\b[^,;]{0,60}$/.test(before) && /^[^.;]{0,80}beteilig/.test(afterO)) return "object";
  const acq = ACQ_CUE_RE.test(before) ? ACQ_BEFORE_RE.exec(before) : null;
  if (acq && !NEW_SUBJECT_RE.test(text.slice(o.start - base - (before.length - acq.index), o.end - base + 40))) return "object";
  if (/(?:^|\s)(?:its|their|seine[mnrs]?|ihre[mnrs]?|sus?|ses|son|sa|suo|sua|suoi)\s+(?:[\p{L}-]+\s+)?$/u.test(near)) return "object";
  return "plain";
}

export function countryScore(m: CountryMention): number {
  const base = m.kind === "adjective" ? 1 : 2;
  return base + (LOC_PREPS.has(m.prev) ? 1 : 0);
}

/** Country mentions that describe an organization's home ("chinesische Alibaba", "UK-based", "of Malaysia"). */
const HOME_CACHE = new WeakMap<SentenceInfo, Map<CountryMention, OrgMention>>();

export function homeMentions(info: SentenceInfo): Map<CountryMention, OrgMention> {
  let hit = HOME_CACHE.get(info);
  if (!hit) { hit = homeMentionsRaw(info); HOME_CACHE.set(info, hit); }
  return hit;
}

function homeMentionsRaw(info: SentenceInfo): Map<CountryMention, OrgMention> {
  const out = new Map<CountryMention, OrgMention>();
  const text = info.s.text, base = info.s.start;
  for (const c of info.countries) {
    const blank: OrgMention = { name: "", start: c.start, end: c.end, person: false, strong: false, parent: null, initial: false };
    if (/^\s*-?(?:based|owned|headquartered|registered|backed|listed|ansassig)|^['’]s\b|^['’](?=\s)/.test(c.after)) {
      const o = info.orgs.find((x) => x.start >= c.end && x.start - c.end < 30 && !/[,;]/.test(text.slice(c.end - base, x.start - base)));
      if (o) { out.set(c, o); continue; }
      if (!/^['’]s\b|^['’](?=\s)/.test(c.after)) { out.set(c, blank); continue; }
    }
    const owner = info.orgs.find((o) => attaches(text, base, c, o));
    if (owner) { out.set(c, owner); continue; }
    const beforeC = fold(text.slice(Math.max(0, c.start - base - 40), c.start - base));
    if (/(?:headquartered in|based in|mit sitz in|hauptsitz in|ansassig in|home market|heimatmarkt|sede en|siege a|sede a)\s*(?:[\p{L},]+\s+){0,2}$/u.test(beforeC)) { out.set(c, blank); continue; }
    if (c.kind !== "adjective") continue;
    if (/(?:empresa|entreprise|societe|maison|groupe|grupo|gruppo|azienda|societa|company|firma|multinacional|multinationale|multinazionale|fabricante|fabricant|constructeur)\s+(?:[\p{L}']+\s+){0,2}$/u.test(beforeC)
      || DESCRIPTOR_AFTER_RE.test(c.after) || INVESTOR_NOUN_AFTER_RE.test(c.after) || PERSON_DESC_AFTER_RE.test(c.after)) out.set(c, blank);
  }
  return out;
}

/** Does the country mention describe this organization ("chinesische … Alibaba", "Edotco Group of Malaysia")? */
function attaches(text: string, base: number, c: CountryMention, o: OrgMention): boolean {
  if (o.start >= c.end && o.start - c.end < 45) {
    // "U.S. pharmaceutical …": the abbreviation's last dot is no boundary
    const gap = text.slice(c.end - base, o.start - base).replace(/^\.(?=\s)/, /\p{Lu}\.\p{Lu}$/u.test(c.text) ? "" : ".");
    if (/[,.;:()]/.test(gap)) return false;
    // "U.S. pharmaceutical multinational Baxter": a country name used as an adjective before a descriptor
    if (c.kind !== "adjective") {
      if (/^\s*$/.test(gap)) return true;
      const w = gap.trim().split(/\s+/);
      return w.length <= 3 && isDescriptor(w[w.length - 1]);
    }
    const words = gap.trim() ? gap.trim().split(/\s+/) : [];
    if (words.length > 4) return false;
    const last = words[words.length - 1];
    return !last || /^\p{Lu}/u.test(last) || isDescriptor(last);
  }
  if (c.start >= o.end) return /^\s*(?:of|aus|de|from|\()\s*$/.test(fold(text.slice(o.end - base, c.start - base)));
  return false;
}

/** Country names given as a list ("Spain, Italy and Poland"): one record each. */
export function countryList(text: string, base: number, targets: CountryMention[], proposed: boolean): CountryMention[] {
  const names = targets.filter((c) => c.kind === "name").sort((a, b) => a.start - b.start);
  let best: CountryMention[] = [];
  let run: CountryMention[] = [];
  for (const c of names) {
    const prev = run[run.length - 1];
    if (prev && /^\s*(?:,|,?\s*(?:and|und|y|et|e|or|oder|o|ou|sowie|as well as))\s*(?:(?:die|der|the|la|le|les|el|los|las|il|lo|l'|den)\s*)?$/.test(text.slice(prev.end - base, c.start - base))) run.push(c);
    else run = [c];
    if (run.length > best.length) best = [...run];
  }
  if (new Set(best.map((c) => c.code)).size < 2) return [];
  const lead = fold(text.slice(Math.max(0, best[0].start - base - 30), best[0].start - base));
  if (/(?:market|markt|markte|mercado|marche|mercati|export|customer|kunden|client|sales|ventas)\w*\s+(?:\S+\s+){0,2}$/.test(lead)) return [];
  return proposed || LOC_PREPS.has(best[0].prev) ? best : [];
}

/** "Qatar Investment Authority", "Saudi Electricity Company": a country word opening the name. */
export function nameCountry(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? "";
  if (name.split(/\s+/).length < 2) return null;
  const p = lookupPlace(first);
  return p?.kind === "name" ? p.code : adjectiveCountry(first);
}

export function sameClause(text: string, a: number, b: number): boolean {
  const lo = Math.min(a, b), hi = Math.max(a, b);
  return !/[;]|,\s|\s(?:and|und|y|et|e|while|whereas|während|mentre|mientras)\s/.test(text.slice(lo, hi));
}

export function clauseAround(text: string, at: number): string {
  const seps = /[;]|,\s|\s(?:where|wo|while|but|aber|which|donde|dove|où)\s/g;
  let start = 0, end = text.length;
  for (const m of text.matchAll(seps)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length; else { end = i; break; }
  }
  return text.slice(start, end);
}
