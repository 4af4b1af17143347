import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError, getUser } from '../../lib/api';
import { asApiError } from '../../lib/forms';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { AccountForm, ROLE_KEY } from './AccountForm';
import { TEXTS } from './messages';
import type { Account, AccountPage, ScopeTargets } from './types';
import '../../lib/console.css';
import './accounts.css';
import { DataTable } from '../../lib/data-table';

const PAGE_SIZE = 20;

/** The admin's accounts: search by name or e-mail, a paged list, create and edit (roles, scopes, activity, links). */
export default function AccountsApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const user = getUser();
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AccountPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<Account | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const [targets, setTargets] = useState<ScopeTargets>({ organization: [], event: [] });
  const isAdmin = !!user?.roles.includes('admin');

  const load = useCallback(async () => {
    try {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
      if (asked) {
        params.set('q', asked);
      }
      setPage(await api<AccountPage>('GET', `/users?${params}`));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [asked, offset]);

  useEffect(() => {
    if (isAdmin) {
      void load();
    }
  }, [isAdmin, load]);

  useEffect(() => {
    if (!isAdmin) {
      return;
    }
    void Promise.all([
      api<{ items: { id: string; name: string }[] }>('GET', '/organizations?limit=500'),
      api<{ items: { id: string; title: string }[] }>('GET', '/events?limit=200'),
    ]).then(
      ([organizations, events]) =>
        setTargets({
          organization: organizations.items.map((o) => ({ id: o.id, label: o.name })),
          event: events.items.map((e) => ({ id: e.id, label: e.title })),
        }),
      (caught: unknown) => setError(asApiError(caught)),
    );
  }, [isAdmin, lang]);

  if (!isAdmin) {
    return (
      <Page title={t('title')}>
        <Notice kind="warn">{t('adminsOnly')}</Notice>
        <p>
          <a href="/login?next=/accounts">{t('signIn')}</a>
        </p>
      </Page>
    );
  }

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setOffset(0);
    setAsked(query.trim());
  };

  const saved = (account: Account, message: string): void => {
    setOpen(account);
    setNotice(message);
    void load();
  };

  const status = (account: Account): string =>
    account.pendingConfirmation ? t('pending') : account.isActive ? t('active') : t('inactive');

  return (
    <Page title={t('title')} nav={<a href="/organizer">{t('roleOrganizer')}</a>}>
      <form role="search" aria-label={t('search')} className="accounts-search" onSubmit={search}>
        <label htmlFor="accounts-q">{t('searchLabel')}</label>
        <p className="hint" id="accounts-q-hint">
          {t('searchHint')}
        </p>
        <div className="accounts-search-row">
          <input
            id="accounts-q"
            type="search"
            value={query}
            aria-describedby="accounts-q-hint"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit">{t('find')}</button>
        </div>
      </form>
      <p>
        <button
          type="button"
          onClick={() => {
            setNotice('');
            setOpen('new');
          }}
        >
          {t('create')}
        </button>
      </p>
      {error && <Notice kind="error">{error.message}</Notice>}
      {notice && <Notice kind="ok">{notice}</Notice>}
      {open && (
        <AccountForm
          key={open === 'new' ? 'new' : `${open.id}-${open.version}`}
          account={open === 'new' ? undefined : open}
          targets={targets}
          onSaved={saved}
          onClose={() => setOpen(null)}
        />
      )}
      {page && page.items.length === 0 && <p>{t('none')}</p>}
      {page && page.items.length > 0 && (
        <>
          <DataTable
            caption={t('title')}
            captionHidden
            className="accounts-table"
            columns={[t('name'), t('email'), t('roles'), t('status'), t('actions')]}
          >
            {page.items.map((account) => (
              <tr key={account.id}>
                <td>{account.fullName || '—'}</td>
                <td>{account.email}</td>
                <td>{account.roles.map((role) => t(ROLE_KEY[role])).join(', ')}</td>
                <td>{status(account)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('editNamed', { email: account.email })}
                    onClick={() => {
                      setNotice('');
                      setOpen(account);
                    }}
                  >
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
          <nav className="pager" aria-label={t('pages')}>
            <p aria-live="polite">
              {t('shown', { from: offset + 1, to: offset + page.items.length, total: page.total })}
            </p>
            <button
              type="button"
              className="secondary small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              {t('previous')}
            </button>
            <button
              type="button"
              className="secondary small"
              disabled={offset + PAGE_SIZE >= page.total}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('next')}
            </button>
          </nav>
        </>
      )}
    </Page>
  );
}
