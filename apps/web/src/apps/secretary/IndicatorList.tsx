import { type FormEvent, type ReactNode, useState } from 'react';
import type { PointIndicatorResponse } from '@app/contracts';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { apiFieldErrors, asApiError, TextField } from '../../lib/forms';
import { TEXTS } from './messages';

/** One indicator's value reached: typed with a comma or a point, never negative. */
function parseValue(value: string): number | undefined {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(number) || number < 0 ? undefined : number;
}

function IndicatorRow(props: { path: string; indicator: PointIndicatorResponse; onSaved: () => void }): ReactNode {
  const { path, indicator, onSaved } = props;
  const t = useTexts(TEXTS);
  const [value, setValue] = useState(String(indicator.actual));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `indicator-${indicator.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const actual = parseValue(value);
    setError(actual === undefined ? t('badIndicatorValue') : undefined);
    if (actual === undefined) {
      return;
    }
    setBusy(true);
    try {
      await api('PATCH', `${path}/${indicator.id}`, { body: { actual } });
      onSaved();
    } catch (caught) {
      const apiError = asApiError(caught);
      setFailure(apiError);
      setError(apiFieldErrors(apiError).actual);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li data-indicator={indicator.id}>
      <p className="sec-percent">
        <meter min={0} max={100} value={indicator.percent} aria-hidden="true" />{' '}
        {t('indicatorValue', {
          name: indicator.name,
          actual: indicator.actual,
          target: indicator.target,
          unit: indicator.unit,
          percent: indicator.percent,
        })}
      </p>
      <form
        className="sec-row"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={`${t('reportIndicator')}: ${indicator.name}`}
      >
        {failure && !failure.errors.length && <Notice kind="error">{failure.message}</Notice>}
        <TextField
          id={id}
          inputMode="text"
          label={`${t('indicatorActual')}, ${indicator.unit}`}
          value={value}
          error={error}
          onChange={setValue}
        />
        <button type="submit" className="secondary" disabled={busy}>
          {busy ? t('saving') : t('saveIndicator')}
        </button>
      </form>
    </li>
  );
}

/** A point's target indicators ("build 12 schools: 7 done") with progress, each value reached reportable. */
export function IndicatorList(props: {
  path: string;
  indicators: PointIndicatorResponse[];
  onSaved: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  if (props.indicators.length === 0) {
    return null;
  }
  return (
    <section className="sec-indicators" aria-label={t('indicators')}>
      <h4>{t('indicators')}</h4>
      <ul className="sec-plain">
        {props.indicators.map((indicator) => (
          <IndicatorRow key={indicator.id} path={props.path} indicator={indicator} onSaved={props.onSaved} />
        ))}
      </ul>
    </section>
  );
}
