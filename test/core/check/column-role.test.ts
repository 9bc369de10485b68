import { columnRole } from "../../../src/core/check/column-role";
import { parsePrintedNumber } from "../../../src/core/check/parse-printed-number";

const cells = (...texts: string[]) => texts.map(parsePrintedNumber);
const counts = cells("1214", "588", "N/A*");

describe("what a column holds", () => {
  it.each([
    ["Number change", "numberChange"],
    ["Number difference", "numberChange"],
    ["% change", "percentChange"],
    ["% difference", "percentChange"],
    ["County Ranking", "rank"],
    ["Ranking", "rank"],
    ["Yearly Total", "rowTotal"],
    ["% of all crime", "share"],
    ["Share", "share"],
    ["RY ending Oct 2017", "period"],
    ["Nov 2016 – Oct 2017", "period"],
    ["2016", "period"],
    ["April", "period"],
    ["Number of offences", "count"],
  ])("reads the header %j as %s", (header, role) => {
    expect(columnRole(header, counts).role).toBe(role);
  });

  it("reads a rate's base from its header, per 1,000 unless it says otherwise", () => {
    expect(columnRole("2017 rate per 1,000 pop.", counts)).toEqual({ role: "rate", per: 1000 });
    expect(columnRole("Rate per 100,000", counts)).toEqual({ role: "rate", per: 100000 });
    expect(columnRole("Crime rate", counts)).toEqual({ role: "rate", per: 1000 });
  });

  it("goes by the values when the header says nothing: % values are shares, decimals are not checked, words are text", () => {
    expect(columnRole("", cells("12.5%", "30.0%")).role).toBe("share");
    expect(columnRole("Centre line", cells("4237.3", "4237.3")).role).toBe("other");
    expect(columnRole("Signal", cells("Above UCL", "", "Trend up")).role).toBe("text");
    expect(columnRole("", cells("Maidstone", "Dover")).role).toBe("text");
  });
});
