import { z } from "zod";

const routeId = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number).refine(Number.isSafeInteger);

/** A record id from the URL ("42"), or null for anything else ("abc", "1e3", "-1", "99999999999999999999"). */
export function parseRouteId(value: string): number | null {
  const parsed = routeId.safeParse(value);
  return parsed.success ? parsed.data : null;
}
