import { foldKazakhLetters, formatBadgeCode, normalizeBadgeCode } from '@app/contracts';
/**
 * The event's registrations as cached on the device, and the decisions made from them when
 * the server cannot be asked (offline) or before it answers. Pure: no DOM, no IndexedDB, so
 * the rules are unit-tested in node.
 */

export type RegistrationStatus = 'invited' | 'pending' | 'registered' | 'waitlisted' | 'declined' | 'cancelled';

export interface RosterEntry {
  registrationId: string;
  name: string;
  position: string | null;
  organization: string | null;
  status: RegistrationStatus;
  /** Only registered people carry one (the API hides the others'). */
  badgeCode: string | null;
  /** The first check-in to the event as a whole (the server's, or one this device synced). */
  checkedInAt: string | null;
  /** First check-ins to sessions that this device knows of, by session id. */
  sessions: Record<string, string>;
}

export interface Roster {
  eventId: string;
  fetchedAt: string;
  entries: RosterEntry[];
}

/** A check-in waiting on the device until the server has answered for it. */
export interface QueuedCheckIn {
  clientId: string;
  eventId: string;
  badgeCode?: string;
  registrationId?: string;
  sessionId?: string;
  /** The moment of the scan (ISO 8601), sent as `at`: the check-in keeps its real time. */
  at: string;
  deviceId: string;
  /** What to show in lists: the person's name, or the scanned code. */
  label: string;
}

export type Verdict =
  | { kind: 'admitted'; entry: RosterEntry | null }
  | { kind: 'already'; entry: RosterEntry; at: string }
  /** `entry` and `status` are null when only the server knew (a badge hidden from the roster). */
  | { kind: 'not_admitted'; entry: RosterEntry | null; status: RegistrationStatus | null }
  | { kind: 'unknown'; code: string };

export type Target = { badgeCode: string } | { registrationId: string };

/** Lower-case (Kazakh rules), composed (NFC), one space between words. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('kk-KZ').replace(/\s+/g, ' ').trim();
}

/** As `normalizeName`, with the Kazakh letters folded to their look-alikes. */
export function foldName(text: string): string {
  return foldKazakhLetters(normalizeName(text));
}

/**
 * People whose name holds every word of the query: exact Kazakh spelling first, then the
 * folded one; names whose words start with the query's words rank before mere substrings.
 */
export function searchRoster(entries: RosterEntry[], query: string, limit = 20): RosterEntry[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (!words.length) {
    return [];
  }
  const folded = words.map(foldName);
  const scored: { entry: RosterEntry; score: number }[] = [];
  for (const entry of entries) {
    const name = normalizeName(entry.name);
    const nameWords = name.split(' ');
    const foldedName = foldName(name);
    const foldedWords = foldedName.split(' ');
    let score = 0;
    let matches = true;
    for (const [index, word] of words.entries()) {
      if (nameWords.some((w) => w.startsWith(word))) {
        score += 3;
      } else if (name.includes(word)) {
        score += 2;
      } else if (foldedWords.some((w) => w.startsWith(folded[index]))) {
        score += 1;
      } else if (!foldedName.includes(folded[index])) {
        matches = false;
        break;
      }
    }
    if (matches) {
      scored.push({ entry, score });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name, 'kk-KZ'))
    .slice(0, limit)
    .map((item) => item.entry);
}

export function findEntry(entries: RosterEntry[], target: Target): RosterEntry | undefined {
  if ('registrationId' in target) {
    return entries.find((entry) => entry.registrationId === target.registrationId);
  }
  const code = normalizeBadgeCode(target.badgeCode);
  return entries.find((entry) => entry.badgeCode === code);
}

function earliest(times: (string | null | undefined)[]): string | null {
  let first: string | null = null;
  for (const time of times) {
    if (time && (first === null || Date.parse(time) < Date.parse(first))) {
      first = time;
    }
  }
  return first;
}

/**
 * The decision at the door from what the device knows: the roster and the check-ins still
 * queued on it. The server has the last word when it answers (see `applyResult`).
 */
export function decide(
  entries: RosterEntry[],
  queue: QueuedCheckIn[],
  target: Target,
  sessionId: string | null,
): Verdict {
  const entry = findEntry(entries, target);
  const code = 'badgeCode' in target ? normalizeBadgeCode(target.badgeCode) : '';
  if (!entry) {
    const queued = code
      ? queue.find((item) => item.badgeCode === code && (item.sessionId ?? null) === sessionId)
      : null;
    // A badge this roster does not know yet, scanned before on this device: the same person again.
    return queued ? { kind: 'already', entry: unknownEntry(code), at: queued.at } : { kind: 'unknown', code };
  }
  if (entry.status !== 'registered') {
    return { kind: 'not_admitted', entry, status: entry.status };
  }
  const queuedTimes = queue
    .filter(
      (item) =>
        (item.sessionId ?? null) === sessionId &&
        (item.registrationId === entry.registrationId || (!!item.badgeCode && item.badgeCode === entry.badgeCode)),
    )
    .map((item) => item.at);
  const known = sessionId ? entry.sessions[sessionId] : entry.checkedInAt;
  const at = earliest([known, ...queuedTimes]);
  return at ? { kind: 'already', entry, at } : { kind: 'admitted', entry };
}

function unknownEntry(code: string): RosterEntry {
  return {
    registrationId: '',
    name: formatBadgeCode(code),
    position: null,
    organization: null,
    status: 'registered',
    badgeCode: code,
    checkedInAt: null,
    sessions: {},
  };
}

/** One answer of the batch endpoint for one queued item. */
export interface BatchResult {
  clientId: string | null;
  status: 'checked_in' | 'already_checked_in' | 'rejected' | string;
  code?: string;
  message?: string;
  at?: string;
  registrationId?: string;
}

/** The roster after the server's answer for a check-in: its (first) time becomes known. */
export function applyResult(entries: RosterEntry[], item: QueuedCheckIn, result: BatchResult): RosterEntry[] {
  if (result.status === 'rejected' || !result.registrationId || !result.at) {
    return entries;
  }
  const at = result.at;
  return entries.map((entry) => {
    if (entry.registrationId !== result.registrationId) {
      return entry;
    }
    if (item.sessionId) {
      return {
        ...entry,
        sessions: { ...entry.sessions, [item.sessionId]: earliest([entry.sessions[item.sessionId], at])! },
      };
    }
    return { ...entry, checkedInAt: earliest([entry.checkedInAt, at]) };
  });
}

/**
 * A fresh roster from the server, keeping what this device learnt about sessions (the list
 * the API gives carries only the event-level check-in).
 */
export function mergeRoster(fresh: RosterEntry[], previous: RosterEntry[]): RosterEntry[] {
  const before = new Map(previous.map((entry) => [entry.registrationId, entry]));
  return fresh.map((entry) => {
    const old = before.get(entry.registrationId);
    return old ? { ...entry, sessions: { ...old.sessions, ...entry.sessions } } : entry;
  });
}

/** The verdict once the server has answered for a check-in: its word is the last. */
export function verdictFromServer(result: BatchResult, previous: Verdict, entries: RosterEntry[]): Verdict {
  const entry =
    entries.find((candidate) => candidate.registrationId === result.registrationId) ??
    ('entry' in previous ? previous.entry : null);
  if (result.status === 'checked_in') {
    return { kind: 'admitted', entry };
  }
  if (result.status === 'already_checked_in' && entry && result.at) {
    return { kind: 'already', entry, at: result.at };
  }
  if (result.code === 'NOT_ADMITTED') {
    // Registered on the device's roster but not on the server's (cancelled meanwhile), or a
    // badge the roster never showed (waitlisted people's codes are not listed).
    return previous.kind === 'not_admitted' ? previous : { kind: 'not_admitted', entry, status: null };
  }
  return previous;
}
