/**
 * The names an organization finder asked a set of known names about, with the answers. findOrgs reads
 * its `known` names only through has(); when a later, larger set gives every recorded answer again,
 * running findOrgs once more on the same sentence would take the same path and return the same mentions,
 * so the first run's mentions can be used as they are (extractArticle's second pass).
 */
export class KnownLog {
  private readonly asked: string[] = [];
  private readonly answers: boolean[] = [];

  constructor(private readonly names: ReadonlySet<string>) {}

  has(name: string): boolean {
    const answer = this.names.has(name);
    this.asked.push(name);
    this.answers.push(answer);
    return answer;
  }

  /** Does `names` answer every question asked so far as it was answered then? */
  sameAnswers(names: ReadonlySet<string>): boolean {
    for (let i = 0; i < this.asked.length; i++) if (names.has(this.asked[i]) !== this.answers[i]) return false;
    return true;
  }
}
