import { type ReactNode, useEffect, useState } from 'react';
import type { ProtocolResponse } from '@app/contracts';
import { api } from '../../../lib/api';
import { asApiError } from '../../../lib/forms';
import { useTexts } from '../../../lib/i18n';
import { Notice } from '../../../lib/ui';
import { Link, navigate } from '../navigation';
import { PROTOCOL_TEXTS } from './messages';

/** A forum's protocol: opened when it has one, started from its agenda and check-ins when not. */
export function ProtocolLink({ eventId }: { eventId: string }): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const [protocol, setProtocol] = useState<ProtocolResponse | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<ProtocolResponse[]>('GET', `/events/${eventId}/protocols`).then(
      (list) => setProtocol(list.find((p) => p.kind === 'protocol' && p.sessionId === null) ?? null),
      () => setProtocol(null),
    );
  }, [eventId]);
  if (protocol === undefined) {
    return null;
  }
  if (protocol) {
    return (
      <Link className="sec-button-link" to={`/secretary/protocols/${protocol.id}`}>
        {t('openProtocol')}
        {protocol.number ? ` (${t('numberOf', { number: protocol.number })})` : ''}
      </Link>
    );
  }
  const create = async (): Promise<void> => {
    try {
      const created = await api<ProtocolResponse>('POST', `/events/${eventId}/protocols`, { body: {} });
      navigate(`/secretary/protocols/${created.id}`);
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void create()}>
        {t('createProtocol')}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}
