import type { ReactNode } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import type { QuorumState } from './report';

/** Quorum for the event and per session: present, needed, members, and reached or not, in words and colour. */
export function QuorumPanel({
  quorum,
  titleOf,
}: {
  quorum?: QuorumState[];
  titleOf: (sessionId: string | null) => string;
}): ReactNode {
  const t = useTexts(TEXTS);
  if (!quorum?.length) {
    return (
      <section className="quorum" aria-labelledby="quorum-title">
        <h2 id="quorum-title">{t('quorum')}</h2>
        <p>{t('noQuorum')}</p>
      </section>
    );
  }
  return (
    <div className="table-wrap quorum">
      <table className="groups">
        <caption>{t('quorum')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col" className="num">
              {t('present')}
            </th>
            <th scope="col" className="num">
              {t('needed')}
            </th>
            <th scope="col" className="num">
              {t('members')}
            </th>
            <th scope="col">{t('quorum')}</th>
          </tr>
        </thead>
        <tbody>
          {quorum.map((q) => (
            <tr key={q.sessionId ?? 'event'} className={q.reached ? 'reached' : 'not-reached'}>
              <th scope="row" className={q.sessionId === null ? 'quorum-event' : undefined}>
                {titleOf(q.sessionId)}
              </th>
              <td className="num">{q.present}</td>
              <td className="num">{q.required}</td>
              <td className="num">{q.members}</td>
              <td className="quorum-verdict">
                <span aria-hidden="true">{q.reached ? '✔ ' : '✖ '}</span>
                {q.reached ? t('reached') : t('notReached')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
