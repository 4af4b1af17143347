import { dayFromNow, eventBody } from '../support/factories';
import type { TestApp } from '../support/test-app';

/** The day of the forums of the mail specs: four months ahead whenever the suite runs (reminders go out the day before). */
export const FORUM_DAY = dayFromNow(120);
/** The day before FORUM_DAY. */
export const DAY_BEFORE = dayFromNow(119);

/** A published forum on FORUM_DAY, 10:00–18:00 in Asia/Oral, with a plenary session at 10:00. */
export async function publishedForum(
  t: TestApp,
  organizer: string,
  orgId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; sessionId: string }> {
  const event = await t.client.post(
    '/api/v1/events',
    eventBody([orgId], {
      startsAt: `${FORUM_DAY}T10:00:00+05:00`,
      endsAt: `${FORUM_DAY}T18:00:00+05:00`,
      ...overrides,
    }),
    { token: organizer },
  );
  if (event.status !== 201) {
    throw new Error(`event: ${event.status} ${event.text}`);
  }
  const session = await t.client.post(
    `/api/v1/events/${event.body.id}/sessions`,
    {
      kind: 'plenary',
      title: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание' },
      startsAt: `${FORUM_DAY}T10:00:00+05:00`,
      endsAt: `${FORUM_DAY}T12:00:00+05:00`,
    },
    { token: organizer },
  );
  await t.client.post(`/api/v1/events/${event.body.id}/publish`, undefined, { token: organizer });
  return { id: event.body.id, sessionId: session.body.id };
}
