/**
 * The one rule of who is present for a quorum, as SQL shared by every count of it (the attendance board, the
 * adoption, the vote by name, the protocol's log), so that they all say the same number.
 *
 * - Only check-ins made from the event's start on count (less the time the doors open before it, DOORS_OPEN):
 *   a badge scanned a week before the forum is a test or a mistake, not presence.
 * - A session that checks in on its own (it has check-ins of its own by the moment judged) counts those only.
 * - Any other session counts the whole-event check-ins of those who were in while it was held: checked in before
 *   it ended (nobody is checked out). The event as a whole (session null) counts the whole-event check-ins.
 * - Only what was recorded by the moment judged counts (`at`; now when null).
 *
 * The fragment defines the CTEs `slots` (session_id null for the event, then every session of it) and
 * `presence` (session_id, registration_id, at: when they counted as present there). `$event` and `$at` name the
 * statement's parameters holding the event's id and the moment (a timestamptz or null).
 */
export const DOORS_OPEN = '2 hours';

export function presenceCtes(event: string, at: string): string {
  return `counted AS (
         SELECT c.registration_id, c.session_id, c.at
         FROM check_ins c JOIN events e ON e.id = c.event_id
         WHERE c.event_id = ${event} AND c.at >= e.starts_at - interval '${DOORS_OPEN}'
           AND (${at}::timestamptz IS NULL OR c.at <= ${at}::timestamptz)
       ), slots AS (
         SELECT NULL::uuid AS session_id, NULL::timestamptz AS ends_at, false AS own
         UNION ALL
         SELECT s.id, s.ends_at, EXISTS (SELECT 1 FROM counted k WHERE k.session_id = s.id)
         FROM sessions s WHERE s.event_id = ${event}
       ), presence AS (
         SELECT sl.session_id, k.registration_id, min(k.at) AS at
         FROM slots sl JOIN counted k
           ON CASE WHEN sl.own THEN k.session_id = sl.session_id
                   ELSE k.session_id IS NULL AND (sl.ends_at IS NULL OR k.at <= sl.ends_at) END
         GROUP BY sl.session_id, k.registration_id
       )`;
}
