import { nameKey } from "../tables";
import type { AreaLookup, AreaLookupRow } from "./area-lookup";
import { FORMER_DISTRICTS } from "./former-districts";

const indexes = new WeakMap<
  AreaLookup,
  { byDistrict: Map<string, AreaLookupRow[]>; byCsp: Map<string, AreaLookupRow[]> }
>();

/**
 * The lookup rows of a district named as the data name it: by today's district name ("Maidstone"),
 * without ONS's ", City of" ("Bristol"), by a CSP name that was a district before a merger
 * ("Allerdale", "Aylesbury Vale": that CSP's row only), or by a former name (`FORMER_DISTRICTS`:
 * "Harrogate" -> North Yorkshire, "Shepway" -> Folkestone and Hythe). Names are compared with
 * `nameKey` ("Tonbridge & Malling" finds "Tonbridge and Malling").
 *
 * Missing values: a blank name, "Unknown area", or a name the lookup does not know gives [].
 *
 * @param lookup the LAD -> CSP -> PFA lookup
 * @param name the district's name in the data
 * @returns the matching rows (several when the district has several CSPs), or [] when unknown
 * @throws never
 * @example
 * districtsOf(lookup, "Allerdale")[0].district; // => "Cumberland"
 */
export function districtsOf(lookup: AreaLookup, name: string): AreaLookupRow[] {
  const { byDistrict, byCsp } = indexOf(lookup);
  const key = nameKey(name);
  if (key === "") return [];
  const direct = byDistrict.get(key) ?? byCsp.get(key);
  if (direct) return direct;
  const former = Object.keys(FORMER_DISTRICTS).find((old) => nameKey(old) === key);
  return former ? (byDistrict.get(nameKey(FORMER_DISTRICTS[former])) ?? []) : [];
}

function indexOf(lookup: AreaLookup) {
  let index = indexes.get(lookup);
  if (!index) {
    const byDistrict = new Map<string, AreaLookupRow[]>();
    const byCsp = new Map<string, AreaLookupRow[]>();
    const add = (map: Map<string, AreaLookupRow[]>, key: string, row: AreaLookupRow): void => {
      map.set(key, [...(map.get(key) ?? []), row]);
    };
    for (const row of lookup.rows) {
      add(byDistrict, nameKey(row.district), row);
      const short = nameKey(row.district.replace(/,\s*(city|county) of$/i, ""));
      if (short !== nameKey(row.district)) add(byDistrict, short, row);
      add(byCsp, nameKey(row.csp), row);
    }
    index = { byDistrict, byCsp };
    indexes.set(lookup, index);
  }
  return index;
}
