import { filteredReason } from "../../../src/core/data/filtered-reason";

describe("filteredReason", () => {
  it("names every filter the rows failed", () => {
    expect(filteredReason({ filters: [{ label: "Where=dover" }, { label: "Type=Person search" }] })).toBe(
      "not Where=dover and Type=Person search (filter)",
    );
  });
});
