import { capitalised } from "../../../src/core/change/capitalised";

describe("capitalised", () => {
  it("makes only the first letter a capital", () => {
    expect(capitalised("searches by Type")).toBe("Searches by Type");
  });

  it("leaves an empty text empty", () => {
    expect(capitalised("")).toBe("");
  });
});
