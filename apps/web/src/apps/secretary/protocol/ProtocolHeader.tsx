import { type ReactNode, useState } from 'react';
import type { ProtocolResponse } from '@app/contracts';
import { api, type ApiError } from '../../../lib/api';
import { asApiError, fieldMessage, TextField } from '../../../lib/forms';
import { useTexts } from '../../../lib/i18n';
import { fromText, LangFields, type LangValues } from '../../../lib/lang-fields';
import { Notice } from '../../../lib/ui';
import { type Choice, Lookup, searchPeople } from '../Lookup';
import { ACT_LANGUAGES } from './ProtocolForms';
import { PROTOCOL_TEXTS } from './messages';

/** The draft's header: the meeting's date and place, its chair and secretary. */
export function ProtocolHeader({
  protocol,
  onSaved,
}: {
  protocol: ProtocolResponse;
  onSaved: (p: ProtocolResponse) => void;
}): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const [date, setDate] = useState(protocol.meetingDate);
  const [place, setPlace] = useState<LangValues>(fromText(protocol.places));
  const person = (p: ProtocolResponse['chair']): Choice | null => (p?.id ? { id: p.id, name: p.name } : null);
  const [chair, setChair] = useState<Choice | null>(person(protocol.chair));
  const [secretary, setSecretary] = useState<Choice | null>(person(protocol.secretary));
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const save = async (): Promise<void> => {
    setDone(false);
    try {
      const saved = await api<ProtocolResponse>('PATCH', `/protocols/${protocol.id}`, {
        body: {
          meetingDate: date,
          ...(place.kk.trim() ? { place: { kk: place.kk.trim(), ru: place.ru.trim() } } : {}),
          ...(chair ? { chairId: chair.id } : {}),
          ...(secretary ? { secretaryId: secretary.id } : {}),
        },
        headers: { 'if-match': String(protocol.version) },
      });
      setError(null);
      setDone(true);
      onSaved(saved);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <details className="pr-header">
      <summary>{t('header')}</summary>
      <TextField
        id="pr-date"
        label={t('meetingDate')}
        type="date"
        value={date}
        onChange={setDate}
        error={fieldMessage(error, 'meetingDate')}
      />
      <LangFields
        id="pr-place"
        field="place"
        legend={t('place')}
        values={place}
        onChange={setPlace}
        error={error}
        languages={ACT_LANGUAGES}
      />
      <Lookup
        id="pr-chair"
        label={t('chair')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={chair}
        onChange={setChair}
        search={searchPeople}
        error={fieldMessage(error, 'chairId')}
      />
      <Lookup
        id="pr-secretary"
        label={t('secretary')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={secretary}
        onChange={setSecretary}
        search={searchPeople}
        error={fieldMessage(error, 'secretaryId')}
      />
      {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
      {done && <Notice kind="ok">{t('saved')}</Notice>}
      <button type="button" onClick={() => void save()}>
        {t('saveHeader')}
      </button>
    </details>
  );
}
