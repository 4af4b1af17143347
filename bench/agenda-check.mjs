// Is this the agenda of the benchmark forum? Checks the shape and the counts the data set
// planted (days, sessions, sections, speakers, moderators). Returns the problems found.
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

export function checkAgenda(agenda, expected) {
  const problems = [];
  const expect = (ok, message) => ok || problems.push(message);
  if (!agenda || typeof agenda !== 'object' || !Array.isArray(agenda.days) || !agenda.event) {
    return ['not an agenda object'];
  }
  expect(agenda.language === 'kk', `language ${agenda.language}`);
  expect(agenda.event.id === expected.eventId, `event.id ${agenda.event.id}`);
  expect(agenda.event.organizers?.length === 2, 'event.organizers should have 2 entries');
  expect(INSTANT.test(agenda.event.startsAt ?? ''), `event.startsAt ${agenda.event.startsAt}`);
  expect(agenda.days.length === expected.days, `days: ${agenda.days.length}, expected ${expected.days}`);
  const dates = agenda.days.map((d) => d.date);
  expect(dates.join() === [...dates].sort().join(), 'days out of order');

  const all = [];
  const walk = (sessions, depth) => {
    for (const s of sessions ?? []) {
      all.push({ ...s, depth });
      walk(s.children, depth + 1);
    }
  };
  agenda.days.forEach((d) => walk(d.sessions, 0));
  expect(all.length === expected.sessions, `sessions: ${all.length}, expected ${expected.sessions}`);
  expect(all.filter((s) => s.depth === 1).length === expected.children, 'wrong number of sub-sessions');
  expect(all.filter((s) => s.children?.length).length === expected.sections, 'wrong number of sections');
  const speakers = all.flatMap((s) => s.speakers ?? []);
  const moderators = all.flatMap((s) => s.moderators ?? []);
  expect(speakers.length === expected.speakerRows, `speakers: ${speakers.length}, expected ${expected.speakerRows}`);
  expect(moderators.length === expected.moderatorRows, `moderators: ${moderators.length}`);
  expect(new Set(speakers.map((p) => p.personId)).size === expected.distinctSpeakers, 'distinct speakers');
  const bad = all.find(
    (s) =>
      typeof s.id !== 'string' ||
      typeof s.title !== 'string' ||
      !s.title ||
      !INSTANT.test(s.startsAt) ||
      !INSTANT.test(s.endsAt) ||
      !Array.isArray(s.moderators) ||
      !Array.isArray(s.speakers) ||
      !Array.isArray(s.children),
  );
  expect(!bad, `malformed session ${bad?.id}`);
  const badPerson = [...speakers, ...moderators].find((p) => typeof p.name !== 'string' || !p.name || !p.personId);
  expect(!badPerson, 'a person without a name or id');
  for (const day of agenda.days) {
    const starts = day.sessions.map((s) => s.startsAt);
    expect(starts.join() === [...starts].sort().join(), `sessions of ${day.date} out of order`);
  }
  return problems;
}

/** For autocannon's verifyBody: true when the body is a correct agenda. */
export function agendaVerifier(expected) {
  return (body) => {
    try {
      return checkAgenda(JSON.parse(body), expected).length === 0;
    } catch {
      return false;
    }
  };
}
