import Papa from 'papaparse';

/** Offers CSV text as a download, with a BOM so Excel reads the accents right. */
export function saveCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Saves rows as a CSV file, with semicolons as Dutch spreadsheet settings expect. */
export function downloadCsv(rows: (string | number)[][], fileName: string): void {
  saveCsv(Papa.unparse(rows, { delimiter: ';' }), fileName);
}
