import { NotificationsService } from '../../apps/api/src/participation/notifications/notifications.service';
import { createOrganization, createPerson, userWith } from '../support/factories';
import { publishedForum } from './mail-fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp } from '../support/test-app';

describe('mail worker', () => {
  it('delivers what is queued when an earlier stage of its round fails', async () => {
    const sink = await SmtpSink.start();
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_MS: '100' });
    try {
      // The reminders' stage fails at every round (as a broken template or a bad row would).
      const notifications = t.app.get(NotificationsService);
      let failures = 0;
      notifications.scheduleReminders = () => {
        failures += 1;
        return Promise.reject(new Error('reminders broke'));
      };
      const org = await createOrganization(t);
      const organizer = await userWith(t, [{ role: 'organizer', kind: 'organization', id: org.id }]);
      const { id: eventId } = await publishedForum(t, organizer, org.id);
      const person = await createPerson(t, 'Ерлан Қасенов', { email: 'kassenov@akimat.kz', language: 'kk' });
      const registration = await t.client.post(
        `/api/v1/events/${eventId}/registrations`,
        { personId: person.id },
        { token: organizer },
      );
      expect(registration.status).toBe(201);

      const [mail] = await sink.waitFor(1);
      expect((mail.to as { text: string }).text).toBe('kassenov@akimat.kz');
      expect(mail.subject).toBe('Тіркелдіңіз: Ауыл әкімдерінің форумы');
      expect(failures).toBeGreaterThan(0);
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});
