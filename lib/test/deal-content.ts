import { DEAL_FIELDS, type DealContent, type DealField } from "../schemas/deal";

/**
 * A deal's content for tests: every field of the contract empty (null, or an empty
 * list), the required ones filled, then `over`. A new nullable field needs no change here.
 */
export function dealContent(over: Partial<DealContent> = {}): DealContent {
  const empty = Object.fromEntries(DEAL_FIELDS.map((f) => [f, null])) as Record<DealField, null>;
  return {
    ...empty,
    investor: "Testco",
    targetCountry: "PL",
    status: "announced",
    kind: "greenfield",
    partners: [],
    facilities: [],
    ...over,
  } as DealContent;
}
