// The agenda without the framework: node:http and pg, the app's three SQL queries (copied
// from events.repository.ts and sessions.repository.ts) and the same JSON (buildAgenda in
// agenda.service.ts, redone here). What the app's agenda could reach on this machine.
// Env: DATABASE_URL, PORT, POOL_SIZE (default 10, like the app's DB_POOL_SIZE).
// GET /agenda/<event id>  ->  the agenda in Kazakh.
import { createServer } from 'node:http';
import pg from 'pg';

const SELECT_EVENT = `
  SELECT e.id, e.slug, e.kind, e.status, e.title, e.description, e.region_code AS "regionCode", r.name AS "regionName",
         e.venue, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone", e.visibility,
         e.capacity, e.announced_at AS "announcedAt", e.registration_opens_at AS "registrationOpensAt",
         e.registration_closes_at AS "registrationClosesAt", e.requires_approval AS "requiresApproval", e.quorum,
         e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
         COALESCE(org.list, '[]'::json) AS organizers, COALESCE(org.required, 5) AS "requiredLeadDays",
         CASE WHEN e.announced_at IS NULL THEN NULL
              ELSE floor(extract(epoch FROM e.starts_at - e.announced_at) / 86400)::int END AS "leadTimeDays"
  FROM events e
  LEFT JOIN regions r ON r.code = e.region_code
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'announcementLeadDays', o.announcement_lead_days)
                    ORDER BY eo.position) AS list,
           max(o.announcement_lead_days) AS required
    FROM event_organizers eo JOIN organizations o ON o.id = eo.organization_id
    WHERE eo.event_id = e.id
  ) org ON true
  WHERE e.id = $1::uuid`;

const SELECT_SESSIONS = `SELECT s.id, s.event_id AS "eventId", s.parent_id AS "parentId", s.kind, s.title, s.description,
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.room, s.seats, s.quorum, s.version, s.updated_at AS "updatedAt",
  CASE WHEN s.seats IS NULL THEN 0 ELSE (SELECT count(*)::int FROM session_signups g
    WHERE g.session_id = s.id AND g.status = 'confirmed') END AS "seatsTaken"
  FROM sessions s JOIN events e ON e.id = s.event_id
  WHERE s.event_id = $1
  ORDER BY s.starts_at, s.ends_at DESC,
           array_position(ARRAY(SELECT jsonb_array_elements_text(e.venue->'rooms')), s.room) NULLS FIRST,
           s.created_at, s.id`;

const SELECT_PEOPLE = `SELECT sp.session_id AS "sessionId", sp.person_id AS "personId", sp.role, sp.position, sp.topic, sp.minutes,
         p.full_name AS "fullName", p.position AS "personPosition", o.name AS "organizationName"
  FROM session_people sp
  JOIN people p ON p.id = sp.person_id
  LEFT JOIN organizations o ON o.id = p.organization_id
  WHERE sp.session_id = ANY($1::uuid[])
  ORDER BY sp.session_id, sp.role, sp.position`;

const pick = (text, lang) => (text ? text[lang] || text.kk || text.ru || text.en || null : null);
const personName = (name, lang) => (lang !== 'kk' && name.ru ? name.ru : name.kk);

const formatters = new Map();
function parts(instant, timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    const options = { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' };
    f = new Intl.DateTimeFormat('en-CA', { ...options, hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
}
function zonedIso(instant, timeZone) {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const offset = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset < 0 ? '-' : '+'}${hhmm}`;
}
function localDate(instant, timeZone) {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

function buildAgenda(event, sessions, people, lang) {
  const tz = event.timeZone;
  const bySession = new Map();
  for (const p of people) {
    bySession.set(p.sessionId, [...(bySession.get(p.sessionId) ?? []), p]);
  }
  const person = (p) => ({
    personId: p.personId,
    name: personName(p.fullName, lang),
    position: pick(p.personPosition, lang),
    organization: pick(p.organizationName, lang),
  });
  const toSession = (row) => {
    const mine = bySession.get(row.id) ?? [];
    return {
      id: row.id,
      kind: row.kind,
      title: pick(row.title, lang) ?? '',
      description: pick(row.description, lang),
      startsAt: zonedIso(new Date(row.startsAt), tz),
      endsAt: zonedIso(new Date(row.endsAt), tz),
      room: row.room,
      ...(row.seats ? { seats: row.seats, seatsLeft: Math.max(0, row.seats - row.seatsTaken) } : {}),
      moderators: mine.filter((p) => p.role === 'moderator').map(person),
      speakers: mine
        .filter((p) => p.role === 'speaker')
        .map((p) => ({ ...person(p), topic: pick(p.topic, lang), minutes: p.minutes })),
      children: [],
    };
  };
  const byId = new Map(sessions.map((row) => [row.id, toSession(row)]));
  const days = new Map();
  for (const row of sessions) {
    const session = byId.get(row.id);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) {
      parent.children.push(session);
      continue;
    }
    const date = localDate(new Date(row.startsAt), tz);
    const day = days.get(date) ?? { date, sessions: [] };
    days.set(date, day);
    day.sessions.push(session);
  }
  return {
    language: lang,
    event: {
      id: event.id,
      slug: event.slug,
      kind: event.kind,
      status: event.status,
      title: pick(event.title, lang) ?? '',
      description: pick(event.description, lang),
      timeZone: tz,
      startsAt: zonedIso(new Date(event.startsAt), tz),
      endsAt: zonedIso(new Date(event.endsAt), tz),
      venue: { name: pick(event.venue.name, lang) ?? '', address: pick(event.venue.address, lang) },
      region: event.regionCode
        ? { code: event.regionCode, name: pick(event.regionName, lang) ?? event.regionCode }
        : null,
      organizers: event.organizers.map((o) => ({ id: o.id, name: pick(o.name, lang) ?? '' })),
      updatedAt: new Date(event.updatedAt).toISOString(),
    },
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

async function agenda(id) {
  const event = (await pool.query(SELECT_EVENT, [id])).rows[0];
  if (!event || event.visibility !== 'public' || event.status === 'draft') {
    return undefined;
  }
  const sessions = (await pool.query(SELECT_SESSIONS, [event.id])).rows;
  const people = sessions.length ? (await pool.query(SELECT_PEOPLE, [sessions.map((s) => s.id)])).rows : [];
  return buildAgenda(event, sessions, people, 'kk');
}

const server = createServer((req, res) => {
  const match = /^\/agenda\/([0-9a-f-]{36})$/.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  agenda(match[1]).then(
    (body) => {
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    },
    (error) => {
      console.error(error);
      res.writeHead(500).end();
    },
  );
});
server.keepAliveTimeout = 72_000;
server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1', () => console.log('baseline listening'));

const shutdown = () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
