import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { PointResponse, ProtocolItemResponse, ProtocolResponse } from '@app/contracts';
import { api } from '../../../lib/api';
import { asApiError, isVersionConflict, useUnsavedChanges } from '../../../lib/forms';
import { formatInZone, useLanguage, useTexts } from '../../../lib/i18n';
import { fromText, LangFields, type LangValues } from '../../../lib/lang-fields';
import { Notice } from '../../../lib/ui';
import { ACT_LANGUAGES, InstructionForm, SpeechForm } from './ProtocolForms';
import { PROTOCOL_TEXTS } from './messages';

/** How each way of voting is said in the list of votes by name. */
const CHOICE_TEXT = {
  for: 'choiceFor',
  against: 'choiceAgainst',
  abstained: 'choiceAbstained',
  none: 'choiceNone',
} as const;

/** Typing pauses this long before the text is saved. */
const AUTOSAVE_MS = 1200;

type Field = 'summary' | 'decided';
const same = (a: LangValues, b: LangValues): boolean => a.kk === b.kk && a.ru === b.ru;
const asBody = (v: LangValues): { kk: string; ru: string } | null =>
  v.kk.trim() || v.ru.trim() ? { kk: v.kk.trim(), ru: v.ru.trim() } : null;

export function InstructionList({ points, timeZone }: { points: PointResponse[]; timeZone: string }): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const { lang } = useLanguage();
  return (
    <ol className="pr-instructions">
      {points.map((p) => (
        <li key={p.id} value={p.number}>
          {p.text}
          <span className="sec-meta">
            {[
              p.responsible?.name,
              p.executor?.name,
              p.dueDate
                ? `${t('dueDate')}: ${formatInZone(`${p.dueDate}T12:00:00Z`, timeZone, lang, { dateStyle: 'long' })}`
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * One agenda item as the secretary keeps it: taken up and finished, what was heard, speeches from the floor,
 * a summary and the decision in words (saved as typing pauses, refused with both texts shown when another
 * secretary changed the item meanwhile), the resolutions adopted under it and the instructions given.
 */
export function ProtocolItemCard(props: {
  protocol: ProtocolResponse;
  item: ProtocolItemResponse;
  editable: boolean;
  timeZone: string;
  onChange: (p: ProtocolResponse) => void;
}): ReactNode {
  const { protocol, item, editable } = props;
  const t = useTexts(PROTOCOL_TEXTS);
  const { lang } = useLanguage();
  const [texts, setTexts] = useState<Record<Field, LangValues>>({
    summary: fromText(item.summaries),
    decided: fromText(item.decidedTexts),
  });
  const saved = useRef({ summary: fromText(item.summaries), decided: fromText(item.decidedTexts) });
  const [version, setVersion] = useState(item.version);
  const [status, setStatus] = useState<{ kind: 'saving' | 'saved' | 'error' | 'conflict'; message?: string } | null>(
    null,
  );
  const dirty = !same(texts.summary, saved.current.summary) || !same(texts.decided, saved.current.decided);
  useUnsavedChanges(`protocol-item-${item.id}`, dirty);

  // Another secretary's change comes in through the page's refresh: taken unless this one is typing.
  useEffect(() => {
    if (!dirty && item.version !== version) {
      const next = { summary: fromText(item.summaries), decided: fromText(item.decidedTexts) };
      saved.current = next;
      setTexts(next);
      setVersion(item.version);
    }
  }, [item.version]);

  const save = async (force = false): Promise<void> => {
    const body: Record<string, unknown> = {};
    for (const field of ['summary', 'decided'] as const) {
      if (!same(texts[field], saved.current[field])) {
        body[field] = asBody(texts[field]);
      }
    }
    if (Object.keys(body).length === 0) {
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const next = await api<ProtocolResponse>('PATCH', `/protocols/${protocol.id}/items/${item.id}`, {
        body,
        headers: force ? {} : { 'if-match': String(version) },
      });
      const updated = next.items.find((i) => i.id === item.id)!;
      saved.current = { ...texts };
      setVersion(updated.version);
      setStatus({ kind: 'saved' });
      props.onChange(next);
    } catch (caught) {
      const error = asApiError(caught);
      if (isVersionConflict(error)) {
        const latest = await api<ProtocolResponse>('GET', `/protocols/${protocol.id}`);
        const theirs = latest.items.find((i) => i.id === item.id);
        setVersion(theirs?.version ?? version);
        setStatus({
          kind: 'conflict',
          message: t('conflict', { theirs: [theirs?.summary, theirs?.decided].filter(Boolean).join(' / ') }),
        });
      } else {
        setStatus({ kind: 'error', message: error.message });
      }
    }
  };

  useEffect(() => {
    if (!dirty || !editable || status?.kind === 'conflict') {
      return;
    }
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [texts]);

  const setState = async (state: 'current' | 'done'): Promise<void> => {
    try {
      props.onChange(
        await api<ProtocolResponse>('PATCH', `/protocols/${protocol.id}/items/${item.id}`, { body: { state } }),
      );
    } catch (caught) {
      setStatus({ kind: 'error', message: asApiError(caught).message });
    }
  };
  const removeSpeech = async (speechId: string): Promise<void> => {
    try {
      props.onChange(await api<ProtocolResponse>('DELETE', `/protocols/${protocol.id}/speeches/${speechId}`));
    } catch (caught) {
      setStatus({ kind: 'error', message: asApiError(caught).message });
    }
  };

  const headingId = `item-${item.id}`;
  return (
    <section className={`pr-item pr-item-${item.state}`} aria-labelledby={headingId}>
      <div className="pr-item-head">
        <h3 id={headingId}>
          {item.number}. {item.title}
        </h3>
        <span
          className={
            item.state === 'current'
              ? 'sec-badge sec-badge-warn'
              : item.state === 'done'
                ? 'sec-badge sec-badge-ok'
                : 'sec-badge'
          }
        >
          {t(`state_${item.state}`)}
        </span>
        {editable && item.state !== 'current' && (
          <button type="button" onClick={() => void setState('current')}>
            {t('takeUp')}
          </button>
        )}
        {editable && item.state === 'current' && (
          <button type="button" onClick={() => void setState('done')}>
            {t('finish')}
          </button>
        )}
      </div>
      {item.heard.length > 0 && (
        <>
          <h4>{t('heard')}</h4>
          <ul>
            {item.heard.map((h, i) => (
              <li key={`${h.id ?? h.name}-${i}`}>
                {[h.name, h.position].filter(Boolean).join(', ')}
                {h.topic ? ` — «${h.topic}»` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable ? (
        <LangFields
          id={`${headingId}-summary`}
          field="summary"
          legend={t('summary')}
          values={texts.summary}
          onChange={(v) => setTexts((x) => ({ ...x, summary: v }))}
          error={null}
          multiline
          languages={ACT_LANGUAGES}
        />
      ) : (
        item.summary && <p>{item.summary}</p>
      )}
      <h4>{t('spoke')}</h4>
      {item.speeches.length === 0 ? (
        <p className="sec-meta">{t('noSpeeches')}</p>
      ) : (
        <ul className="pr-speeches">
          {item.speeches.map((s) => (
            <li key={s.speechId}>
              <strong>{[s.name, s.position].filter(Boolean).join(', ')}</strong>{' '}
              <span className="sec-meta">
                {formatInZone(s.at, props.timeZone, lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}
              </span>
              {s.summary && <>: {s.summary}</>}
              {editable && (
                <button type="button" className="pr-link" onClick={() => void removeSpeech(s.speechId)}>
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <SpeechForm protocolId={protocol.id} itemId={item.id} onSaved={props.onChange} />}
      <h4>{t('decided')}</h4>
      {editable ? (
        <LangFields
          id={`${headingId}-decided`}
          field="decided"
          legend={t('decidedText')}
          values={texts.decided}
          onChange={(v) => setTexts((x) => ({ ...x, decided: v }))}
          error={null}
          multiline
          languages={ACT_LANGUAGES}
        />
      ) : (
        item.decided && <p>{item.decided}</p>
      )}
      {item.resolutions.map((r) => (
        <div key={r.id}>
          <p>
            {r.vote
              ? t('resolutionVote', {
                  number: r.number ?? '',
                  title: r.title,
                  for: r.vote.for,
                  against: r.vote.against,
                  abstained: r.vote.abstained,
                })
              : r.title}
          </p>
          {r.votes.length > 0 && (
            <details className="named-votes">
              <summary>{t('namedVotes', { count: r.votes.length })}</summary>
              <ol>
                {r.votes.map((v) => (
                  <li key={v.id}>
                    {[v.name, v.position].filter(Boolean).join(', ')} — {t(CHOICE_TEXT[v.choice ?? 'none'])}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      ))}
      {item.instructions.length > 0 && <InstructionList points={item.instructions} timeZone={props.timeZone} />}
      {editable && <InstructionForm protocolId={protocol.id} itemId={item.id} onSaved={props.onChange} />}
      <div aria-live="polite">
        {status?.kind === 'saving' && <p className="sec-meta">{t('saving')}</p>}
        {status?.kind === 'saved' && <p className="sec-meta">{t('saved')}</p>}
        {status?.kind === 'error' && <Notice kind="error">{status.message}</Notice>}
        {status?.kind === 'conflict' && (
          <Notice kind="warn">
            {status.message}{' '}
            <button type="button" onClick={() => void save(true).then(() => undefined)}>
              {t('keepMine')}
            </button>
          </Notice>
        )}
      </div>
    </section>
  );
}
