/** Watches this thread's event loop: `worst()` is the longest it was held past a 20 ms tick. */
export function watchEventLoopLag(): { worst: () => number; stop: () => void } {
  let worstLag = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - last - 20);
    last = now;
  }, 20);
  return { worst: () => worstLag, stop: () => clearInterval(ticker) };
}
