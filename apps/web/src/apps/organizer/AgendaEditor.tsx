import { SESSION_KINDS } from '@app/contracts';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { FieldError, Notice } from '../../lib/ui';
import { asApiError, fieldMessage, markClean, SelectField, TextField, useUnsavedChanges } from '../../lib/forms';
import { anyFilled, fromText, LangFields, type LangValues, toText } from '../../lib/lang-fields';
import { QuorumFields, quorumBody, quorumValues, type QuorumValues } from './QuorumFields';
import { sessionKindLabel, TEXTS } from './messages';
import { type PickedPerson, PersonPicker } from './PersonPicker';
import { type SpeakerItem, SpeakerList } from './SpeakerList';
import { isoToLocalInput, localInputToIso } from './time';
import type { EventData, SessionData } from './types';

/** The sessions as a tree: sections (top level) in time order, each with its sub-sessions. */
function tree(sessions: SessionData[]): { section: SessionData; children: SessionData[] }[] {
  const byStart = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title));
  return byStart
    .filter((s) => !s.parentId)
    .map((section) => ({ section, children: byStart.filter((s) => s.parentId === section.id) }));
}

/** The agenda: sections and sessions with their rooms, moderators and speakers. */
export function AgendaEditor({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [sessions, setSessions] = useState<SessionData[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // The session being edited: an existing one, or a new one (possibly inside a section).
  const [editing, setEditing] = useState<{ session: SessionData | null; parentId: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setSessions(await api<SessionData[]>('GET', `/events/${event.id}/sessions`));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  const remove = async (session: SessionData): Promise<void> => {
    if (!window.confirm(t('confirmDeleteSession', { title: session.title }))) {
      return;
    }
    try {
      await api('DELETE', `/sessions/${session.id}`);
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const time = (iso: string): string => formatInZone(iso, event.timeZone, lang, { timeStyle: 'short' });
  const day = (iso: string): string =>
    formatInZone(iso, event.timeZone, lang, { weekday: 'short', day: 'numeric', month: 'short' });

  const row = (session: SessionData, child: boolean): ReactNode => (
    <li key={session.id} className={child ? 'session child' : 'session'}>
      <div className="session-line">
        <span className="session-time">
          {day(session.startsAt)}, {time(session.startsAt)}–{time(session.endsAt)}
        </span>
        <strong>{session.title}</strong>
        <span className="muted">
          {' '}
          · {sessionKindLabel(t, session.kind)}
          {session.roomName && <> · {session.roomName}</>}
        </span>
      </div>
      {(session.moderators.length > 0 || session.speakers.length > 0) && (
        <div className="session-people">
          {session.moderators.length > 0 && (
            <span>
              {t('moderators')}: {session.moderators.map((m) => m.name).join(', ')}.{' '}
            </span>
          )}
          {session.speakers.length > 0 && (
            <span>
              {t('speakers')}: {session.speakers.map((s) => s.name).join(', ')}
            </span>
          )}
        </div>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="secondary small"
          aria-label={t('editNamed', { title: session.title })}
          onClick={() => setEditing({ session, parentId: session.parentId ?? '' })}
        >
          {t('edit')}
        </button>
        {!child && (
          <button
            type="button"
            className="secondary small"
            aria-label={t('addSubSessionTo', { title: session.title })}
            onClick={() => setEditing({ session: null, parentId: session.id })}
          >
            {t('addSubSession')}
          </button>
        )}
        <button
          type="button"
          className="secondary small danger"
          aria-label={t('deleteNamed', { title: session.title })}
          onClick={() => void remove(session)}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );

  return (
    <div className="agenda-editor">
      {error && <Notice kind="error">{error.message}</Notice>}
      {!sessions && !error && <p className="loading">{t('loading')}</p>}
      {sessions && sessions.length === 0 && <p>{t('noSessions')}</p>}
      {sessions && sessions.length > 0 && (
        <ol className="agenda-tree" aria-label={t('tabAgenda')}>
          {tree(sessions).map(({ section, children }) => (
            <li key={section.id} className="section">
              <ol>
                {row(section, false)}
                {children.length > 0 && <li className="children">{<ol>{children.map((c) => row(c, true))}</ol>}</li>}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <SessionForm
          key={editing.session?.id ?? `new-${editing.parentId}`}
          event={event}
          session={editing.session}
          parentId={editing.parentId}
          sections={(sessions ?? []).filter((s) => !s.parentId)}
          onSaved={async () => {
            setEditing(null);
            await load();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ session: null, parentId: '' })}>
          {t('addSession')}
        </button>
      )}
    </div>
  );
}

interface SessionValues {
  kind: string;
  title: LangValues;
  description: LangValues;
  quorum: QuorumValues;
  startsAt: string;
  endsAt: string;
  room: string;
  parentId: string;
  seats: string;
  moderators: PickedPerson[];
  speakers: SpeakerItem[];
}

function sessionValues(event: EventData, session: SessionData | null, parent: SessionData | undefined): SessionValues {
  const zone = event.timeZone;
  const start = session?.startsAt ?? parent?.startsAt ?? event.startsAt;
  const end = session?.endsAt ?? new Date(new Date(start).getTime() + 3600000).toISOString();
  return {
    kind: session?.kind ?? 'plenary',
    title: fromText(session?.titles),
    description: fromText(session?.descriptions),
    quorum: quorumValues(session?.quorum),
    startsAt: isoToLocalInput(start, zone),
    endsAt: isoToLocalInput(end, zone),
    room: session?.room ?? '',
    parentId: session?.parentId ?? parent?.id ?? '',
    seats: session?.seats ? String(session.seats) : '',
    moderators: session?.moderators.map((m) => ({ personId: m.personId, name: m.name, position: m.position })) ?? [],
    speakers:
      session?.speakers.map((s) => ({
        personId: s.personId,
        name: s.name,
        position: s.position,
        topicKk: s.topics?.kk ?? '',
        topicRu: s.topics?.ru ?? '',
        minutes: s.minutes ? String(s.minutes) : '',
      })) ?? [],
  };
}

function sessionBody(v: SessionValues, zone: string, isNew: boolean): Record<string, unknown> {
  return {
    kind: v.kind,
    title: toText(v.title),
    ...(anyFilled(v.description) ? { description: toText(v.description) } : {}),
    quorum: quorumBody(v.quorum),
    startsAt: localInputToIso(v.startsAt, zone) || v.startsAt,
    endsAt: localInputToIso(v.endsAt, zone) || v.endsAt,
    room: v.room || (isNew ? undefined : null),
    ...(v.parentId ? { parentId: v.parentId } : {}),
    ...(v.seats ? { seats: Number(v.seats) } : {}),
    moderatorIds: v.moderators.map((m) => m.personId),
    speakers: v.speakers.map((s) => ({
      personId: s.personId,
      ...(s.topicKk.trim() || s.topicRu.trim() ? { topic: { kk: s.topicKk, ru: s.topicRu } } : {}),
      ...(s.minutes ? { minutes: Number(s.minutes) } : {}),
    })),
  };
}

/** One session: kind, kk/ru/en title, times in the event's zone, room, section, moderators, speakers. */
function SessionForm(props: {
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
