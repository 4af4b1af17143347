-- The registration transaction of RegistrationsService.register reduced to its SQL: lock the
-- event row, count the registered, insert the person as registered or waitlisted.
-- Each transaction takes a person nobody took before (client_id + clients * k: variables
-- live as long as the client), 5,000 people per event, then the next pgbench event.
-- Ids are dataset.mjs's idOf(): md5 made a version-4 UUID. -D: tag, clients, people, events, k=0.
\set k :k + 1
\set n :client_id + :clients * (:k - 1)
\set e (:n / :people) % :events
\set p 1 + :n % :people
BEGIN;
SELECT id AS event, capacity FROM events
WHERE id = overlay(overlay(md5(:tag::text || '-pgreg-' || :e::text) placing '4' from 13) placing '8' from 17)::uuid
FOR UPDATE \gset
SELECT count(*) AS registered FROM registrations WHERE event_id = :event::uuid AND status = 'registered' \gset
INSERT INTO registrations (event_id, person_id, role, status, badge_code, waitlisted_at)
VALUES (:event::uuid,
        overlay(overlay(md5(:tag::text || '-person-' || :p::text) placing '4' from 13) placing '8' from 17)::uuid,
        'delegate',
        CASE WHEN :registered::int < :capacity::int THEN 'registered' ELSE 'waitlisted' END,
        :tag::text || 'P' || :n::text,
        CASE WHEN :registered::int < :capacity::int THEN NULL ELSE clock_timestamp() END)
ON CONFLICT DO NOTHING;
COMMIT;
