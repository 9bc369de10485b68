/**
 * Test helper: the City of London Police street files of 2021 in test/fixtures/corpus, as inputs for
 * buildDataset and as naive rows (gunzip, split on "\n" and ","; the files hold no quoted field) for
 * counts made independently of the code under test.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gunzipSync } from "zlib";

export const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");

export function cityOfLondonFiles(): { name: string; csv: Uint8Array }[] {
  return readdirSync(CORPUS)
    .filter((f) => /city-of-london-street\.csv\.gz$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.gz$/, ""), csv: new Uint8Array(gunzipSync(readFileSync(join(CORPUS, f)))) }));
}

/** Crimes (not anti-social behaviour) of 2021 by the district part of the LSOA name ("" = no location). */
export function cityOfLondonCrimesByDistrict(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of cityOfLondonFiles()) {
    for (const line of Buffer.from(file.csv).toString("utf8").split("\n").slice(1)) {
      if (line.trim() === "") continue;
      const f = line.replace(/\r$/, "").split(",");
      if (f[9] === "Anti-social behaviour") continue;
      const district = f[8].replace(/ \d{3}[A-Z]$/, "");
      counts.set(district, (counts.get(district) ?? 0) + 1);
    }
  }
  return counts;
}
