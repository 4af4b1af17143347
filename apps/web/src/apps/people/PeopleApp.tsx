import type { PersonResponse } from '@app/contracts';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError, getUser } from '../../lib/api';
import { asApiError } from '../../lib/forms';
import { useLanguage, useTexts } from '../../lib/i18n';
import { personDetail } from '../../lib/people';
import { Notice, Page } from '../../lib/ui';
import { TEXTS } from './messages';
import './people.css';

interface DuplicateGroup {
  key: string;
  people: PersonResponse[];
}

interface MergeResult {
  person: PersonResponse;
  moved: { registrations: number; checkIns: number; speakers: number; roles: number; accounts: number };
}

/** Who keeps the directory: admins and organizers scoped to an organization (the API checks each merge). */
function keepsDirectory(): boolean {
  const user = getUser();
  return (
    !!user &&
    (user.roles.includes('admin') || user.scopes.some((s) => s.role === 'organizer' && s.kind === 'organization'))
  );
}

/** `/organizer/people`: people who share a name, each group merged into the record chosen to keep. */
export default function PeopleApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const allowed = keepsDirectory();
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    try {
      setGroups((await api<{ groups: DuplicateGroup[] }>('GET', '/people/duplicates')).groups);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, []);

  useEffect(() => {
    if (allowed) {
      void load();
    }
  }, [allowed, load, lang]);

  const nav = <a href="/organizer">{t('myForums')}</a>;
  if (!allowed) {
    return (
      <Page title={t('title')} nav={nav}>
        <Notice kind="warn">{t('notAllowed')}</Notice>
        <p>
          <a href="/login?next=/organizer/people">{t('signIn')}</a>
        </p>
      </Page>
    );
  }

  const merged = (result: MergeResult): void => {
    setError(null);
    setNotice(`${t('merged', { name: result.person.name })} ${t('moved', result.moved)}`);
    void load();
  };

  return (
    <Page title={t('title')} nav={nav}>
      <p>{t('intro')}</p>
      <div aria-live="polite">
        {error && <Notice kind="error">{error.message}</Notice>}
        {notice && <Notice kind="ok">{notice}</Notice>}
      </div>
      {!groups && !error && <p className="loading">{t('loading')}</p>}
      {groups && groups.length === 0 && <p>{t('none')}</p>}
      {groups?.map((group) => (
        <GroupCard
          key={group.people.map((p) => p.id).join()}
          group={group}
          onMerged={merged}
          onError={(caught) => {
            setNotice('');
            setError(caught);
          }}
        />
      ))}
    </Page>
  );
}

/** One group of namesakes: a radio per record (name, position, organization, e-mail), merge into the chosen one. */
function GroupCard(props: {
  group: DuplicateGroup;
  onMerged: (result: MergeResult) => void;
  onError: (error: ApiError) => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { people } = props.group;
  const [keep, setKeep] = useState(people[0].id);
  const [busy, setBusy] = useState(false);
  const name = people[0].name;
  const id = `dup-${people[0].id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      let result: MergeResult | undefined;
      for (const other of people.filter((p) => p.id !== keep)) {
        result = await api<MergeResult>('POST', `/people/${keep}/merge`, { body: { duplicateId: other.id } });
      }
      if (result) {
        props.onMerged(result);
      }
    } catch (caught) {
      props.onError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="dup-group" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-title`}>{t('group', { name, count: people.length })}</h2>
      <fieldset>
        <legend>{t('keep')}</legend>
        {people.map((person) => (
          <label key={person.id} className="dup-person">
            <input
              type="radio"
              name={id}
              value={person.id}
              checked={keep === person.id}
              onChange={() => setKeep(person.id)}
            />
            <span>
              <strong>{person.name}</strong>
              <span className="dup-detail">{personDetail(person) || t('noDetail')}</span>
              {person.email && <span className="dup-detail">{person.email}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('merging') : t('merge')}
      </button>
    </form>
  );
}
