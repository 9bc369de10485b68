import { namesListed } from "../../../src/core/change/names-listed";

describe("namesListed", () => {
  it("writes out the first names and counts the rest", () => {
    expect(namesListed(["Bexley", "Cardiff", "Islington"], 2)).toBe("Bexley, Cardiff and 1 more");
  });

  it("writes every name when there are no more than asked for, and nothing for none", () => {
    expect(namesListed(["Bexley", "Cardiff"], 2)).toBe("Bexley, Cardiff");
    expect(namesListed([], 5)).toBe("");
  });
});
