import type { DossierDocument } from './document.types';
import { digitisedComponents } from './document.rules';

export interface ProcedureComponent {
  name: string;
  required: boolean;
}

export interface ListedComponent extends ProcedureComponent {
  handed: boolean;
  digitised: boolean;
  files: DossierDocument[];
}

/**
 * The dossier's files by component, in the procedure's order (a component of an older revision that has files comes
 * after), and its working documents; digitised when every component handed in is.
 */
export function groupDocuments(
  procedure: readonly ProcedureComponent[],
  handed: readonly string[],
  documents: readonly DossierDocument[],
): { components: ListedComponent[]; working: DossierDocument[]; digitised: boolean } {
  const names = [...procedure.map((c) => c.name)];
  for (const d of documents)
    if (d.component !== null && !names.includes(d.component)) names.push(d.component);
  const done = new Set(digitisedComponents(names, documents));
  const components = names.map((name) => ({
    name,
    required: procedure.find((c) => c.name === name)?.required ?? false,
    handed: handed.includes(name),
    digitised: done.has(name),
    files: documents.filter((d) => d.component === name),
  }));
  return {
    components,
    working: documents.filter((d) => d.component === null),
    digitised: handed.length > 0 && handed.every((name) => done.has(name)),
  };
}

/** Content-Disposition with the UTF-8 name (RFC 6266 / 5987) and an ASCII fallback for old clients. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
