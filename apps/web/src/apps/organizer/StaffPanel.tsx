import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError, fieldMessage, SelectField, TextField } from '../../lib/forms';
import { TEXTS } from './messages';
import type { EventData } from './types';
import { DataTable } from '../../lib/data-table';

interface StaffMember {
  userId: string;
  email: string;
  fullName: string;
  role: 'secretary' | 'checker';
}

/** The forum's secretaries and checkers: existing users named by e-mail (accounts are made by admins). */
export function StaffPanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const [members, setMembers] = useState<StaffMember[] | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'secretary' | 'checker'>('checker');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');

  const load = useCallback(async () => {
    try {
      setMembers((await api<{ items: StaffMember[] }>('GET', `/events/${event.id}/staff`)).items);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const roleName = (r: StaffMember['role']): string => t(r === 'secretary' ? 'roleSecretary' : 'roleChecker');

  const grant = async (submitEvent: FormEvent): Promise<void> => {
    submitEvent.preventDefault();
    setError(null);
    setDone('');
    try {
      const member = await api<StaffMember>('POST', `/events/${event.id}/staff`, { body: { email, role } });
      setDone(t('staffGranted', { email: member.email, role: roleName(member.role) }));
      setEmail('');
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const revoke = async (member: StaffMember): Promise<void> => {
    setError(null);
    try {
      await api('DELETE', `/events/${event.id}/staff/${member.userId}/${member.role}`);
      setDone(t('staffRevoked', { email: member.email, role: roleName(member.role) }));
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <div className="staff">
      {members && members.length === 0 && <p>{t('staffNone')}</p>}
      {members && members.length > 0 && (
        <DataTable caption={t('tabStaff')} captionHidden columns={[t('name'), t('email'), t('role'), t('actions')]}>
          {members.map((m) => (
            <tr key={`${m.userId}-${m.role}`}>
              <td>{m.fullName || '—'}</td>
              <td>{m.email}</td>
              <td>{roleName(m.role)}</td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('revokeNamed', { email: m.email, role: roleName(m.role) })}
                  onClick={() => void revoke(m)}
                >
                  {t('revoke')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form className="form" onSubmit={(s) => void grant(s)} noValidate aria-labelledby="staff-add-title">
        <h3 id="staff-add-title">{t('staffAdd')}</h3>
        <div className="grid-2">
          <TextField
            id="staff-email"
            type="email"
            inputMode="email"
            label={t('email')}
            value={email}
            onChange={setEmail}
            error={fieldMessage(error, 'email')}
            hint={t('staffHint')}
            required
          />
          <SelectField
            id="staff-role"
            label={t('role')}
            value={role}
            onChange={(value) => setRole(value as StaffMember['role'])}
            options={[
              { value: 'checker', label: t('roleChecker') },
              { value: 'secretary', label: t('roleSecretary') },
            ]}
            error={fieldMessage(error, 'role')}
          />
        </div>
        {error && <Notice kind="error">{error.message}</Notice>}
        {done && <Notice kind="ok">{done}</Notice>}
        <div className="form-actions">
          <button type="submit">{t('staffGrant')}</button>
        </div>
      </form>
    </div>
  );
}
