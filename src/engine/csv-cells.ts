/**
 * One line of a report CSV, safe to open in a spreadsheet. A cell starting with `=`, `+`, `-`, `@`,
 * tab or CR is a formula to Excel, Sheets and LibreOffice (`=HYPERLINK(…)` from a record id or an
 * API's message), so it gets a leading single quote, as OWASP recommends (CSV injection); the
 * full-width forms Apple Numbers also reads are escaped too. A cell that itself starts with a quote
 * before one of those gets one more, so `unescapeCell` gives back exactly what was written.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'"]);

function isEscaped(cell: string): boolean {
  return cell.startsWith("'") && FORMULA_START.has(cell.charAt(1));
}

export function escapeCell(value: string): string {
  return FORMULA_START.has(value.charAt(0)) && (value.charAt(0) !== "'" || isEscaped(value)) ? `'${value}` : value;
}

/** The value `escapeCell` was given. */
export function unescapeCell(cell: string): string {
  return isEscaped(cell) ? cell.slice(1) : cell;
}

/** RFC 4180 (csv-stringify), every cell escaped. */
export function csvLine(cells: readonly string[]): string {
  return stringify([cells.map(escapeCell)]);
}
