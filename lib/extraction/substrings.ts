/**
 * Which of many words occur as substrings of a text, in one pass over the text (Aho–Corasick over
 * UTF-16 code units). Used where the engine asks, for every sentence, whether any name learned from
 * the whole article occurs in it: asked word by word, that costs sentences × names.
 */
export class SubstringMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** words ending at a state */
  private readonly out: (string[] | null)[] = [null];
  /** nearest state along the failure chain that ends a word (0: none) */
  private readonly dict: number[] = [0];
  private readonly empty: boolean;

  constructor(words: Iterable<string>) {
    let empty = false;
    for (const w of new Set(words)) {
      if (!w) {
        empty = true;
        continue;
      }
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let n = this.next[s].get(c);
        if (n === undefined) {
          n = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(null);
          this.dict.push(0);
          this.next[s].set(c, n);
        }
        s = n;
      }
      (this.out[s] ??= []).push(w);
    }
    this.empty = empty;
    // breadth first: a state's failure link is the longest proper suffix of its path that is in the trie
    const queue: number[] = [...this.next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, n] of this.next[s]) {
        let f = this.fail[s];
        let g = this.next[f].get(c);
        while (g === undefined && f !== 0) {
          f = this.fail[f];
          g = this.next[f].get(c);
        }
        const link = g !== undefined && g !== n ? g : 0;
        this.fail[n] = link;
        this.dict[n] = this.out[link] ? link : this.dict[link];
        queue.push(n);
      }
    }
  }

  /** Does some word occur in `text` and satisfy `pred`? (The empty word occurs in every text.) */
  some(text: string, pred: (word: string) => boolean): boolean {
    if (this.empty && pred("")) return true;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n = this.next[s].get(c);
      while (n === undefined && s !== 0) {
        s = this.fail[s];
        n = this.next[s].get(c);
      }
      s = n ?? 0;
      for (let t = this.out[s] ? s : this.dict[s]; t !== 0; t = this.dict[t]) {
        for (const w of this.out[t]!) if (pred(w)) return true;
      }
    }
    return false;
  }
}
