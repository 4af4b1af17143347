import type { QuorumState } from './types';

/**
 * What the API counts at adoption: the adopting session's check-ins, or the event's when the
 * session had none (AttendanceService.quorumFor), under the session's rule when it has one.
 */
export function liveQuorum(quorum: QuorumState[] | undefined, sessionId: string | null): QuorumState | undefined {
  const eventLevel = quorum?.find((q) => q.sessionId === null);
  const sessionLevel = sessionId ? quorum?.find((q) => q.sessionId === sessionId) : undefined;
  const rule = sessionLevel ?? eventLevel;
  if (!rule) {
    return undefined;
  }
  const present = sessionLevel && sessionLevel.present > 0 ? sessionLevel.present : (eventLevel?.present ?? 0);
  return { ...rule, present, reached: rule.members > 0 && present >= rule.required };
}
