import { EVENT_KINDS } from '@app/contracts';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { api, type ApiError, getUser } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import {
  asApiError,
  fieldMessage,
  hasFieldErrors,
  markClean,
  SelectField,
  TextField,
  useUnsavedChanges,
  withoutField,
} from '../../lib/forms';
import { anyFilled, Completeness, LangFields } from '../../lib/lang-fields';
import { API_FIELD, bodyOf, changes, DEFAULT_LEAD_DAYS, type Values, valuesOf, ZONES } from './event-form-values';
import { RoomsField } from './RoomsField';
import { AdmissionFields, AnnouncementField } from './EventAdmissionFields';
import { kindLabel, TEXTS } from './messages';
import { leadDays, localInputToIso } from './time';
import { OrganizersField } from './OrganizersField';
import { QuorumFields } from './QuorumFields';
import type { EventData, Organization, Page, Region } from './types';

/** The organizations this user may organize for, with their names. */
async function loadOrganizations(): Promise<Organization[]> {
  const user = getUser()!;
  if (user.roles.includes('admin')) {
    return (await api<Page<Organization>>('GET', '/organizations?limit=200')).items;
  }
  const ids = user.scopes.filter((s) => s.role === 'organizer' && s.kind === 'organization').map((s) => s.id);
  return Promise.all(ids.map((id) => api<Organization>('GET', `/organizations/${id}`)));
}

/** Creates a forum or edits one: every field, the texts in kk/ru/en side by side. */
export function EventForm(props: {
  event: EventData | null;
  onSaved: (event: EventData) => void;
  onReload?: () => Promise<EventData | undefined>;
}): ReactNode {
  const { event } = props;
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const initial = useMemo(() => valuesOf(event), [event]);
  const [values, setValues] = useState<Values>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [regions, setRegions] = useState<Region[]>([]);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useUnsavedChanges('event', dirty);

  useEffect(() => setValues(initial), [initial]);
  useEffect(() => {
    void loadOrganizations().then((list) => {
      setOrganizations(list);
      setValues((v) => (v.organizerIds.length || !list[0] ? v : { ...v, organizerIds: [list[0].id] }));
    });
    void api<Page<Region>>('GET', '/regions?limit=100').then((page) => setRegions(page.items));
  }, [lang]);

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) => {
      setSaved(false);
      setValues((v) => ({ ...v, [key]: value }));
      // The API's word on a field stands until the field is edited.
      setError((current) => withoutField(current, API_FIELD[key]));
    };

  const submit = async (submitEvent: FormEvent): Promise<void> => {
    submitEvent.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = event
        ? await api<EventData>('PATCH', `/events/${event.id}`, {
            body: changes(bodyOf(initial, null), bodyOf(values, null)),
            headers: { 'if-match': String(event.version) },
          })
        : await api<EventData>('POST', '/events', { body: bodyOf(values, undefined) });
      setSaved(true);
      markClean('event');
      props.onSaved(result);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reloadAfterConflict = async (): Promise<void> => {
    const fresh = await props.onReload?.();
    if (fresh) {
      setValues(valuesOf(fresh));
      setError(null);
    }
  };

  const startIso = values.startsAt ? localInputToIso(values.startsAt, values.timeZone) : '';
  const announcedIso = values.announcedAt ? localInputToIso(values.announcedAt, values.timeZone) : null;
  const lead = startIso ? leadDays(startIso, announcedIso) : null;
  const e = (field: string): string | undefined => fieldMessage(error, field);

  return (
    <form className="form event-form" onSubmit={(s) => void submit(s)} noValidate aria-labelledby="event-form-title">
      <h3 id="event-form-title" className="visually-hidden">
        {event ? t('editForum') : t('newForum')}
      </h3>
      <Completeness
        texts={[
          values.title,
          values.description,
          values.venueName,
          values.venueAddress,
          ...values.rooms.filter(anyFilled),
        ]}
      />
      <div className="grid-2">
        <SelectField
          id="event-kind"
          label={t('eventKind')}
          value={values.kind}
          onChange={set('kind')}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
          error={e('kind')}
        />
        <TextField
          id="event-slug"
          label={t('slug')}
          value={values.slug}
          onChange={set('slug')}
          error={e('slug')}
          hint={t('slugHint')}
        />
      </div>
      <OrganizersField
        ids={values.organizerIds}
        onChange={set('organizerIds')}
        known={event?.organizers ?? []}
        mine={organizations}
        error={error}
      />
      <LangFields
        id="event-title"
        field="title"
        legend={t('forumTitle')}
        values={values.title}
        onChange={set('title')}
        error={error}
        required
      />
      <LangFields
        id="event-description"
        field="description"
        legend={t('description')}
        values={values.description}
        onChange={set('description')}
        error={error}
        multiline
      />
      <div className="grid-2">
        <SelectField
          id="event-region"
          label={t('region')}
          value={values.regionCode}
          onChange={set('regionCode')}
          options={[
            { value: '', label: '—' },
            ...regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
          ]}
          error={e('regionCode')}
        />
        <SelectField
          id="event-zone"
          label={t('timeZone')}
          value={values.timeZone}
          onChange={set('timeZone')}
          options={[...new Set([values.timeZone, ...ZONES])].map((zone) => ({ value: zone, label: zone }))}
          error={e('timeZone')}
        />
      </div>
      <div className="grid-2">
        <TextField
          id="event-starts"
          type="datetime-local"
          label={t('startsAt')}
          value={values.startsAt}
          onChange={set('startsAt')}
          error={e('startsAt')}
          required
        />
        <TextField
          id="event-ends"
          type="datetime-local"
          label={t('endsAt')}
          value={values.endsAt}
          onChange={set('endsAt')}
          error={e('endsAt')}
          required
        />
      </div>
      <LangFields
        id="venue-name"
        field="venue.name"
        legend={t('venueName')}
        values={values.venueName}
        onChange={set('venueName')}
        error={error}
        required
      />
      <LangFields
        id="venue-address"
        field="venue.address"
        legend={t('venueAddress')}
        values={values.venueAddress}
        onChange={set('venueAddress')}
        error={error}
      />
      <RoomsField rooms={values.rooms} onChange={set('rooms')} error={error} />
      <AdmissionFields values={values} set={set} error={e} />
      <QuorumFields id="event-quorum" legend="quorum" values={values.quorum} onChange={set('quorum')} error={error} />
      <AnnouncementField
        value={values.announcedAt}
        onChange={set('announcedAt')}
        locked={!!event && event.status !== 'draft'}
        requiredDays={event?.requiredLeadDays ?? DEFAULT_LEAD_DAYS}
        lead={lead}
        error={e('announcedAt')}
      />
      {error?.code === 'VERSION_MISMATCH' ? (
        <Notice kind="error">
          {t('versionConflict')}{' '}
          <button type="button" className="secondary inline" onClick={() => void reloadAfterConflict()}>
            {t('reload')}
          </button>
        </Notice>
      ) : (
        error && (
          <Notice kind="error">
            {error.message}
            {hasFieldErrors(error) && ` — ${t('seeFields')}`}
          </Notice>
        )
      )}
      {saved && !dirty && <Notice kind="ok">{t('saved')}</Notice>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {event ? t('saveChanges') : t('createForum')}
        </button>
        {dirty && <span className="unsaved">{t('unsaved')}</span>}
      </div>
    </form>
  );
}
