import { readAmount, readCountry, readDate } from "./extraction";
import { isNumericField, parseNumberInput, type DealFormValues, type FillableField } from "./schemas/deal-form";

export type SelectionFill = Partial<Omit<DealFormValues, "facilities">>;

function countryOf(text: string): string | null {
  return readCountry(text) ?? (/^[A-Za-z]{2}$/.test(text.trim()) ? text.trim().toUpperCase() : null);
}

/**
 * What selected words mean for a field, read with the extraction engine's own parsers:
 * "$450 million" for the amount gives 450000000, USD and the words as written;
 * "Türkei" for a country gives TR. Words it cannot read go into the field as they are.
 */
export function fillFromSelection(
  field: FillableField,
  text: string,
  language: string | null,
  published: string | null,
  current: string,
): SelectionFill {
  const words = text.trim().replace(/\s+/g, " ");
  switch (field) {
    case "amount":
    case "amountText":
    case "currency": {
      const money = readAmount(words, language);
      if (!money)
        return field === "amountText"
          ? { amountText: words }
          : field === "currency"
            ? { currency: words.toUpperCase() }
            : { amount: words };
      const currency = money.currency && /^[A-Z]{3}$/.test(money.currency) ? money.currency : "";
      if (field === "currency") return { currency };
      return { amount: String(money.amount), amountText: money.text, ...(currency ? { currency } : {}) };
    }
    case "targetCountry":
    case "investorCountry":
      return { [field]: countryOf(words) ?? words };
    case "announcedOn":
      return { announcedOn: readDate(words, published) ?? words };
    case "partners":
      return { partners: current.trim() ? `${current.trim()}\n${words}` : words };
    default: {
      if (!isNumericField(field)) return { [field]: words };
      // "51 %", "25 Prozent": a number, its unit left out
      const n = parseNumberInput(words.replace(/\s*(%|prozent|percent|per cent)$/i, ""));
      return { [field]: n === null || Number.isNaN(n) ? words : String(n) };
    }
  }
}
