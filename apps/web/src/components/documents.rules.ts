import type { DossierView, SessionUser } from '../api/api.types';

const open = (d: Pick<DossierView, 'finishedAt'>): boolean => d.finishedAt === null;

/** Reception of the receiving unit attaches and checks scans of the components while the dossier runs. */
export const atDesk = (user: SessionUser, d: Pick<DossierView, 'receivingUnit' | 'finishedAt'>): boolean =>
  open(d) && user.roles.includes('reception') && user.unit === d.receivingUnit;

/** The step's owner unit and role attach working documents (the api refuses them to all but its assignee). */
export const holdsStep = (user: SessionUser, d: Pick<DossierView, 'step' | 'finishedAt'>): boolean =>
  open(d) &&
  !!d.step?.owner.unit &&
  d.step.owner.unit === user.unit &&
  user.roles.some((r) => r === d.step!.owner.role);

/** A size the way people read it: 820 B, 14,5 KB, 3,2 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${(Math.round(value * 10) / 10).toLocaleString('vi-VN')} ${unit}`;
}

/** The files the browser can show in the page: images inline, PDF in its viewer. */
export const viewerKind = (mimeType: string): 'image' | 'pdf' | null =>
  mimeType === 'application/pdf' ? 'pdf' : mimeType.startsWith('image/') ? 'image' : null;
