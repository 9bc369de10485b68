/**
 * The default district rename table: old district names in police.uk LSOA names -> today's names.
 *
 * LSOA names keep a district's name from when the LSOAs were drawn, so an extract may give Kent's
 * "Shepway" (renamed "Folkestone and Hythe" in 2018) in one month and the new name in the next. The
 * table is applied to every area name; callers add their own renames to it or replace it.
 */
export const DEFAULT_DISTRICT_RENAMES: Readonly<Record<string, string>> = Object.freeze({
  Shepway: "Folkestone and Hythe",
});
