import { changePhrase } from "../../../src/core/findings/change-phrase";

describe("changePhrase", () => {
  it("words the seed's rise of all crime: 10,271 to 13,594 rose by 32.4%", () => {
    expect(changePhrase({ change: 3323, percent: 32.4 })).toBe("rose by 32.4%");
  });

  it("words a fall with the % as a positive number", () => {
    expect(changePhrase({ change: -885, percent: -52.4 })).toBe("fell by 52.4%");
  });

  it("says less than 0.1% for a change that rounds to 0.0%, and plain rose or fell where there is no %", () => {
    expect(changePhrase({ change: 4, percent: 0 })).toBe("changed by less than 0.1%");
    expect(changePhrase({ change: 7, percent: null })).toBe("rose");
  });

  it("gives null for no change, for the caller to say unchanged", () => {
    expect(changePhrase({ change: 0, percent: 0 })).toBeNull();
  });
});
