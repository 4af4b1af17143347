import {
  adoptionRecord,
  createOrganization,
  createPerson,
  dayFromNow,
  publishedEvent,
  underWay,
  userWith,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('public progress of an adopted act', () => {
  let t: TestApp;
  let organizer: string;
  let eventId: string;
  let slug: string;
  let resolutionId: string;
  // What only the forum's staff may read: the note, the evidence link, the executor and their contacts.
  const INTERNAL = [
    'Мердігер кешікті, ішкі ескерту',
    'https://internal.akimat.kz/report-17',
    'zhaksybaev@zhanakala.kz',
    '+7 701 555 12 34',
    'Жақсыбаев',
  ];

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t, { name: { kk: 'БҚО әкімдігі', ru: 'Акимат ЗКО' } });
    const district = await createOrganization(t, {
      name: { kk: 'Жаңақала ауданының әкімдігі', ru: 'Акимат Жанакалинского района' },
      parentId: org.id,
    });
    organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
    const executor = await createPerson(t, 'Ерлан Жақсыбаев', {
      email: 'zhaksybaev@zhanakala.kz',
      phone: '+7 701 555 12 34',
    });
    eventId = (await publishedEvent(t, organizer, [org.id], underWay())).id;
    slug = (await t.client.get(`/api/v1/events/${eventId}`, { token: organizer })).body.slug;
    const created = await t.client.post(
      `/api/v1/events/${eventId}/resolutions`,
      {
        title: { kk: 'Көшпелі отырыстың қаулысы', ru: 'Постановление выездного заседания' },
        points: [
          {
            text: { kk: 'Мектеп салу', ru: 'Построить школу' },
            responsibleOrganizationId: district.id,
            executorId: executor.id,
            dueDate: dayFromNow(200),
          },
          { text: { kk: 'Жолды жөндеу', ru: 'Отремонтировать дорогу' }, dueDate: dayFromNow(300) },
        ],
      },
      { token: organizer },
    );
    resolutionId = created.body.id;
    const adopted = await t.client.post(
      `/api/v1/resolutions/${resolutionId}/adopt`,
      {
        votesFor: 3,
        votesAgainst: 0,
        votesAbstained: 0,
        presentCount: 3,
        ...adoptionRecord((await createPerson(t, 'Төраға')).id),
      },
      { token: organizer },
    );
    expect(adopted.status).toBe(200);
    const progress = await t.client.patch(
      `/api/v1/resolutions/${resolutionId}/points/${adopted.body.points[0].id}`,
      { status: 'in_progress', percent: 40, note: INTERNAL[0], evidenceUrl: INTERNAL[1] },
      { token: organizer },
    );
    expect(progress.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the staff everything, and the public each point’s status and percent with nothing internal', async () => {
    const staff = await t.client.get(`/api/v1/resolutions/${resolutionId}`, { token: organizer });
    for (const internal of INTERNAL.slice(0, 2)) {
      expect(JSON.stringify(staff.body)).toContain(internal);
    }
    expect(staff.body.points[0].executor.name).toContain('Жақсыбаев');

    const one = await t.client.get(`/api/v1/resolutions/${resolutionId}`);
    const list = await t.client.get(`/api/v1/events/${eventId}/resolutions`);
    expect(one.status).toBe(200);
    expect(list.status).toBe(200);
    for (const body of [one.body, list.body[0]]) {
      expect(body.points.map((p: { status: string; percent: number }) => [p.status, p.percent])).toEqual([
        ['in_progress', 40],
        ['not_started', 0],
      ]);
      expect(body.points[0].executor).toBeNull();
      expect(body.points[0].progress).toEqual([
        expect.objectContaining({ status: 'in_progress', percent: 40, note: null, evidenceUrl: null }),
      ]);
    }
    // A participant who is not the forum's staff is the public too.
    const participant = await userWith(t, []);
    const asParticipant = await t.client.get(`/api/v1/resolutions/${resolutionId}`, { token: participant });
    for (const text of [JSON.stringify(one.body), JSON.stringify(list.body), JSON.stringify(asParticipant.body)]) {
      for (const internal of INTERNAL) {
        expect(text).not.toContain(internal);
      }
    }

    for (const [lang, heading, status] of [
      ['ru', 'Исполнение', 'в работе, 40%'],
      ['kk', 'Орындалуы', 'орындалуда, 40%'],
    ] as const) {
      const page = await t.client.get(`/events/${slug}?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`<summary>${heading}</summary>`);
      expect(page.text).toContain(status);
      expect(page.text).toMatch(/data-status="not_started" data-percent="0"/);
      for (const internal of INTERNAL) {
        expect(page.text).not.toContain(internal);
      }
    }
  });
});
