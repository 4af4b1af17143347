import type { ProtocolResponse, SessionResponse } from '@app/contracts';

export type Session = Pick<SessionResponse, 'id' | 'parentId' | 'kind' | 'title' | 'startsAt'>;

/**
 * The sessions that may have a protocol of their own: the API takes any session of the event
 * without one yet; a break is no meeting, so it is not offered.
 */
export function sessionsWithoutProtocol(
  sessions: Session[],
  protocols: Pick<ProtocolResponse, 'kind' | 'sessionId'>[],
): Session[] {
  const kept = new Set(protocols.filter((p) => p.kind === 'protocol').map((p) => p.sessionId));
  return sessions.filter((s) => s.kind !== 'break' && !kept.has(s.id));
}
