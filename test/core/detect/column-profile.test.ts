import { profileColumns } from "../../../src/core/detect/column-profile";

const notCount = (header: string[], rows: unknown[][]) =>
  profileColumns(header, rows).map((p) => p.notCount || p.unlikelyCount);

describe("profileColumns", () => {
  it.each([[""], ["X"], ["...1"], ["Unnamed: 0"], ["index"]])(
    "takes a column headed %j for row numbers, whatever it holds",
    (title) => {
      expect(
        notCount(
          [title, "Month"],
          [
            [5, "2022-07"],
            [9, "2022-08"],
          ],
        )[0],
      ).toBe("row numbers");
    },
  );

  it("takes values 0, 1, 2 ... in sequence for row numbers when the header does not name a count", () => {
    const rows = [0, 1, 2, 3, 4].map((i) => [i, "2022-07"]);
    expect(notCount(["n_row", "Month"], rows)[0]).toBe("row numbers");
  });

  it.each([["Latitude"], ["Longitude"], ["Easting"], ["northing"], ["lat"], ["lng"]])(
    "takes %s for coordinates",
    (title) => {
      expect(notCount([title], [[51], [52]])[0]).toBe("coordinates");
    },
  );

  it.each([["rate_per_1000"], ["Rate per 1,000"], ["percentage"], ["% change"], ["change_pct"]])(
    "takes %s for rates or measures from its header",
    (title) => {
      expect(notCount([title], [[4], [3]])[0]).toMatch(/^rates or other measures/);
    },
  );

  it("takes fractional values for rates, whatever the header", () => {
    expect(notCount(["Value"], [[4.5], [3]])[0]).toMatch(/^rates or other measures/);
  });

  it("takes columns of 0 and 1 for flags, and codes for codes", () => {
    expect(
      notCount(
        ["flag", "LSOA code"],
        [
          [0, "E01"],
          [1, "E02"],
          [1, "E03"],
        ],
      ),
    ).toEqual(["0/1 flags", "codes"]);
  });

  it("leaves a column of whole counts as a possible count", () => {
    expect(notCount(["count"], [[5388], [5480], [5200]])).toEqual([""]);
  });

  it("leaves blanks out of every count", () => {
    const [p] = profileColumns(["count"], [[""], [null], [4]]);
    expect(p).toMatchObject({ filled: 1, numbers: 1, notCount: "" });
  });
});
