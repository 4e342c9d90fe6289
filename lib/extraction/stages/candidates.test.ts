import { describe, expect, it } from "vitest";
import { rejectCommitment } from "../rejects";
import { addCommitments } from "./candidates";
import { chooseInvestor } from "./investor";
import { chooseTarget, rememberTarget } from "./target";
import { stagesOf } from "./stages.test-util";

/** The commitments the stages find, as "investor>target amount [partners]". */
function commitments(text: string, lang = "en"): string[] {
  const { infos, ctx, state } = stagesOf(text, lang);
  for (const info of infos) {
    const pick = chooseInvestor(info, ctx, state);
    if (!pick.inv || !(pick.substance || pick.shortlist)) continue;
    const where = chooseTarget(info, pick, pick.inv, ctx, state);
    if (!where.target || rejectCommitment(info, pick.inv.start - info.s.start, pick.viaCoref)) continue;
    rememberTarget(state, where);
    addCommitments(info, pick, pick.inv, { ...where, target: where.target }, ctx, state);
  }
  return state.facts.map(
    (f) =>
      `${f.investor}>${f.target} ${f.money?.amount ?? "-"}${f.partners.length ? ` [${f.partners.join(", ")}]` : ""}`,
  );
}

describe("candidate commitments stage", () => {
  it("'je 500 Millionen': every named investor commits the amount", () => {
    expect(commitments("BMW und Daimler investieren je 500 Millionen Euro in ein neues Werk in Ungarn.", "de")).toEqual(
      ["BMW>HU 500000000", "Daimler>HU 500000000"],
    );
  });
  it("two clauses with an amount each are two commitments", () => {
    expect(
      commitments(
        "Renault will set up a new plant worth $38 million in Tangier and will expand its factories in Kenitra for $40 million.",
      ),
    ).toEqual(["Renault>MA 38000000", "Renault>MA 40000000"]);
  });
  it("a joint venture gives each partner a commitment, and 'the partners' later share the amount", () => {
    expect(
      commitments(
        "Mitsui und SKC gründen ein Gemeinschaftsunternehmen in Polen. Die Partner wollen zusammen 420 Millionen Euro investieren.",
        "de",
      ),
    ).toEqual(["Mitsui>PL - [SKC]", "SKC>PL - [Mitsui]", "Mitsui>PL 420000000 [SKC]", "SKC>PL 420000000 [Mitsui]"]);
  });
  it("a spending budget is no commitment", () => {
    expect(commitments("Unilever will spend €1.5 billion on capital expenditure in Poland this year.")).toEqual([]);
  });
});
