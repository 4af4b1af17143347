-- A check-in at the door: a random registration of the pgbench event, once per person
-- (a repeated scan changes nothing). Ids are dataset.mjs's idOf(). -D: tag, event, regs.
\set r random(1, :regs)
INSERT INTO check_ins (event_id, registration_id, at)
VALUES (:event::uuid,
        overlay(overlay(md5(:tag::text || '-pgci-reg-' || :r::text) placing '4' from 13) placing '8' from 17)::uuid,
        now())
ON CONFLICT (registration_id) WHERE session_id IS NULL DO NOTHING;
