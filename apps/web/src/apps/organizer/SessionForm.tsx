import { SESSION_KINDS } from '@app/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { FieldError, Notice } from '../../lib/ui';
import { asApiError, fieldMessage, markClean, SelectField, TextField, useUnsavedChanges } from '../../lib/forms';
import { LangFields } from '../../lib/lang-fields';
import { QuorumFields } from './QuorumFields';
import { sessionKindLabel, TEXTS } from './messages';
import { PersonPicker } from './PersonPicker';
import { SpeakerList } from './SpeakerList';
import { sessionBody, type SessionValues, sessionValues } from './session-values';
import type { EventData, SessionData } from './types';

/** One session: kind, kk/ru/en title, times in the event's zone, room, section, moderators, speakers. */
export function SessionForm(props: {
  event: EventData;
  session: SessionData | null;
  parentId: string;
  sections: SessionData[];
  onSaved: () => Promise<void>;
  onCancel: () => void;
}): ReactNode {
  const { event, session } = props;
  const t = useTexts(TEXTS);
  // The form starts once per session (its key); later changes of the list do not reset it.
  const [initial] = useState(() =>
    sessionValues(
      event,
      session,
      props.sections.find((s) => s.id === props.parentId),
    ),
  );
  const [values, setValues] = useState<SessionValues>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useUnsavedChanges('session', dirty);
  const set =
    <K extends keyof SessionValues>(key: K) =>
    (value: SessionValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const e = (field: string): string | undefined => fieldMessage(error, field);
  const formId = session ? `session-${session.id}` : 'session-new';

  const submit = async (submitEvent: FormEvent): Promise<void> => {
    submitEvent.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = sessionBody(values, event.timeZone, !session);
      if (session) {
        await api('PATCH', `/sessions/${session.id}`, { body, headers: { 'if-match': String(session.version) } });
      } else {
        await api('POST', `/events/${event.id}/sessions`, { body });
      }
      markClean('session');
      await props.onSaved();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  const conflict =
    error && ['SPEAKER_CONFLICT', 'ROOM_CONFLICT', 'OUTSIDE_EVENT', 'INVALID_PARENT'].includes(error.code);
  const sections = props.sections.filter((s) => s.id !== session?.id);
  const peopleIds = [...values.moderators, ...values.speakers].map((p) => p.personId);

  return (
    <form className="form session-form" onSubmit={(s) => void submit(s)} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{session ? t('editSession', { title: session.title }) : t('newSession')}</h3>
      <div className="grid-2">
        <SelectField
          id={`${formId}-kind`}
          label={t('sessionKind')}
          value={values.kind}
          onChange={set('kind')}
          options={SESSION_KINDS.map((k) => ({ value: k, label: sessionKindLabel(t, k) }))}
          error={e('kind')}
        />
        <SelectField
          id={`${formId}-parent`}
          label={t('section')}
          value={values.parentId}
          onChange={set('parentId')}
          options={[{ value: '', label: t('topLevel') }, ...sections.map((s) => ({ value: s.id, label: s.title }))]}
          error={e('parentId')}
        />
      </div>
      <LangFields
        id={`${formId}-title-text`}
        field="title"
        legend={t('sessionTitle')}
        values={values.title}
        onChange={set('title')}
        error={error}
        required
      />
      <LangFields
        id={`${formId}-description`}
        field="description"
        legend={t('sessionDescription')}
        values={values.description}
        onChange={set('description')}
        error={error}
        multiline
      />
      <QuorumFields
        id={`${formId}-quorum`}
        legend="sessionQuorum"
        values={values.quorum}
        onChange={set('quorum')}
        error={error}
      />
      <div className="grid-3">
        <TextField
          id={`${formId}-starts`}
          type="datetime-local"
          label={t('startsAt')}
          value={values.startsAt}
          onChange={set('startsAt')}
          error={e('startsAt')}
          hint={t('inZone', { zone: event.timeZone })}
          required
        />
        <TextField
          id={`${formId}-ends`}
          type="datetime-local"
          label={t('endsAt')}
          value={values.endsAt}
          onChange={set('endsAt')}
          error={e('endsAt')}
          required
        />
        <SelectField
          id={`${formId}-room`}
          label={t('room')}
          value={values.room}
          onChange={set('room')}
          options={[
            { value: '', label: '—' },
            // The session keeps the room's Kazakh name; the list reads in the console's language.
            ...event.venue.roomNames.map((r, i) => ({ value: r.kk, label: event.venue.rooms[i] ?? r.kk })),
          ]}
          error={e('room')}
        />
      </div>
      <TextField
        id={`${formId}-seats`}
        type="number"
        inputMode="numeric"
        label={t('seats')}
        value={values.seats}
        onChange={set('seats')}
        error={e('seats')}
        hint={t('seatsHint')}
      />
      <fieldset>
        <legend>{t('moderators')}</legend>
        {values.moderators.length > 0 && (
          <ul className="chips">
            {values.moderators.map((m) => (
              <li key={m.personId}>
                {m.name}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('removeModerator', { name: m.name })}
                  onClick={() => set('moderators')(values.moderators.filter((x) => x.personId !== m.personId))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <PersonPicker
          id={`${formId}-moderator-search`}
          label={t('addModerator')}
          excludeIds={peopleIds}
          onPick={(person) => set('moderators')([...values.moderators, person])}
        />
        <FieldError id={`${formId}-moderators-error`} message={e('moderatorIds')} />
      </fieldset>
      <fieldset aria-describedby={e('speakers') ? `${formId}-speakers-error` : undefined}>
        <legend>{t('speakers')}</legend>
        <SpeakerList speakers={values.speakers} onChange={set('speakers')} />
        <PersonPicker
          id={`${formId}-speaker-search`}
          label={t('addSpeaker')}
          excludeIds={peopleIds}
          onPick={(person) =>
            set('speakers')([...values.speakers, { ...person, topicKk: '', topicRu: '', minutes: '' }])
          }
        />
        <FieldError id={`${formId}-speakers-error`} message={e('speakers')} />
      </fieldset>
      {error?.code === 'VERSION_MISMATCH' && (
        <Notice kind="error">
          {t('versionConflict')}{' '}
          <button
            type="button"
            className="secondary inline"
            onClick={() => {
              markClean('session');
              void props.onSaved();
            }}
          >
            {t('reload')}
          </button>
        </Notice>
      )}
      {error && error.code !== 'VERSION_MISMATCH' && (
        <Notice kind="error">
          {conflict && <strong>{t('conflictTitle')} </strong>}
          {error.message}
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {session ? t('saveChanges') : t('addSession')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (!dirty || window.confirm(t('unsavedLeave'))) {
              markClean('session');
              props.onCancel();
            }
          }}
        >
          {t('cancel')}
        </button>
        {dirty && <span className="unsaved">{t('unsaved')}</span>}
      </div>
    </form>
  );
}
