import { partnerSum } from "../../../src/core/cells/partner-sum";
import type { PartnerCell } from "../../../src/core/cells/partner-cell";

const n = (value: number): PartnerCell => ({ kind: "number", value });
const na: PartnerCell = { kind: "notApplicable", marker: "n/a" };
const held: PartnerCell = { kind: "suppressed", marker: "*" };

describe("partnerSum", () => {
  it("adds the figures, an n/a part (a service not yet open) counting for nothing", () => {
    expect(partnerSum([n(12), na, n(30)])).toEqual(n(42));
  });

  it("is held back when any part is held back, never a sum that gives it away", () => {
    expect(partnerSum([n(12), held, n(30)])).toEqual(held);
  });

  it("is n/a when no part has a figure, never 0", () => {
    expect(partnerSum([na, na])).toEqual(na);
    expect(partnerSum([])).toEqual(na);
  });
});
