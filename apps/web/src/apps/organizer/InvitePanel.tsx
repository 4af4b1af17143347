import { PERSON_CATEGORIES } from '@app/contracts';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError, fieldMessage, SelectField } from '../../lib/forms';
import { categoryLabel, TEXTS } from './messages';
import { type PickedPerson, PersonPicker } from './PersonPicker';
import type { EventData, Organization, Page, Region } from './types';

type Mode = 'list' | 'organization' | 'region';

interface InviteResult {
  invited: number;
  skipped: number;
}

/** Invitations by a list of people, by an organization, or by a region (and its districts) and category. */
export function InvitePanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [mode, setMode] = useState<Mode>('region');
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [organizationId, setOrganizationId] = useState('');
  const [regionCode, setRegionCode] = useState(event.regionCode ?? '');
  const [category, setCategory] = useState('');
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [regions, setRegions] = useState<Region[]>([]);
  const [result, setResult] = useState<InviteResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api<Page<Organization>>('GET', '/organizations?limit=200').then((page) => {
      setOrganizations(page.items);
      setOrganizationId((current) => current || page.items[0]?.id || '');
    });
    void api<Page<Region>>('GET', '/regions?limit=100').then((page) => setRegions(page.items));
  }, [lang]);

  const submit = async (submitEvent: FormEvent): Promise<void> => {
    submitEvent.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    const body =
      mode === 'list'
        ? { personIds: people.map((p) => p.personId) }
        : mode === 'organization'
          ? { organizationId }
          : { regionCode, ...(category ? { category } : {}) };
    try {
      setResult(await api<InviteResult>('POST', `/events/${event.id}/invitations`, { body }));
      setPeople([]);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const modes: { id: Mode; label: string }[] = [
    { id: 'list', label: t('inviteByList') },
    { id: 'organization', label: t('inviteByOrganization') },
    { id: 'region', label: t('inviteByRegion') },
  ];

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h3 id="invite-title">{t('inviteTitle')}</h3>
      <form className="form" onSubmit={(s) => void submit(s)} noValidate>
        <fieldset>
          <legend>{t('inviteHow')}</legend>
          <div className="radios">
            {modes.map((m) => (
              <label key={m.id} className="radio">
                <input
                  type="radio"
                  name="invite-mode"
                  value={m.id}
                  checked={mode === m.id}
                  onChange={() => setMode(m.id)}
                />{' '}
                {m.label}
              </label>
            ))}
          </div>
        </fieldset>
        {mode === 'list' && (
          <>
            {people.length > 0 && (
              <ul className="chips" aria-label={t('inviteList')}>
                {people.map((p) => (
                  <li key={p.personId}>
                    {p.name}{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('removeFromList', { name: p.name })}
                      onClick={() => setPeople(people.filter((x) => x.personId !== p.personId))}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <PersonPicker
              id="invite-person"
              label={t('addToList')}
              excludeIds={people.map((p) => p.personId)}
              onPick={(person) => setPeople([...people, person])}
            />
          </>
        )}
        {mode === 'organization' && (
          <SelectField
            id="invite-organization"
            label={t('organization')}
            value={organizationId}
            onChange={setOrganizationId}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            error={fieldMessage(error, 'organizationId')}
          />
        )}
        {mode === 'region' && (
          <div className="grid-2">
            <SelectField
              id="invite-region"
              label={t('region')}
              value={regionCode}
              onChange={setRegionCode}
              options={[
                { value: '', label: '—' },
                ...regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
              ]}
              error={fieldMessage(error, 'regionCode')}
            />
            <SelectField
              id="invite-category"
              label={t('category')}
              value={category}
              onChange={setCategory}
              options={[
                { value: '', label: t('anyCategory') },
                ...PERSON_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) })),
              ]}
              error={fieldMessage(error, 'category')}
            />
          </div>
        )}
        {error && <Notice kind="error">{error.message}</Notice>}
        {result && <Notice kind="ok">{t('invited', { invited: result.invited, skipped: result.skipped })}</Notice>}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t('sendInvitations')}
          </button>
        </div>
      </form>
    </section>
  );
}
