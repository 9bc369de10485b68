import fc from "fast-check";
import { niceTicks } from "../../src/export/nice-ticks";

describe("niceTicks", () => {
  it("chooses steps of 20 for 3 to 97", () => {
    // range 94 / 5 intervals = 18.8, rounded up to the nice step 20.
    expect(niceTicks(3, 97)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("chooses steps of 100 for a violent-crime chart from 390 to 660", () => {
    // 270 / 5 = 54 -> 100.
    expect(niceTicks(390, 660)).toEqual([300, 400, 500, 600, 700]);
  });

  it("works below zero and with decimals", () => {
    // 1.2 / 5 = 0.24, rounded up to the nice step 0.5.
    expect(niceTicks(-0.3, 0.9)).toEqual([-0.5, 0, 0.5, 1]);
  });

  it("gives an axis for a flat or empty series", () => {
    // widened to 4..6: 2 / 5 = 0.4 -> 0.5.
    expect(niceTicks(5, 5)).toEqual([4, 4.5, 5, 5.5, 6]);
    expect(niceTicks(Infinity, -Infinity)).toEqual([0, 1]);
  });

  it("always covers the range with evenly spaced ascending ticks", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (low, width) => {
          const high = low + width;
          const ticks = niceTicks(low, high);
          expect(ticks[0]).toBeLessThanOrEqual(low);
          expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(high - 1e-9 * Math.abs(high) - 1e-9);
          expect(ticks.length).toBeLessThanOrEqual(12);
          const step = ticks[1] - ticks[0];
          for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(step, 6);
        },
      ),
    );
  });
});

describe("niceTicks for counts (issue 22 item 3)", () => {
  it("never steps by less than the smallest step given, so a count axis has no half crimes", () => {
    expect(niceTicks(0, 2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 2, 5, 1)).toEqual([0, 1, 2]);
  });
});
