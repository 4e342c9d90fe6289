import { AppError } from "../errors";
import type { SavedViewInput } from "../schemas/saved-view";
import { prisma } from "./prisma";

export type SavedViewDto = { id: number; name: string; query: string; href: string };

const toDto = (v: { id: number; name: string; query: string }): SavedViewDto => ({
  ...v,
  href: v.query ? `/deals?${v.query}` : "/deals",
});

/** A user's saved views, by name. */
export async function listSavedViews(userId: number): Promise<SavedViewDto[]> {
  const rows = await prisma.savedView.findMany({
    where: { userId },
    select: { id: true, name: true, query: true },
    orderBy: { name: "asc" },
  });
  return rows.map(toDto);
}

/** Saves a view under a name; the same name again replaces that view's filter. */
export async function saveView(userId: number, view: SavedViewInput): Promise<SavedViewDto> {
  const row = await prisma.savedView.upsert({
    where: { userId_name: { userId, name: view.name } },
    create: { userId, name: view.name, query: view.query },
    update: { query: view.query },
    select: { id: true, name: true, query: true },
  });
  return toDto(row);
}

/** Deletes one of the user's own views; another user's id is "not found". */
export async function deleteSavedView(userId: number, viewId: number): Promise<void> {
  const { count } = await prisma.savedView.deleteMany({ where: { id: viewId, userId } });
  if (count === 0) throw new AppError("not_found", "That saved view does not exist (any more).");
}
