import { foldName } from "./investor-name";

/**
 * A city as the matcher compares it: folded, and German transliterations
 * ("Gruenheide") spelled like the umlaut they stand for ("Grünheide" → "grunheide").
 */
export function cityKey(city: string | null | undefined): string {
  if (!city) return "";
  return foldName(city).replace(/([aou])e/g, "$1").replace(/\s+/g, " ");
}

/** Same place: equal keys, or one name the start of the other ("Frankfurt" / "Frankfurt Oder"). */
export function isSameCity(a: string | null | undefined, b: string | null | undefined): boolean {
  const [ka, kb] = [cityKey(a), cityKey(b)];
  if (!ka || !kb) return false;
  return ka === kb || ka.startsWith(`${kb} `) || kb.startsWith(`${ka} `);
}
