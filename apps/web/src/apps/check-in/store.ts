import type { QueuedCheckIn, Roster } from './roster';

/**
 * The device's own storage of the check-in app (IndexedDB, no library): the roster of each
 * event, the queue of check-ins not yet answered by the server, the ones it refused, and a
 * few settings. A check-in is written here before anything is shown, so a closed tab, a
 * reload or a flat battery after the scan never loses it.
 */

const DB_NAME = 'akim-check-in';
const VERSION = 1;
type StoreName = 'rosters' | 'queue' | 'rejected' | 'settings';

/** A queued check-in the server refused, kept to show the checker why. */
export interface RejectedCheckIn extends QueuedCheckIn {
  code: string;
  message: string;
  answeredAt: string;
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('rosters', { keyPath: 'eventId' });
      db.createObjectStore('queue', { keyPath: 'clientId' }).createIndex('eventId', 'eventId');
      db.createObjectStore('rejected', { keyPath: 'clientId' }).createIndex('eventId', 'eventId');
      db.createObjectStore('settings');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error('IndexedDB'));
    };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

/** Runs `work` in one transaction and resolves once it is committed (durable), not just queued. */
async function inTransaction<T>(
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const db = await open();
  const tx = db.transaction(stores, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  const result = await work(tx);
  await committed;
  return result;
}

export function getRoster(eventId: string): Promise<Roster | undefined> {
  return inTransaction(['rosters'], 'readonly', (tx) => done(tx.objectStore('rosters').get(eventId)));
}

export async function putRoster(roster: Roster): Promise<void> {
  await inTransaction(['rosters'], 'readwrite', (tx) => done(tx.objectStore('rosters').put(roster)));
}

export function queuedFor(eventId: string): Promise<QueuedCheckIn[]> {
  return inTransaction(['queue'], 'readonly', (tx) =>
    done(tx.objectStore('queue').index('eventId').getAll(eventId) as IDBRequest<QueuedCheckIn[]>),
  ).then((items) => items.sort((a, b) => a.at.localeCompare(b.at)));
}

export function allQueued(): Promise<QueuedCheckIn[]> {
  return inTransaction(['queue'], 'readonly', (tx) =>
    done(tx.objectStore('queue').getAll() as IDBRequest<QueuedCheckIn[]>),
  );
}

export async function enqueue(item: QueuedCheckIn): Promise<void> {
  await inTransaction(['queue'], 'readwrite', (tx) => done(tx.objectStore('queue').add(item)));
}

/**
 * The server's answers for some queued items, in one transaction: answered items leave the
 * queue, refused ones move to `rejected`, and the roster learns the check-in times.
 */
export async function settle(
  answered: { item: QueuedCheckIn; rejected?: { code: string; message: string } }[],
  roster: Roster | undefined,
): Promise<void> {
  await inTransaction(['queue', 'rejected', 'rosters'], 'readwrite', (tx) => {
    const queue = tx.objectStore('queue');
    const rejected = tx.objectStore('rejected');
    const answeredAt = new Date().toISOString();
    for (const { item, rejected: refusal } of answered) {
      queue.delete(item.clientId);
      if (refusal) {
        rejected.put({ ...item, ...refusal, answeredAt } satisfies RejectedCheckIn);
      }
    }
    if (roster) {
      tx.objectStore('rosters').put(roster);
    }
  });
}

export function rejectedFor(eventId: string): Promise<RejectedCheckIn[]> {
  return inTransaction(['rejected'], 'readonly', (tx) =>
    done(tx.objectStore('rejected').index('eventId').getAll(eventId) as IDBRequest<RejectedCheckIn[]>),
  );
}

export async function clearRejected(eventId: string): Promise<void> {
  const items = await rejectedFor(eventId);
  await inTransaction(['rejected'], 'readwrite', (tx) => {
    for (const item of items) {
      tx.objectStore('rejected').delete(item.clientId);
    }
  });
}

export function getSetting<T>(key: string): Promise<T | undefined> {
  return inTransaction(['settings'], 'readonly', (tx) =>
    done(tx.objectStore('settings').get(key) as IDBRequest<T | undefined>),
  );
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await inTransaction(['settings'], 'readwrite', (tx) => done(tx.objectStore('settings').put(value, key)));
}

/** One id per device, made once: the server records which device admitted whom. */
export async function deviceId(): Promise<string> {
  const existing = await getSetting<string>('deviceId');
  if (existing) {
    return existing;
  }
  const made = crypto.randomUUID();
  await putSetting('deviceId', made);
  return made;
}
