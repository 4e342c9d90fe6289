import { foldName } from "./investor-name";

/**
 * A city as the matcher compares it: folded, and German transliterations
 * ("Gruenheide") spelled like the umlaut they stand for ("Grünheide" → "grunheide").
 */
export function cityKey(city: string | null | undefined): string {
  if (!city) return "";
  return foldName(city)
    .replace(/([aou])e/g, "$1")
    .replace(/\s+/g, " ");
}

/** True when one edit (insert, delete, replace) turns a into b. */
function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * Same place: equal keys, one name the start of the other ("Frankfurt" / "Frankfurt
 * Oder"), or, for names of five letters or more, spellings one letter apart across
 * languages ("Tangier" / "Tanger").
 */
export function isSameCity(a: string | null | undefined, b: string | null | undefined): boolean {
  const [ka, kb] = [cityKey(a), cityKey(b)];
  if (!ka || !kb) return false;
  if (ka === kb || ka.startsWith(`${kb} `) || kb.startsWith(`${ka} `)) return true;
  return Math.min(ka.length, kb.length) >= 5 && isOneEditApart(ka, kb);
}
