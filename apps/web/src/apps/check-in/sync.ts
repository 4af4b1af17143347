import { api, ApiError } from '../../lib/api';
import { applyResult, type BatchResult, type QueuedCheckIn, type RosterEntry } from './roster';
import { allQueued, getRoster, settle } from './store';

/** The batch endpoint takes up to 2000 items; smaller batches answer sooner on a slow link. */
const BATCH_SIZE = 200;

export type SyncOutcome =
  | { kind: 'done'; sent: number; rejected: number; results: Map<string, BatchResult> }
  | { kind: 'offline' }
  | { kind: 'signed_out' }
  | { kind: 'failed'; message: string };

let tail: Promise<unknown> = Promise.resolve();

/**
 * Sends every queued check-in (of any event) through the batch endpoint. An item leaves the
 * queue only once the server has answered for it; a lost connection or a server error keeps
 * it for the next try, and the clientId makes a resend harmless. Runs one after another, so a
 * scan made during a run is sent by the next one, never twice at once.
 */
export function syncQueue(): Promise<SyncOutcome> {
  const result = tail.then(run, run);
  tail = result.catch(() => undefined);
  return result;
}

async function run(): Promise<SyncOutcome> {
  const queue = await allQueued();
  const results = new Map<string, BatchResult>();
  let rejected = 0;
  const byEvent = new Map<string, QueuedCheckIn[]>();
  for (const item of queue) {
    byEvent.set(item.eventId, [...(byEvent.get(item.eventId) ?? []), item]);
  }
  for (const [eventId, items] of byEvent) {
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const batch = items.slice(start, start + BATCH_SIZE);
      let answer: { results: BatchResult[] };
      try {
        answer = await api<{ results: BatchResult[] }>('POST', `/events/${eventId}/check-ins/batch`, {
          body: {
            items: batch.map(({ badgeCode, registrationId, sessionId, at, deviceId, clientId }) => ({
              badgeCode,
              registrationId,
              sessionId,
              at,
              deviceId,
              clientId,
            })),
          },
        });
      } catch (error) {
        if (error instanceof ApiError) {
          if (error.status === 401) {
            return { kind: 'signed_out' };
          }
          return { kind: 'failed', message: error.message };
        }
        return { kind: 'offline' };
      }
      const roster = await getRoster(eventId);
      let entries: RosterEntry[] = roster?.entries ?? [];
      const answered: Parameters<typeof settle>[0] = [];
      for (const item of batch) {
        const result = answer.results.find((candidate) => candidate.clientId === item.clientId);
        if (!result) {
          continue; // not answered: stays queued
        }
        results.set(item.clientId, result);
        entries = applyResult(entries, item, result);
        if (result.status === 'rejected') {
          rejected++;
          answered.push({ item, rejected: { code: result.code ?? 'REJECTED', message: result.message ?? '' } });
        } else {
          answered.push({ item });
        }
      }
      await settle(answered, roster ? { ...roster, entries } : undefined);
    }
  }
  return { kind: 'done', sent: results.size, rejected, results };
}
