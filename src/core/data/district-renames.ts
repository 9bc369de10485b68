/**
 * The default district rename table: old district names in police.uk LSOA names -> today's names.
 *
 * LSOA names keep a district's name from when the LSOAs were drawn, so an extract may give Kent's
 * "Shepway" (renamed "Folkestone and Hythe" in 2018) in one month and the new name in the next, or
 * "The Vale of Glamorgan" beside "Vale of Glamorgan" (2021 and 2011 LSOA names). The
 * table is applied to every area name; callers add their own renames to it or replace it.
 */
export const DEFAULT_DISTRICT_RENAMES: Readonly<Record<string, string>> = Object.freeze({
  Shepway: "Folkestone and Hythe",
  // ONS's 2021 LSOA names say "The Vale of Glamorgan 001A", its 2011 ones and its district "Vale of
  // Glamorgan": police.uk files of 2022-2024 hold both, which would split one district in two rows.
  "The Vale of Glamorgan": "Vale of Glamorgan",
});
