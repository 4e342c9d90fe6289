import type { Locator } from "@playwright/test";

/** Selects the first occurrence of `words` inside `root`, as a user dragging over them would. */
export async function selectWords(root: Locator, words: string): Promise<void> {
  await root.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: all.length });
      all += n.textContent;
    }
    const at = all.indexOf(target);
    if (at < 0) throw new Error(`"${target}" is not in the text`);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + target.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}
