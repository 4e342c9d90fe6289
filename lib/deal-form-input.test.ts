import { describe, expect, it } from "vitest";
import { parseDealForm } from "./deal-form-input";
import { EMPTY_DEAL_FORM } from "./schemas/deal-form";

const form = (announcedOn: string, confirmedYear: string | null = null, over: Record<string, string> = {}) => {
  const data = new FormData();
  const values = { ...EMPTY_DEAL_FORM, investor: "Oldco", targetCountry: "PL", announcedOn, ...over };
  data.set("payload", JSON.stringify({ values, version: 1, evidence: [], confirmedYear }));
  return data;
};

describe("parseDealForm: years outside 1900–2100", () => {
  it("asks the editor to confirm an unusual year, saying which and why, and saves nothing", () => {
    const parsed = parseDealForm(form("1850-06"));
    expect(parsed).toMatchObject({
      ok: false,
      state: {
        unusualYear: "1850",
        fieldErrors: {
          announcedOn: ["1850 is outside 1900–2100: correct the year, or confirm that 1850 is right and save again"],
        },
      },
    });
  });

  it("stores the date as written once that year is confirmed", () => {
    expect(parseDealForm(form("1850-06-15", "1850"))).toMatchObject({
      ok: true,
      content: { announcedOn: "1850-06-15", investor: "Oldco" },
    });
    expect(parseDealForm(form("2400", "2400"))).toMatchObject({ ok: true, content: { announcedOn: "2400" } });
  });

  it("still refuses a day the calendar lacks, another year than the confirmed one, and other fields' errors", () => {
    // 1700 was no leap year; 2000, which is in range, was
    expect(parseDealForm(form("1700-02-29", "1700"))).toMatchObject({
      ok: false,
      state: { fieldErrors: { announcedOn: [expect.stringMatching(/does not exist in the calendar/)] } },
    });
    expect(parseDealForm(form("1600-02-29", "1600"))).toMatchObject({ ok: true });
    expect(parseDealForm(form("1850", "1851"))).toMatchObject({ ok: false, state: { unusualYear: "1850" } });
    expect(parseDealForm(form("1850", "1850", { targetCountry: "Poland" }))).toMatchObject({
      ok: false,
      state: { fieldErrors: { targetCountry: [expect.any(String)] } },
    });
  });
});
