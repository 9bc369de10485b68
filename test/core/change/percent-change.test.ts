import { percentChange } from "../../../src/core/change/percent-change";

describe("percentChange", () => {
  it.each([
    ["victim based crime (2.6)", 11890, 9245, 28.6],
    ["all crime (2.6)", 13594, 10271, 32.4],
    ["violent crime (2.6)", 5378, 3743, 43.7],
    ["sexual offences (2.6)", 446, 284, 57.0],
    ["robbery (2.6)", 99, 69, 43.5],
    ["vehicle crime (2.6)", 755, 686, 10.1],
    ["theft of motor vehicle (2.6)", 254, 182, 39.6],
    ["theft from motor vehicle (2.6)", 501, 504, -0.6],
    ["vehicle interference (2.6)", 97, 110, -11.8],
    ["Dartford violent crime (3.1)", 4125, 2956, 39.5],
    ["Force violent crime (3.1)", 65058, 44823, 45.1],
    ["Maidstone ASB (4.1)", 3243, 3697, -12.3],
  ])("reproduces the seed's %s: %d vs %d is %d%%", (_name, current, previous, expected) => {
    expect(percentChange(current, previous)).toBe(expected);
  });

  it("gives null for a change from 0", () => {
    expect(percentChange(5, 0)).toBeNull();
  });

  it("refuses values that are not finite numbers", () => {
    expect(() => percentChange(NaN, 5)).toThrow(TypeError);
  });
});
