/**
 * The house style's colours, as six hex digits (RRGGBB), shared by every writer so a table's header is
 * the same blue on a sheet, in the .xlsx, in Word and on the clipboard. Each writer adds its own
 * prefix ("#" for Office.js and HTML, "FF" alpha for ExcelJS, none for docx).
 */
export const HOUSE_COLOURS = {
  /** The shaded header rows (Office's light blue, "Blue, Accent 1, Lighter 80%"). */
  header: "D9E1F2",
} as const;
