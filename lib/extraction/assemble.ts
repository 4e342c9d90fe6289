/** Whole-article assembly: investors, targets and facts per sentence, merged into one record per commitment. */
import { adjectiveCountry, lookupPlace, type CountryMention } from "./countries";
import { pickDate } from "./dates";
import { analyzeSentence, sameName, type SentenceInfo } from "./facts";
import { detectLanguage } from "./language";
import { ACQUISITION_RE, JV_RE, STAKE_RE, TRIGGER_RE } from "./lexicon/cue-words";
import { COREF_RE } from "./lexicon/org-words";
import { resolveCurrency, type Money } from "./money";
import { fold } from "./normalize";
import { findAcronyms, findOrgs, findPersons, germanCommonNouns, isDescriptor, nonOrgAcronyms, type OrgMention } from "./orgs";
import { ORG_DESCRIPTOR_HEADS } from "./lexicon/org-words";
import { findPercents, kindCues, statusOf, type KindCues } from "./status-kind";
import { splitSentences } from "./text";
import { buildRecords, type Fact } from "./records";

const LOC_PREPS = new Set(["in", "into", "nach", "im", "en", "a", "au", "aux", "nel", "nella", "dans", "to", "der", "across", "within", "inside", "near", "at", "bei"]);
const DESCRIPTOR_AFTER_RE = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e|er)?\\b`, "u");
const ACQ_BEFORE_RE = new RegExp(`(?:(?:${ACQUISITION_RE.source}|${STAKE_RE.source}|\\bown(?:s|ing)?\\b|% of)[^,;]{0,80}|\\b(?:an|am)\\s+(?:\\S+\\s+){0,3})$`, "iu");
const ACQ_OR_STAKE_RE = new RegExp(`${ACQUISITION_RE.source}|${STAKE_RE.source}|${JV_RE.source}`, "iu");
const NEW_SUBJECT_RE = /;|\s(?:und|and|y|et|e|while|whereas|während|mientras|mentre|but|aber|pero|mais|ma)\s+(?:(?:der|die|das|the|la|el|le|il|lo)\s+(?:\p{L}+\s+)?)?\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,2}\s+(?:will|wird|soll|sollen|plant|plans|has|hat|is|ist|was|war|had|hatte|kündigte|announced|invests?|investiert|baut|builds|opens|eröffnet|übernimmt|acquires|intends|wants|möchte|can|kann|could|könnte|may|va|prevé|prévoit|intende|übernahm|übernimmt|acquired|bought|kaufte|kauft|ging|erwarb|opened|eröffnete)\b/u;
const INVESTOR_NOUN_AFTER_RE = /^\s*(?:[\p{L}-]+\s+){0,3}(?:companies|company|firms?|enterprises|investors?|investments?|investoren|unternehmen|firmen|konzerne|investitionen|beteiligung|capital|kapital|geld|money|bidders?|buyers?|kaufer|kunden|empresas|entreprises|aziende|imprese|sirketler)\b/u;
const JV_CREATE_RE = /gegr[uü]nde|gr[uü]nde[nt]|form(?:s|ed|ing)?\b|sign|establish|set(?:ting)? up|agree|launch|creat|crear|cr[eé]er|costitu|unterzeichn|vereinbar|schlie[sß]en|abgeschlossen|build|bauen|errichte/i;
const INVEST_WORD_RE = /invest|inversi|invertir|yat[iı]r|fabrik|factory|plant|werk|usine|planta|fabbrica/i;

type Role = "agent" | "object" | "seller" | "partner" | "parent" | "plain";

function roleOf(text: string, base: number, o: OrgMention): Role {
  const before = fold(text.slice(Math.max(0, o.start - base - 100), o.start - base));
  const near = before.slice(-28);
  const afterO = fold(text.slice(o.end - base, o.end - base + 60));
  if (/^[^.;]{0,40}?\b(?:ging|went|was sold|wurde verkauft|verkaufte|sold)\b/.test(afterO)) return "seller";
  if (/\b(?:sparte|tochter|geschafts?|division|unit|anteile?|shares|stake|beteiligung) (?:des|der|of)\s+(?:[\p{L}-]+\s+)?$/u.test(before)) return "object";
  if (/(?:acqui|invest|kauf|ubernahme|erwerb|purchas|bought|takeover|stake|beteilig)/.test(before) && /(?:^|\s)(?:durch|by|par|por|da parte di)\s+(?:den |die |der |dem |the |le |la |el |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(before)) return "agent";
  if (/(?:^|\s)(?:from|von der|aus|de la empresa)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(near) && !/\bvon\s+$/.test(near)) return "seller";
  if (/(?:owned by|part of|teil des|tochter des|subsidiary of|unit of|filial de|filiale de|controllata da|gehört zu|gehort zu)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(near)) return "parent";
  if (/(?:^|\s)(?:with|mit|con|avec|junto con|along with|zusammen mit)\s+(?:den |dem |der |the |el |la |le |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(near)) return "partner";
  const acq = ACQ_BEFORE_RE.exec(before);
  if (acq && !NEW_SUBJECT_RE.test(text.slice(o.start - base - (before.length - acq.index), o.end - base + 40))) return "object";
  if (/(?:^|\s)(?:its|their|seine[mnrs]?|ihre[mnrs]?|sus?|ses|son|sa|suo|sua|suoi)\s+(?:[\p{L}-]+\s+)?$/u.test(near)) return "object";
  return "plain";
}

function countryScore(m: CountryMention): number {
  const base = m.kind === "adjective" ? 1 : 2;
  return base + (LOC_PREPS.has(m.prev) ? 1 : 0);
}

/** Country mentions that describe an organization's home ("chinesische Alibaba", "UK-based", "of Malaysia"). */
const HOME_CACHE = new WeakMap<SentenceInfo, Map<CountryMention, OrgMention>>();

function homeMentions(info: SentenceInfo): Map<CountryMention, OrgMention> {
  let hit = HOME_CACHE.get(info);
  if (!hit) { hit = homeMentionsRaw(info); HOME_CACHE.set(info, hit); }
  return hit;
}

function homeMentionsRaw(info: SentenceInfo): Map<CountryMention, OrgMention> {
  const out = new Map<CountryMention, OrgMention>();
  const text = info.s.text, base = info.s.start;
  for (const c of info.countries) {
    const blank: OrgMention = { name: "", start: c.start, end: c.end, person: false, strong: false, parent: null, initial: false };
    if (/^\s*-?(?:based|owned|headquartered|registered|backed|listed|ansassig)|^['’]s\b/.test(c.after)) {
      const o = info.orgs.find((x) => x.start >= c.end && x.start - c.end < 60);
      if (o) { out.set(c, o); continue; }
      if (!/^['’]s\b/.test(c.after)) { out.set(c, blank); continue; }
    }
    const owner = info.orgs.find((o) => attaches(text, base, c, o));
    if (owner) { out.set(c, owner); continue; }
    const beforeC = fold(text.slice(Math.max(0, c.start - base - 40), c.start - base));
    if (/(?:headquartered in|based in|mit sitz in|hauptsitz in|ansassig in|home market|heimatmarkt|sede en|siege a|sede a)\s*(?:[\p{L},]+\s+){0,2}$/u.test(beforeC)) { out.set(c, blank); continue; }
    if (c.kind !== "adjective") continue;
    if (/(?:empresa|entreprise|societe|maison|groupe|grupo|gruppo|azienda|societa|company|firma|multinacional|multinationale|multinazionale|fabricante|fabricant|constructeur)\s+(?:[\p{L}']+\s+){0,2}$/u.test(beforeC)
      || DESCRIPTOR_AFTER_RE.test(c.after) || INVESTOR_NOUN_AFTER_RE.test(c.after)) out.set(c, blank);
  }
  return out;
}

/** Does the country mention describe this organization ("chinesische … Alibaba", "Edotco Group of Malaysia")? */
function attaches(text: string, base: number, c: CountryMention, o: OrgMention): boolean {
  if (o.start >= c.end && o.start - c.end < 45) {
    const gap = text.slice(c.end - base, o.start - base);
    if (/[,.;:()]/.test(gap)) return false;
    if (c.kind !== "adjective") return /^\s*$/.test(gap);
    const words = gap.trim() ? gap.trim().split(/\s+/) : [];
    if (words.length > 4) return false;
    const last = words[words.length - 1];
    return !last || /^\p{Lu}/u.test(last) || isDescriptor(last);
  }
  if (c.start >= o.end) return /^\s*(?:of|aus|de|from|\()\s*$/.test(fold(text.slice(o.end - base, c.start - base)));
  return false;
}

export function extractArticle(text: string, published: string | null): Fact[] {
  const lang = detectLanguage(text);
  const sents = splitSentences(text).filter((s) => !s.boilerplate);
  const acronyms = findAcronyms(text);
  const known = new Set<string>();
  const persons = findPersons(text);
  for (const a of nonOrgAcronyms(text)) persons.add(a);
  const commonNouns = lang === "de" ? germanCommonNouns(text) : new Set<string>();
  for (const [a, long] of acronyms) { known.add(fold(a)); known.add(fold(long)); }
  for (const s of sents) {
    for (const o of findOrgs(s.text, s.start, lang, known, persons, commonNouns)) {
      if (o.strong && !o.person) known.add(fold(o.name));
      if (o.parent) known.add(fold(o.parent));
    }
  }
  for (const p of persons) known.delete(p);
  // "Hidier" after "Hidier Power Group": the first word of a known multi-word name
  for (const k of [...known]) {
    const first = k.split(" ")[0];
    if (k.includes(" ") && first.length > 3 && !first.includes("*")) known.add(`${first} *`);
  }
  const infos = sents.map((s) => analyzeSentence(s, lang, published, { known, persons, commonNouns }));
  const canonical = (n: string) => acronyms.get(n) ?? n;

  // article-level: default target country, investor homes, default currency, subsidiaries
  const countryVotes = new Map<string, number>();
  const homes = new Map<string, string>();
  const currencyVotes = new Map<string, number>();
  const parents = new Map<string, string>();
  for (const info of infos) {
    const hm = homeMentions(info);
    for (const c of info.countries) {
      const o = hm.get(c);
      if (o) { if (o.name && !homes.has(fold(canonical(o.name)))) homes.set(fold(canonical(o.name)), c.code); continue; }
      const w = countryScore(c) * (info.s.headline ? 2 : 1);
      countryVotes.set(c.code, (countryVotes.get(c.code) ?? 0) + w);
    }
    for (const m of info.money) if (m.currency) currencyVotes.set(m.currency, (currencyVotes.get(m.currency) ?? 0) + 1);
    for (const o of info.orgs) if (o.parent) parents.set(fold(o.name), o.parent);
    // "Tesa, Teil des … Beiersdorf" / "X, a subsidiary of Y" / "filial de"
    for (let k = 0; k + 1 < info.orgs.length; k++) {
      const a = info.orgs[k], b = info.orgs[k + 1];
      const gap = fold(info.s.text.slice(a.end - info.s.start, b.start - info.s.start));
      if (gap.length < 70 && /^\s*,\s*(?:(?:a|an|the|ein|eine|la|el|le|il|una|un|une)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:teil|tochter) de[rs]|subsidiary of|unit of|arm of|owned by|part of|filial(?:e)? de|controllata d|division of|affiliate of)/u.test(gap)) {
        parents.set(fold(a.name), b.name);
      }
    }
  }
  const ranked = [...countryVotes.entries()].sort((a, b) => b[1] - a[1]);
  // several countries of similar weight: no safe default ("four plants in the Basque Country, China and Russia")
  const defaultCountry = ranked[0]?.[0] ?? null;
  const defaultCurrency = [...currencyVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const facts: Fact[] = [];
  let focus: OrgMention | null = null;
  let focusPara = -1, focusIndex = -1;
  const investorTargets = new Map<string, string>();
  const leadInfo = infos.slice(0, 3).find((i) => i.dates.length > 0);
  const leadDate = leadInfo ? pickDate(leadInfo.dates)?.value ?? null : null;
  const leadNearPub = leadDate !== null && (published !== null ? nearPublication(leadDate, published) : leadInfo?.s.index === 0 && leadInfo.s.headline);
  for (const info of infos) {
    const s = info.s;
    const orgs = info.orgs.filter((o) => !o.person);
    const roles = orgs.map((o) => roleOf(s.text, s.start, o));
    const substance = info.investMoney.length > 0 || info.facilities.length > 0 || info.trigger;
    const plain = orgs.filter((_, k) => roles[k] === "plain");
    const anchorAt = info.investMoney[0]?.start ?? info.facilities[0]?.start ?? -1;
    const inClause = anchorAt >= 0 && plain.length > 1
      ? plain.find((o) => !NEW_SUBJECT_RE.test(s.text.slice(Math.min(o.start, anchorAt) - s.start, Math.max(o.start, anchorAt) - s.start + 40)))
      : undefined;
    let inv: OrgMention | null = orgs.find((_, k) => roles[k] === "agent") ?? inClause ?? plain[0] ?? null;
    let viaCoref = false;
    const near = s.para === focusPara || s.index - focusIndex <= 1;
    const concrete = info.investMoney.length > 0 || info.facilities.length > 0;
    const lone = orgs.length === 0 && concrete && (near || investorTargets.size <= 1);
    if (!inv && substance && focus && !s.headline && (COREF_RE.test(s.text) || lone)) { inv = focus; viaCoref = true; }
    if (!viaCoref && inv) { focus = inv; focusPara = s.para; focusIndex = s.index; }
    if (viaCoref) focusIndex = s.index;
    if (!inv || !substance) continue;
    const hm = homeMentions(info);
    const invAt = inv.start - s.start;
    const objectHome = (c: CountryMention) => {
      const owner = hm.get(c);
      const k = owner ? orgs.indexOf(owner) : -1;
      return k >= 0 && roles[k] === "object";
    };
    const targets = info.countries.filter((c) => !hm.has(c) || objectHome(c)).sort((a, b) =>
      Number(sameClause(s.text, b.start - s.start, invAt)) - Number(sameClause(s.text, a.start - s.start, invAt))
      || countryScore(b) - countryScore(a));
    const invKey = fold(canonical(inv.name));
    const strongTarget = targets.find((c) => c.kind !== "adjective" && LOC_PREPS.has(c.prev));
    const known0 = investorTargets.get(invKey);
    const keep = viaCoref && known0 && (!strongTarget || targets.some((c) => c.code === known0)) ? known0 : null;
    let target = keep ?? targets[0]?.code ?? null;
    const targetMention: CountryMention | null = keep ? null : targets[0] ?? null;
    let fromDefault = false;
    if (!target && (info.investMoney.length || info.facilities.length || INVEST_WORD_RE.test(s.text))) {
      target = investorTargets.get(invKey) ?? defaultCountry;
      fromDefault = !investorTargets.has(invKey);
    }
    if (!target) continue;
    if (!info.investMoney.length && !info.facilities.length && /^["„“«»]/.test(s.text)) continue;
    if (!viaCoref && !info.investMoney.length && !info.facilities.length) {
      const t = TRIGGER_RE.exec(s.text);
      if (t && t.index < invAt && !ACQ_OR_STAKE_RE.test(s.text)) continue;
    }
    if (!investorTargets.has(invKey) && !fromDefault) investorTargets.set(invKey, target);
    const cues = kindCues(s.text);
    const partners = orgs.filter((o, k) => o !== inv && (roles[k] === "partner" || (cues.jv && roles[k] === "plain")));
    const base = (o: OrgMention): Omit<Fact, "money" | "facilities" | "status"> => {
      const name = canonical(o.name);
      const parent = parents.get(fold(name)) ?? o.parent;
      return {
        investor: parent ?? name, via: parent ? name : null, investorMention: o,
        investorCountry: (parent ? homes.get(fold(parent)) : homes.get(fold(name))) ?? nameCountry(parent ?? name),
        target, targetMention, sentence: info, cues, coref: o === focus && viaCoref,
        date: pickDate(info.dates), leadDate: leadDate && (published === null || leadNearPub) ? leadDate : null,
        leadForAll: leadNearPub, published,
        stakePercent: stakeFor(info, o), partners: [],
      };
    };
    const ownClause = (at: number) => viaCoref || !NEW_SUBJECT_RE.test(s.text.slice(Math.min(at, invAt), Math.max(at, invAt) + 40));
    let moneyList = info.investMoney.filter((m) => ownClause(m.start - s.start)).map((m) => fixCurrency(m, defaultCurrency, target));
    const facilities = info.facilities.filter((f) => ownClause(f.start - s.start));
    const fresh = moneyList.filter((m) => !/(?:existing|already|bereits|bisher|so far|ya realizada|déjà|gia)\s+(?:[\p{L}]+\s+){0,3}$/iu.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start)));
    if (fresh.length && fresh.length < moneyList.length) moneyList = fresh;
    // list mode: "A with P1 billion, B with P1.6 billion"
    const investing = orgs.filter((_, k) => roles[k] === "plain" || roles[k] === "agent" || roles[k] === "partner");
    const perOrg = investing.length >= 2 && moneyList.length >= 2
      ? investing.map((o) => moneyList.find((m) => m.start > o.end && m.start - o.end < 30) ?? null) : [];
    if (perOrg.filter(Boolean).length >= 2) {
      investing.forEach((o, k) => {
        const m = perOrg[k];
        if (m) facts.push({ ...base(o), money: m, facilities: [], status: statusOf(s.text, lang) });
      });
      continue;
    }
    // several amounts each "for" its own facility
    const split = moneyList.length >= 2 && moneyList.every((m) => facilities.some((f) => f.start > m.end && f.start - m.end < 70));
    if (split) {
      for (const m of moneyList) {
        const f = facilities.find((x) => x.start > m.end && x.start - m.end < 70)!;
        facts.push({ ...base(inv), money: m, facilities: [f], status: statusOf(clauseAround(s.text, m.start - s.start), lang) });
      }
      continue;
    }
    const listed = countryList(s.text, s.start, targets, statusOf(s.text, lang) === "proposed");
    if (listed.length >= 2) {
      const st = statusOf(s.text, lang);
      for (const c of listed) {
        facts.push({ ...base(inv), target: c.code, targetMention: c, money: null, facilities: facilities.map((f) => ({ ...f, city: null })), status: st });
      }
      continue;
    }
    const money = moneyList[0] ?? null;
    const status = money ? statusOf(clauseAround(s.text, money.start - s.start), lang) ?? statusOf(s.text, lang) : statusOf(s.text, lang);
    facts.push({ ...base(inv), money, facilities: facilities, status });
    if (cues.jv || cues.partnership) {
      const all = [inv, ...partners];
      facts[facts.length - 1].partners = partners.map((p) => canonical(p.name));
      if (cues.jv && JV_CREATE_RE.test(s.text)) {
        for (const p of partners) {
          facts.push({ ...base(p), money, facilities: facilities, status, partners: all.filter((x) => x !== p).map((x) => canonical(x.name)) });
        }
      }
    }
  }
  return facts;
}

/** Is a date in the publication's month or the month before (a lead date of same-week news)? */
function nearPublication(date: string, published: string): boolean {
  const ym = (s: string) => Number(s.slice(0, 4)) * 12 + (s.length >= 7 ? Number(s.slice(5, 7)) : 1);
  if (date.length < 7 || published.length < 7) return date.slice(0, 4) === published.slice(0, 4);
  const d = ym(published) - ym(date);
  return d >= 0 && d <= 1;
}

/** Country names given as a list ("Spain, Italy and Poland"): one record each. */
function countryList(text: string, base: number, targets: CountryMention[], proposed: boolean): CountryMention[] {
  const names = targets.filter((c) => c.kind === "name").sort((a, b) => a.start - b.start);
  let best: CountryMention[] = [];
  let run: CountryMention[] = [];
  for (const c of names) {
    const prev = run[run.length - 1];
    if (prev && /^\s*(?:,|,?\s*(?:and|und|y|et|e|or|oder|o|ou|sowie|as well as))\s*$/.test(text.slice(prev.end - base, c.start - base))) run.push(c);
    else run = [c];
    if (run.length > best.length) best = [...run];
  }
  if (new Set(best.map((c) => c.code)).size < 2) return [];
  const lead = fold(text.slice(Math.max(0, best[0].start - base - 30), best[0].start - base));
  if (/(?:market|markt|markte|mercado|marche|mercati|export|customer|kunden|client|sales|ventas)\w*\s+(?:\S+\s+){0,2}$/.test(lead)) return [];
  return proposed || LOC_PREPS.has(best[0].prev) ? best : [];
}

/** "Qatar Investment Authority", "Saudi Electricity Company": a country word opening the name. */
function nameCountry(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? "";
  if (name.split(/\s+/).length < 2) return null;
  const p = lookupPlace(first);
  return p?.kind === "name" ? p.code : adjectiveCountry(first);
}

function sameClause(text: string, a: number, b: number): boolean {
  const lo = Math.min(a, b), hi = Math.max(a, b);
  return !/[;]|,\s|\s(?:and|und|y|et|e|while|whereas|während|mentre|mientras)\s/.test(text.slice(lo, hi));
}

function clauseAround(text: string, at: number): string {
  const seps = /[;]|,\s|\s(?:where|wo|while|but|aber|which|donde|dove|où)\s/g;
  let start = 0, end = text.length;
  for (const m of text.matchAll(seps)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length; else { end = i; break; }
  }
  return text.slice(start, end);
}

function fixCurrency(m: Money, def: string | null, target: string | null): Money {
  const withCur = m.currency ? m : { ...m, currency: def };
  return resolveCurrency(withCur, target);
}

function stakeFor(info: SentenceInfo, o: OrgMention): number | null {
  const ps = findPercents(info.s.text, info.s.start);
  if (!ps.length) return null;
  const after = ps.find((p) => p.start >= o.end && p.start - o.end < 60);
  return (after ?? ps[0]).value;
}

export { detectLanguage };
export type { KindCues };
