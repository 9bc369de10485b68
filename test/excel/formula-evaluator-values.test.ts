import fc from "fast-check";
import {
  compare,
  criterion,
  ErrorValue,
  fromCell,
  toCell,
  toLogical,
  toNumber,
  toText,
} from "../../src/excel/formula-evaluator-values";

describe("the evaluator's values", () => {
  it("reads a blank cell as blank and an error code as that error; writes a blank result as 0, as Excel shows it", () => {
    expect(fromCell("")).toBeNull();
    expect(fromCell("#N/A")).toEqual(new ErrorValue("#N/A"));
    expect(fromCell("N/A")).toBe("N/A");
    expect(toCell(null)).toBe(0);
    expect(toCell(new ErrorValue("#REF!"))).toBe("#REF!");
  });

  it("coerces for arithmetic, & and IF as Excel does", () => {
    expect([toNumber(null), toNumber(true), toNumber(" 12 "), toNumber("x")]).toEqual([
      0,
      1,
      12,
      new ErrorValue("#VALUE!"),
    ]);
    expect([toText(null), toText(false), toText(0.1 + 0.2)]).toEqual(["", "FALSE", "0.3"]);
    expect([toLogical(null), toLogical(2), toLogical("true"), toLogical("yes")]).toEqual([
      false,
      true,
      true,
      new ErrorValue("#VALUE!"),
    ]);
  });

  it("orders numbers before text before logicals, blanks taking the other side's type", () => {
    expect(compare(99, "a")).toBeLessThan(0);
    expect(compare("z", false)).toBeLessThan(0);
    expect(compare(null, "")).toBe(0);
    expect(compare(null, 0)).toBe(0);
    expect(compare("ABC", "abc")).toBe(0);
  });

  it("compares antisymmetrically and ignores case, for any values", () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        value,
        value,
        (a, b) =>
          Math.sign(compare(a, b)) === -Math.sign(compare(b, a)) || (compare(a, b) === 0 && compare(b, a) === 0),
      ),
    );
    fc.assert(
      fc.property(
        fc.string(),
        (s) => compare(s.toUpperCase(), s.toLowerCase()) === 0 || s.toUpperCase().toLowerCase() !== s.toLowerCase(),
      ),
    );
  });

  it('a ">"&n criterion matches exactly the numbers above n, never text or blanks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.array(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.string(), fc.constant(null))),
        (n, cells) => {
          const test = criterion(`>${n}`);
          return cells.every((cell) => test(cell) === (typeof cell === "number" && cell > n));
        },
      ),
    );
  });

  it('matches criteria text case-insensitively with * and ?, and "" against blanks', () => {
    expect(criterion("high")("HIGH")).toBe(true);
    expect(criterion("h?gh")("high")).toBe(true);
    expect(criterion("h*")("Harm")).toBe(true);
    expect(criterion("h.gh")("high")).toBe(false); // a dot is not a wildcard
    expect(criterion("")(null)).toBe(true);
    expect(criterion("<>")(null)).toBe(false);
    expect(criterion(5)(5)).toBe(true);
    expect(criterion(5)("5")).toBe(false);
  });
});
