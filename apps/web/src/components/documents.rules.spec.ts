import type { DossierView, SessionUser } from '../api/api.types';
import { atDesk, formatSize, holdsStep, viewerKind } from './documents.rules';

const user = (unit: string, role: SessionUser['roles'][number]): SessionUser => ({
  username: 'u',
  fullName: 'U',
  title: '',
  unit,
  unitName: unit,
  roles: [role],
});
const dossier = (finishedAt: string | null = null) =>
  ({
    receivingUnit: 'mot-cua-xa',
    finishedAt,
    step: { owner: { unit: 'tu-phap-xa', role: 'officer' } },
  }) as unknown as DossierView;

describe('the documents panel', () => {
  it('offers scans to the receiving desk and working documents to the step owner, while the dossier runs', () => {
    expect(atDesk(user('mot-cua-xa', 'reception'), dossier())).toBe(true);
    expect(atDesk(user('mot-cua-tinh', 'reception'), dossier())).toBe(false);
    expect(atDesk(user('mot-cua-xa', 'reception'), dossier('2026-11-23T10:00:00+07:00'))).toBe(false);
    expect(holdsStep(user('tu-phap-xa', 'officer'), dossier())).toBe(true);
    expect(holdsStep(user('tu-phap-xa', 'head'), dossier())).toBe(false);
    expect(holdsStep(user('mot-cua-xa', 'reception'), dossier())).toBe(false);
  });

  it('reads sizes in Vietnamese and shows PDFs and images in the page', () => {
    expect(formatSize(820)).toBe('820 B');
    expect(formatSize(14_848)).toBe('14,5 KB');
    expect(formatSize(3_355_443)).toBe('3,2 MB');
    expect(viewerKind('application/pdf')).toBe('pdf');
    expect(viewerKind('image/png')).toBe('image');
    expect(viewerKind('application/octet-stream')).toBeNull();
  });
});
