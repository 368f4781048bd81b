import { call, client } from '../api/api.client';
import type { DossierView } from '../api/api.types';
import { messageOf } from '../use-async.hook';
import { bulkActions } from './forward.rules';

const TRIES = 30;
const PAUSE_MS = 400;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type DeskForward = { forwarded: DossierView } | { error: string };

/**
 * The desk's forward of a dossier it has just accepted: once the procedure has started on the desk's own first
 * step (`stepId`, a moment after the receipt), that step's forward is sent at the version read.
 */
export async function forwardOnceStarted(code: string, stepId: string): Promise<DeskForward> {
  const params = { path: { code } };
  try {
    for (let i = 0; i < TRIES; i++) {
      const d = await call(client.GET('/api/v1/dossiers/{code}', { params }));
      if (d.status !== 'accepted') {
        const [action] = d.step?.id === stepId ? bulkActions([d]) : [];
        if (!action) return { error: 'Hồ sơ không còn ở bước tiếp nhận của Bộ phận Một cửa.' };
        return {
          forwarded: await call(
            client.POST('/api/v1/dossiers/{code}/actions', {
              params,
              body: { action, expectedVersion: d.version },
            }),
          ),
        };
      }
      await pause(PAUSE_MS);
    }
    return { error: 'Quy trình chưa bắt đầu sau khi tiếp nhận.' };
  } catch (error) {
    return { error: messageOf(error) };
  }
}
