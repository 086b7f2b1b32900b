// The readable copy of "download my data": a standalone HTML page built with the DOM, every
// value set as text (never as markup), with a print stylesheet so it prints well to PDF.
import type { MyDataExport } from '@koers/domain';

export interface ExportLabels {
  lang: string;
  title: string;
  intro: string;
  /** "Gemaakt op {date}". */
  exportedAt: (date: string) => string;
  profile: string;
  /** Section headings by section key; unknown sections show their key. */
  sections: Record<string, string>;
  /** Field names by key (profile and columns); unknown fields show their key. */
  fields: Record<string, string>;
  yes: string;
  no: string;
  empty: string;
  none: string;
  formatDate: (value: Date) => string;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const css = `
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1b1e; max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 2px solid #364fc7; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
th, td { border: 1px solid #ced4da; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #edf2ff; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-line; }
.muted { color: #495057; }
@media print {
  body { padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, dl > * { break-inside: avoid; }
  th { background: none; }
}
`;

/** One value as text: dates readable, lists joined, yes/no, "—" for nothing. */
export function exportText(value: unknown, labels: Pick<ExportLabels, 'yes' | 'no' | 'empty' | 'formatDate'>): string {
  if (value === null || value === undefined || value === '') return labels.empty;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'string') return isoDateTime.test(value) ? labels.formatDate(new Date(value)) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? labels.empty : value.map((item) => exportText(item, labels)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${exportText(item, labels)}`)
    .join('; ');
}

/** The whole export as one HTML document (a string to save as mijn-gegevens.html). */
export function buildExportHtml(data: MyDataExport, labels: ExportLabels): string {
  const doc = document.implementation.createHTMLDocument(labels.title);
  doc.documentElement.lang = labels.lang;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);

  const add = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string, className?: string) => {
    const element = doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    parent.append(element);
    return element;
  };
  const field = (key: string) => labels.fields[key] ?? key;
  const text = (value: unknown) => exportText(value, labels);

  add(doc.body, 'h1', labels.title);
  add(doc.body, 'p', labels.exportedAt(text(data.exportedAt)), 'muted');
  add(doc.body, 'p', labels.intro);

  add(doc.body, 'h2', labels.profile);
  const profile = add(doc.body, 'dl');
  for (const [key, value] of Object.entries(data.profile)) {
    add(profile, 'dt', field(key));
    add(profile, 'dd', text(value));
  }

  for (const [key, rows] of Object.entries(data.sections)) {
    add(doc.body, 'h2', labels.sections[key] ?? key);
    if (rows.length === 0) {
      add(doc.body, 'p', labels.none, 'muted');
      continue;
    }
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const table = add(doc.body, 'table');
    const head = add(add(table, 'thead'), 'tr');
    for (const column of columns) add(head, 'th', field(column)).setAttribute('scope', 'col');
    const body = add(table, 'tbody');
    for (const row of rows) {
      const tr = add(body, 'tr');
      for (const column of columns) add(tr, 'td', text(row[column]));
    }
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

/** Offers a file to save (a link with `download`, clicked): the browser's download. */
export function saveFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
