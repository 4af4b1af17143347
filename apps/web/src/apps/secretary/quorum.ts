import type { QuorumState } from './types';

/**
 * The quorum the API judges at adoption: the board's row of the adopting session (the API counts the whole-event
 * check-ins there unless the session checks in on its own), or the event's row when there is no session.
 */
export function liveQuorum(quorum: QuorumState[] | undefined, sessionId: string | null): QuorumState | undefined {
  return (
    (sessionId ? quorum?.find((q) => q.sessionId === sessionId) : undefined) ??
    quorum?.find((q) => q.sessionId === null)
  );
}
