import { type ReactNode, useState } from 'react';
import type { ProtocolResponse } from '@app/contracts';
import { api, type ApiError } from '../../../lib/api';
import { asApiError, fieldMessage, TextField } from '../../../lib/forms';
import { useTexts } from '../../../lib/i18n';
import { emptyText, LangFields, type LangValues } from '../../../lib/lang-fields';
import { Notice } from '../../../lib/ui';
import { type Choice, Lookup, searchOrganizations, searchPeople } from '../Lookup';
import { PROTOCOL_TEXTS } from './messages';

/** The two languages of an official act. */
export const ACT_LANGUAGES = ['kk', 'ru'] as const;

const filled = (v: LangValues): boolean => v.kk.trim() !== '' || v.ru.trim() !== '';
const text = (v: LangValues): { kk: string; ru: string } => ({ kk: v.kk.trim(), ru: v.ru.trim() });

/** A speech from the floor: a person of the directory, or a name as said in the hall, with what they said. */
export function SpeechForm(props: {
  protocolId: string;
  itemId: string;
  onSaved: (p: ProtocolResponse) => void;
}): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const id = `speech-${props.itemId}`;
  const [person, setPerson] = useState<Choice | null>(null);
  const [name, setName] = useState<LangValues>(emptyText);
  const [summary, setSummary] = useState<LangValues>(emptyText);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (): Promise<void> => {
    setDone(false);
    try {
      const saved = await api<ProtocolResponse>(
        'POST',
        `/protocols/${props.protocolId}/items/${props.itemId}/speeches`,
        {
          body: {
            ...(person ? { personId: person.id } : filled(name) ? { name: text(name) } : {}),
            ...(filled(summary) ? { summary: text(summary) } : {}),
          },
        },
      );
      setPerson(null);
      setName(emptyText());
      setSummary(emptyText());
      setError(null);
      setDone(true);
      props.onSaved(saved);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <details className="pr-add">
      <summary>{t('addSpeech')}</summary>
      <Lookup
        id={`${id}-person`}
        label={t('speaker')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={person}
        onChange={setPerson}
        search={searchPeople}
        error={fieldMessage(error, 'personId')}
      />
      {!person && (
        <LangFields
          id={`${id}-name`}
          field="name"
          legend={t('orName')}
          values={name}
          onChange={setName}
          error={error}
          languages={ACT_LANGUAGES}
        />
      )}
      <LangFields
        id={`${id}-summary`}
        field="summary"
        legend={t('speechSummary')}
        values={summary}
        onChange={setSummary}
        error={error}
        multiline
        languages={ACT_LANGUAGES}
      />
      {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
      {done && <Notice kind="ok">{t('speechAdded')}</Notice>}
      <button type="button" onClick={() => void submit()}>
        {t('addSpeech')}
      </button>
    </details>
  );
}

/** An instruction (тапсырма): its text in kk and ru, the responsible organization and person, a deadline. */
export function InstructionForm(props: {
  protocolId: string;
  itemId: string | null;
  onSaved: (p: ProtocolResponse) => void;
}): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const id = `instruction-${props.itemId ?? 'meeting'}`;
  const [values, setValues] = useState<LangValues>(emptyText);
  const [organization, setOrganization] = useState<Choice | null>(null);
  const [executor, setExecutor] = useState<Choice | null>(null);
  const [due, setDue] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (): Promise<void> => {
    try {
      const saved = await api<ProtocolResponse>('POST', `/protocols/${props.protocolId}/instructions`, {
        body: {
          ...(props.itemId ? { itemId: props.itemId } : {}),
          text: text(values),
          ...(organization ? { responsibleOrganizationId: organization.id } : {}),
          ...(executor ? { executorId: executor.id } : {}),
          ...(due ? { dueDate: due } : {}),
        },
      });
      setValues(emptyText());
      setOrganization(null);
      setExecutor(null);
      setDue('');
      setError(null);
      props.onSaved(saved);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <details className="pr-add">
      <summary>{t('addInstruction')}</summary>
      <LangFields
        id={`${id}-text`}
        field="text"
        legend={t('instructionText')}
        values={values}
        onChange={setValues}
        error={error}
        required
        multiline
        languages={ACT_LANGUAGES}
      />
      <Lookup
        id={`${id}-org`}
        label={t('responsible')}
        searchLabel={t('searchOrganization')}
        noneLabel={t('nobody')}
        value={organization}
        onChange={setOrganization}
        search={searchOrganizations}
        error={fieldMessage(error, 'points.responsibleOrganizationId')}
      />
      <Lookup
        id={`${id}-executor`}
        label={t('executor')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={executor}
        onChange={setExecutor}
        search={searchPeople}
        error={fieldMessage(error, 'points.executorId')}
      />
      <TextField
        id={`${id}-due`}
        label={t('dueDate')}
        type="date"
        value={due}
        onChange={setDue}
        error={fieldMessage(error, 'dueDate')}
      />
      {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
      <button type="button" onClick={() => void submit()}>
        {t('addInstruction')}
      </button>
    </details>
  );
}
