import { describe, expect, it } from "vitest";
import { timelineOf } from "./timeline";

describe("timelineOf", () => {
  it("orders reports by date and marks where the status moved on", () => {
    const entries = timelineOf([
      {
        id: 3,
        title: "Plant opens",
        publishedOn: "2023-11-20",
        report: { status: "completed", announcedOn: "2021-03" },
      },
      {
        id: 1,
        title: "Plant announced",
        publishedOn: "2021-03-02",
        report: { status: "announced", announcedOn: "2021-03" },
      },
      { id: 2, title: null, publishedOn: null, report: { status: "announced", announcedOn: "2022-06" } },
      { id: 4, title: "Undated", publishedOn: null, report: null },
    ]);
    expect(entries.map((e) => [e.articleId, e.date, e.status, e.isStatusChange])).toEqual([
      [1, "2021-03-02", "announced", true],
      [2, "2022-06", "announced", false],
      [3, "2023-11-20", "completed", true],
      [4, null, null, false],
    ]);
    expect(entries[1].title).toBe("Article 2");
  });
});
