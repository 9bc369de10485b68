import { bandOf } from "../../../src/core/morile/band-of";
import { illustrativeProfile } from "../../../src/core/morile/illustrative-profile";
import { readProfile } from "../../../src/core/morile/read-profile";
import { InputError, NotAvailableError } from "../../../src/core/errors";
import { TEST_COUNTY_RANGE } from "./fixtures";

describe("bandOf", () => {
  const illustrative = illustrativeProfile();
  const county = readProfile(TEST_COUNTY_RANGE, "Profile!A1");

  it("puts a score equal to a band's minimum in that band (Illustrative: High from 1000, Medium from 400)", () => {
    expect(bandOf(1000, illustrative)).toBe("High");
    expect(bandOf(999.5, illustrative)).toBe("Medium");
    expect(bandOf(400, illustrative)).toBe("Medium");
    expect(bandOf(399, illustrative)).toBe("Low");
    expect(bandOf(0, illustrative)).toBe("Low");
  });

  it("uses the thresholds of a profile read from a range (Red 20, Amber 10, Green 3)", () => {
    expect(bandOf(32, county)).toBe("Red");
    expect(bandOf(14.5, county)).toBe("Amber");
    expect(bandOf(3, county)).toBe("Green");
  });

  it("does not depend on the order the bands are listed in", () => {
    const shuffled = { ...county, bands: [county.bands[2], county.bands[0], county.bands[1]] };
    expect(bandOf(14.5, shuffled)).toBe("Amber");
  });

  it("is not available below the lowest band, saying where that band starts", () => {
    expect(() => bandOf(2.5, county)).toThrow(NotAvailableError);
    expect(() => bandOf(2.5, county)).toThrow(/below the lowest band, Green, which starts at 3/);
  });

  it("refuses a score that is not a number", () => {
    expect(() => bandOf(NaN, illustrative)).toThrow(InputError);
  });
});
