import { rollingYear } from "../../../src/core/tables/rolling-year";
import { spcSeries } from "../../../src/core/tables/spc-series";
import { uncoveredReason } from "../../../src/core/tables/uncovered-reason";
import { leftOutTables } from "../../../src/core/tables/left-out-tables";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { datasetOf, policeRows } from "./police-uk-fixture";

describe("uncoveredReason and leftOutTables (issue 22 item 6)", () => {
  const kent = datasetOf(policeRows("kent"));
  const gwent = datasetOf(policeRows("gwent"));

  it("says why a rolling year of Kent's 5-month extract cannot be compared, in the table's own note", () => {
    expect(uncoveredReason(rollingYear(kent, { area: "Maidstone" }))).toBe(
      "The data start in Oct 2018, so a rolling year starting before then cannot be counted in full.",
    );
  });

  it("says SPC limits need 12 months when a series is shorter", () => {
    expect(uncoveredReason(spcSeries(kent))).toBe(
      "The data hold 5 months; SPC limits need at least 12 months to be worth reading.",
    );
  });

  it("finds nothing to leave out of Gwent's 30 months", () => {
    expect(uncoveredReason(rollingYear(gwent, { area: "Newport" }))).toBeNull();
    expect(uncoveredReason(spcSeries(gwent))).toBeNull();
  });

  it("says each reason once for all the tables it applies to", () => {
    const left = leftOutTables([
      rollingYear(kent, { area: "Maidstone" }),
      areaComparison(kent, {}),
      rollingYear(gwent, { area: "Newport" }),
    ]);
    expect(left).toHaveLength(1);
    expect(left[0].title).toBe(
      "Volume of crimes by type, Maidstone, RY ending Feb 2019; All crime by area, RY ending Feb 2019",
    );
  });
});
