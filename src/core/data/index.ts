/**
 * src/core/data: The Dataset and its building: buildDataset, datasetFromColumns, the record sink, the matrix and CSV record
 * readers, area names and district renames, file totals. Imports detect, csv, bytes, cells, periods, remedy, errors.
 */

export * from "./area-name";
export * from "./build-dataset";
export * from "./dataset-from-columns";
export * from "./dataset";
export * from "./decimal-number";
export * from "./district-of-lsoa";
export * from "./district-renames";
export * from "./drop-stray-months";
export * from "./filtered-reason";
export * from "./input-reading";
export * from "./read-context";
export * from "./read-csv-records";
export * from "./read-matrix";
export * from "./record-sink";
export * from "./total-check";
