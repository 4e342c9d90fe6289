import { describe, expect, it } from "vitest";
import { partialDate } from "./deal";

const messages = (v: string) => partialDate.safeParse(v).error?.issues.map((i) => i.message) ?? [];

describe("partialDate", () => {
  it("takes a year, a month or a day that exists", () => {
    for (const ok of ["2024", "2024-02", "2024-02-29", "1900-01-01", "2100-12-31"])
      expect(partialDate.safeParse(ok).success, ok).toBe(true);
  });

  it("refuses days the calendar does not have, with one message that says so", () => {
    for (const bad of ["2024-02-30", "2023-02-29", "2024-04-31"]) {
      expect(messages(bad), bad).toEqual(["this day does not exist in the calendar (check the day of the month)"]);
    }
  });

  it("refuses years outside 1900–2100 and malformed text, one message each", () => {
    expect(messages("0000")).toEqual(["use a year from 1900 to 2100"]);
    expect(messages("2101-01")).toEqual(["use a year from 1900 to 2100"]);
    expect(messages("24-1-1")).toEqual(["use YYYY, YYYY-MM or YYYY-MM-DD"]);
  });
});
