import type { APIRequestContext } from "@playwright/test";
import { investmentArticle } from "./factories";

/** Imports a uniquely named article through the API (as the request's logged-in editor) and returns its one deal. */
export async function seedDeal(request: APIRequestContext): Promise<{ dealId: number; investor: string }> {
  const article = investmentArticle();
  const res = await request.post("/api/articles", { data: { text: article.text, published: "2026-03-10" } });
  if (res.status() !== 201) throw new Error(`seeding failed: ${res.status()} ${await res.text()}`);
  const body = await res.json();
  return { dealId: body.results[0].dealIds[0], investor: article.investor };
}
