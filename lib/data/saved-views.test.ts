import { describe, expect, it } from "vitest";
import { savedViewSchema } from "../schemas/saved-view";
import { storeEditor } from "../test/deal-factory";
import { deleteSavedView, listSavedViews, saveView } from "./saved-views";

describe("saved views", () => {
  it("keeps a named, canonical filter per user; the same name replaces it; only the owner deletes it", async () => {
    const [ann, bob] = [await storeEditor("viewer"), await storeEditor("viewer")];
    const view = savedViewSchema.parse({
      name: " Türkiye, largest ",
      query: "?targetCountry=tr&sort=-amountUsd&page=3&pageSize=50",
    });
    expect(view).toEqual({ name: "Türkiye, largest", query: "targetCountry=TR&sort=-amountUsd" });
    const saved = await saveView(ann.id, view);
    expect(saved.href).toBe("/deals?targetCountry=TR&sort=-amountUsd");
    await saveView(ann.id, { ...view, query: "targetCountry=TR" });
    expect((await listSavedViews(ann.id)).map((v) => v.query)).toEqual(["targetCountry=TR"]);
    expect(await listSavedViews(bob.id)).toEqual([]);
    await expect(deleteSavedView(bob.id, saved.id)).rejects.toThrow(/does not exist/);
    await deleteSavedView(ann.id, saved.id);
    expect(await listSavedViews(ann.id)).toEqual([]);
  });

  it("refuses a view whose filter is not valid", () => {
    expect(savedViewSchema.safeParse({ name: "x", query: "status=maybe" }).success).toBe(false);
    expect(savedViewSchema.safeParse({ name: "", query: "" }).success).toBe(false);
  });
});
