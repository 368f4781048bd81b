import { toString as qrSvg } from 'qrcode';
import { type FormDocument, NATIONAL_HEADER, NATIONAL_MOTTO } from './form.types';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const CSS = `
@page { size: A4; margin: 20mm 15mm; }
body { font-family: 'Times New Roman', 'DejaVu Serif', serif; font-size: 13pt; color: #000; max-width: 180mm; margin: 0 auto; }
.header { display: flex; justify-content: space-between; text-align: center; }
.header div { width: 48%; }
.bold { font-weight: bold; }
h1 { text-align: center; font-size: 15pt; margin: 18pt 0 6pt; }
.number { text-align: center; font-style: italic; }
dl { display: grid; grid-template-columns: 45mm 1fr; gap: 3pt 8pt; }
dt { font-weight: bold; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; margin-top: 8pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
.qr { width: 30mm; height: 30mm; }
.place { text-align: right; font-style: italic; margin-top: 12pt; }
.signatures { display: flex; justify-content: space-around; text-align: center; margin-top: 12pt; }
.signatures > div { width: 45%; }
.signatures .note { font-style: italic; }
.signatures .space { height: 22mm; }
@media print { .noprint { display: none; } }
`;

const LANDSCAPE = `
@page { size: A4 landscape; margin: 12mm 10mm; }
body { max-width: 277mm; font-size: 11pt; }
table { font-size: 9pt; }
`;

/** A self-contained printable A4 page; every value is escaped. */
export async function renderFormHtml(form: FormDocument): Promise<string> {
  const e = escapeHtml;
  const fields = form.fields.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
  const paragraphs = form.paragraphs.map((p) => `<p>${e(p)}</p>`).join('');
  const table = form.table
    ? `<table><thead><tr>${form.table.headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${form.table.rows
        .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  const qr = form.qr
    ? `<div class="qr" title="${e(form.qr)}">${await qrSvg(form.qr, { type: 'svg', margin: 0 })}</div><p>${e(form.qr)}</p>`
    : '';
  const signatures = form.signatures?.length
    ? `<div class="signatures">${form.signatures
        .map(
          (sig) =>
            `<div><div class="bold">${e(sig.title.toUpperCase())}</div><div class="note">${e(sig.note)}</div>` +
            `<div class="space"></div><div class="bold">${e(sig.name)}</div></div>`,
        )
        .join('')}</div>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(`Mẫu ${form.number} - ${form.title}`)}</title><style>${CSS}${form.landscape ? LANDSCAPE : ''}</style></head>
<body>
<div class="header"><div><div class="bold">${e(form.issuer.toUpperCase())}</div></div>
<div><div class="bold">${NATIONAL_HEADER}</div><div class="bold">${NATIONAL_MOTTO}</div></div></div>
<p class="number">Mẫu số ${e(form.number)}</p>
<h1>${e(form.title.toUpperCase())}</h1>
<dl>${fields}</dl>
${paragraphs}
${table}
${qr}
<p class="place">${e(form.place)}, ${e(form.issuedAt)}</p>
${signatures}
</body></html>
`;
}
