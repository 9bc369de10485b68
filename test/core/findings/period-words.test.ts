import { periodWords } from "../../../src/core/findings/period-words";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("periodWords", () => {
  it("writes a rolling year as seed 2.1 does: November 2016 to October 2017", () => {
    expect(periodWords({ first: monthIndex(2016, 11), last: monthIndex(2017, 10) })).toBe(
      "November 2016 to October 2017",
    );
  });

  it("writes one month by its name", () => {
    expect(periodWords({ first: monthIndex(2017, 10), last: monthIndex(2017, 10) })).toBe("October 2017");
  });
});
