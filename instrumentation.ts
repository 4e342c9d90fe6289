// Runs once when the server starts: the import worker thread starts then, not on the
// first upload (it loads tsx and the parsers, which takes seconds on a busy machine).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmExtractionPool } = await import("./lib/importer/worker/extraction-pool");
  warmExtractionPool();
}
