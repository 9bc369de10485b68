/**
 * src/core/detect: Detection: what a table is (kind, layout, header row, police.uk header, column profiles and proposed roles,
 * value columns, row groups) and the ingest types they share. Imports csv, bytes, cells, periods, change.
 */

export * from "./check-header-row";
export * from "./column-profile";
export * from "./detect-kind";
export * from "./detect-layout";
export * from "./group-rows";
export * from "./ingest-types";
export * from "./police-uk-header";
export * from "./propose-roles";
export * from "./value-columns";
