export const DOSSIER_STATUSES = [
  'submitted', // sent in online through the public service portal; reception accepts or refuses it
  'awaiting_documents', // incomplete at the desk: the citizen was asked for more (form 02); the clock has not started
  'accepted', // complete and recorded; the intake job has not started its procedure yet
  'in_progress',
  'awaiting_supplement',
  'result_ready',
  'done',
  'refused',
  'withdrawn',
  'stopped',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const FINAL_STATUSES: readonly DossierStatus[] = ['done', 'refused', 'withdrawn', 'stopped'];

export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

export interface HandedDocument {
  name: string;
  originals: number;
  copies: number;
}
