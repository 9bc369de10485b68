/**
 * What the task pane says when the workbook's structure is protected (Review > Protect Workbook): Excel
 * then refuses to add a sheet, and the toolkit writes only to new sheets, so it checks first
 * (`workbook.protection`, ExcelApi 1.7) and says what to do rather than failing part way.
 */
export const PROTECTED_MESSAGE =
  "This workbook's structure is protected, so no sheet can be added. Choose Review > Protect Workbook " +
  "to unprotect it (it may ask for its password), then try again; your sheets are not changed.";
