/**
 * The blank-cell policy (issue 12, README "Blank cells"), for every function under each way Excel builds
 * pass a blank cell: as 0 (older builds), as null (current builds) and as "". Blanks at the end of a
 * series are months not yet reported and are left out, the spill keeping one row per cell; a blank
 * inside a series is #VALUE! naming the point; a 0 is always the number 0 (a blank on the builds that
 * pass 0 cannot be told from it); a blank single argument is #VALUE! when required and the default when
 * optional. Expected values are worked by hand or counted independently here.
 */
import { errorOf } from "./error-of";
import {
  changeText,
  finYear,
  moe,
  monthKey,
  morile,
  morileBand,
  morileDetail,
  pctChange,
  propTest,
  rate,
  rollingYear,
  ryChange,
  ryCount,
  spc,
  spcAssurance,
  spcSignals,
  spcSteps,
  spcVariation,
} from "../../src/functions/functions";
import type { ExcelError } from "../../src/functions/excel-error";

type Blank = 0 | null | "";
const column = (values: unknown[]): any[][] => values.map((value) => [value]); // eslint-disable-line @typescript-eslint/no-explicit-any
const asAny = <T>(value: unknown): T => value as T;

// 24 months, Nov 2015 - Oct 2017, with the seed's victim based crime (as in periods.test.ts).
const keys = Array.from({ length: 26 }, (_, i) => {
  const index = 2015 * 12 + 10 + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}); // two more months, Nov and Dec 2017, not yet reported
const counts = [...Array(10).fill(770), 775, 770, ...Array(10).fill(970), 976, 1214];
// Jan - Oct 2017 counted independently: eight months of 970, then 976 and 1214.
const JAN_TO_OCT_2017 = 8 * 970 + 976 + 1214;

// Two levels (as spc.test.ts): group limits 10 -/+ 5.32 and 20 -/+ 5.32 with a rebase at point 7.
const LEVELS = [9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21];
const RUNS = [11, 12, 11, 12, 11, 12, 9, 8, 9, 8, 9, 8];

describe.each<[string, Blank]>([
  ["0", 0],
  ["null", null],
  ['""', ""],
])("a blank cell passed as %s", (_name, blank) => {
  const isZero = blank === 0;

  describe("single arguments", () => {
    it("PCTCHANGE: a blank is #VALUE! naming the argument; a 0 is a number (-100%, or #N/A from zero)", () => {
      if (isZero) {
        expect(pctChange(asAny(blank), 10)).toBe(-100);
        expect(errorOf(() => pctChange(10, asAny(blank))).code).toBe("#N/A");
      } else {
        expect(errorOf(() => pctChange(asAny(blank), 10)).message).toBe("new is blank: it must be a number.");
        expect(errorOf(() => pctChange(10, asAny(blank))).message).toBe("old is blank: it must be a number.");
      }
    });

    it("CHANGETEXT: a blank count is #VALUE!, a 0 a count; a blank kind is NUMBER", () => {
      if (isZero) expect(changeText(blank, 5)).toBe("-5");
      else expect(errorOf(() => changeText(blank, 5)).message).toBe("new_value is blank: it must be a number.");
      if (!isZero) expect(changeText(7, 5, asAny(blank))).toBe("+2");
    });

    it("FINYEAR and MONTHKEY: a blank date is #VALUE! (0 is no date either)", () => {
      expect(errorOf(() => finYear(blank)).message).toMatch(/^date is blank/);
      expect(errorOf(() => monthKey(blank)).message).toMatch(/^date is blank/);
    });

    it("FINYEAR: a blank start month is April; 0 is no month", () => {
      if (isZero)
        expect(errorOf(() => finYear("2017-10", asAny(blank))).message).toBe(
          "start_month must be a whole number from 1 to 12, not 0.",
        );
      else expect(finYear("2017-10", asAny(blank))).toBe("2017/18");
    });

    it("RATEPER: a blank population is #VALUE!, a population of 0 #N/A; a blank base is per 1,000", () => {
      if (isZero) {
        expect(errorOf(() => rate(5, asAny(blank))).code).toBe("#N/A");
        expect(errorOf(() => rate(5, 20000, asAny(blank))).message).toMatch(/^per must be more than 0/);
      } else {
        expect(errorOf(() => rate(5, asAny(blank))).message).toBe("population is blank: it must be a number.");
        expect(rate(5, 20000, asAny(blank))).toBeCloseTo(0.25, 12);
      }
    });

    it("MOE and PROPTEST: a blank required argument is #VALUE!; a blank confidence is 95%", () => {
      if (isZero) expect(errorOf(() => moe(0.5, 2350, asAny(blank))).code).toBe("#VALUE!");
      else {
        expect(moe(0.5, 2350, asAny(blank))).toBeCloseTo(0.0202, 4);
        expect(errorOf(() => moe(asAny(blank), 2350)).message).toBe("proportion is blank: it must be a number.");
        expect(errorOf(() => propTest(0.6, 200, 0.5, asAny(blank))).message).toBe("n2 is blank: it must be a number.");
      }
    });

    it("MORILE.BAND: a blank score is #VALUE!; a score of 0 is in the Illustrative profile's Low band", () => {
      if (isZero) expect(morileBand(asAny(blank))).toBe("Low");
      else expect(errorOf(() => morileBand(asAny(blank))).message).toBe("score is blank: it must be a number.");
    });
  });

  describe("MoRiLE ratings (documented: a blank rating is missing)", () => {
    const ratings = [
      ["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", blank, "High", "Stretched", "Partial"],
    ];
    it("MORILE and MORILE.DETAIL give #N/A naming the criterion", () => {
      expect(errorOf(() => morile(ratings)).message).toBe(
        "Victim vulnerability has no rating: choose one of Low, Moderate, High, Very high.",
      );
      expect(errorOf(() => morileDetail(ratings)).code).toBe("#N/A");
    });
  });

  describe("rolling years", () => {
    const values = column([...counts, blank, blank]);
    const months = column(keys);

    it("ROLLINGYEAR and RYCHANGE leave out the months not yet reported at the end", () => {
      expect(rollingYear(values, months, "2017-10")).toBe(11890);
      expect(ryChange(values, months, "2017-10")).toEqual([[11890, 9245, 2645, 28.6]]);
    });

    it("ROLLINGYEAR to Dec 2017: #N/A naming the months not yet reported, or (blank as 0) their zeros counted", () => {
      if (isZero) expect(rollingYear(values, months, "2017-12")).toBe(JAN_TO_OCT_2017);
      else {
        const error = errorOf(() => rollingYear(values, months, "2017-12"));
        expect(error.code).toBe("#N/A");
        expect(error.message).toMatch(/Nov 2017/);
      }
    });

    it("ROLLINGYEAR: a blank inside the series is #VALUE! naming the row; a 0 is a count", () => {
      const gap = [...counts];
      (gap as unknown[])[20] = blank; // Jul 2017
      if (isZero) expect(rollingYear(column(gap), column(keys.slice(0, 24)), "2017-10")).toBe(11890 - 970);
      else
        expect(errorOf(() => rollingYear(column(gap), column(keys.slice(0, 24)), "2017-10")).message).toMatch(
          /^values: row 21 is blank, inside the series/,
        );
    });

    it("RYCOUNT skips blank month cells wherever they are", () => {
      expect(ryCount(column(["2017-01", blank, "2017-12", blank]), "2017-12")).toBe(2);
    });
  });

  describe("SPC", () => {
    const withTrailing = (values: number[]) => column([...values, blank, blank]);

    it("SPC: trailing blanks are left out and spill blank rows; a 0 is charted", () => {
      const rows = spc(withTrailing(LEVELS), undefined, asAny([[7]]));
      expect(rows).toHaveLength(14);
      if (isZero) {
        // 14 points, group 2 = points 7..14 with two zeros: mean (120 + 0 + 0) / 8 = 15
        expect(rows[13][0]).toBe(15);
      } else {
        expect(rows.slice(0, 12)).toEqual(spc(column(LEVELS), undefined, asAny([[7]])));
        expect(rows[6][0]).toBe(20);
        expect(rows.slice(12)).toEqual([
          ["", "", ""],
          ["", "", ""],
        ]);
      }
    });

    it("SPC.SIGNALS, SPC.VARIATION, SPC.ASSURANCE and SPC.STEPS read the reported points only", () => {
      if (isZero) {
        // the zeros are points below the limits of a mean of 9.5
        expect(spcSignals(withTrailing(RUNS)).slice(12)).toEqual([["Below LCL"], ["Below LCL"]]);
        return;
      }
      expect(spcSignals(withTrailing(RUNS))).toEqual([
        ...new Array(6).fill(["Run above"]),
        ...new Array(6).fill(["Run below"]),
        [""],
        [""],
      ]);
      expect(spcVariation(withTrailing(RUNS))).toBe("Special cause improvement (low)");
      expect(spcAssurance(withTrailing(LEVELS), 30, "DOWN", "XMR", asAny([[7]]))).toBe("Consistently passing");
      expect(spcSteps(withTrailing([10, 11, 9, 10, 10, 20, 21, 19, 22, 20]), 5)).toEqual([[6]]);
    });

    it("a blank inside the series is #VALUE! naming the point; a 0 there is charted", () => {
      const gap: unknown[] = [...LEVELS];
      gap[2] = blank;
      for (const call of [
        () => spc(column(gap)),
        () => spcSignals(column(gap)),
        () => spcVariation(column(gap)),
        () => spcAssurance(column(gap), 5),
        () => spcSteps(column(gap)),
      ]) {
        if (isZero) expect(() => call()).not.toThrow();
        else expect(errorOf(call).message).toMatch(/^values: point 3 is blank, inside the series/);
      }
    });

    it("a series of only blanks has no points: #N/A, as for one point (0 is two points of 0)", () => {
      if (isZero)
        expect(spc(column([blank, blank]))).toEqual([
          [0, 0, 0],
          [0, 0, 0],
        ]);
      else expect((errorOf(() => spc(column([blank, blank]))) as ExcelError).code).toBe("#N/A");
    });
  });
});
