import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/fresh-database.ts"],
    // imports start a worker thread (tsx, parsers) on first use: seconds on a busy machine
    testTimeout: 90_000,
  },
});
