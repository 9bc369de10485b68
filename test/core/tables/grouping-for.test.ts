import { groupingFor } from "../../../src/core/tables/grouping-for";
import { defaultGrouping } from "../../../src/core/tables/default-grouping";

describe("groupingFor", () => {
  it("gives crimes the police.uk grouping and every other kind none", () => {
    expect(groupingFor({ kind: "crimes" }, null)).toEqual(defaultGrouping());
    for (const kind of ["searches", "outcomes", "asb", "counts"] as const)
      expect(groupingFor({ kind }, null)).toEqual({ lines: [], categories: [] });
  });

  it("gives crimes no grouping when most categories are not police.uk crime types, so no group holds a few of them", () => {
    const metropolitan = [
      "Arson and Criminal Damage",
      "Burglary",
      "Drug Offences",
      "Possession of Weapons",
      "Robbery",
      "Theft",
      "Violence Against the Person",
    ];
    expect(groupingFor({ kind: "crimes", categories: metropolitan }, null)).toEqual({ lines: [], categories: [] });
  });

  it("keeps the police.uk grouping for police.uk crime types with ASB and a few local names", () => {
    const categories = ["Anti-social behaviour", "Burglary", "Drugs", "Shoplifting", "Fraud"];
    expect(groupingFor({ kind: "crimes", categories }, null)).toEqual(defaultGrouping());
  });

  it("uses the grouping supplied, whatever the kind", () => {
    const given = { lines: [], categories: ["Burglary"] };
    expect(groupingFor({ kind: "searches" }, given)).toBe(given);
  });
});
