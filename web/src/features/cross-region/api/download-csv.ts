import Papa from 'papaparse';

/** Saves rows as a CSV file: semicolons, as Dutch spreadsheet settings expect, and a BOM for Excel. */
export function downloadCsv(rows: (string | number)[][], fileName: string): void {
  const text = Papa.unparse(rows, { delimiter: ';' });
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
