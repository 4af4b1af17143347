import type { ReactNode } from 'react';
import { useLanguage, useTexts } from '../../lib/i18n';
import { formatDay, formatNumber } from '../../lib/format';
import { TEXTS } from './messages';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/**
 * Percent done at the end of each week, drawn as a line (0–100 %), with the same numbers in a table
 * under it: the chart is a picture for the eye, the table is what screen readers and tests read.
 */
export function TrendChart({ trend }: { trend: { week: string; percent: number }[] }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const x = (i: number): number =>
    PAD.left + (trend.length <= 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (trend.length - 1));
  const y = (percent: number): number => PAD.top + ((100 - percent) * (HEIGHT - PAD.top - PAD.bottom)) / 100;
  const line = trend.map((w, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(w.percent).toFixed(1)}`).join(' ');
  return (
    <section className="ctl-trend" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('trend')}</h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="trend-title"
        aria-describedby="trend-table"
        className="ctl-chart"
      >
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="ctl-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="ctl-axis">
              {tick}
            </text>
          </g>
        ))}
        {trend.length > 0 && (
          <>
            <text x={x(0)} y={HEIGHT - 8} className="ctl-axis">
              {formatDay(trend[0].week, lang)}
            </text>
            <text x={x(trend.length - 1)} y={HEIGHT - 8} textAnchor="end" className="ctl-axis">
              {formatDay(trend.at(-1)!.week, lang)}
            </text>
          </>
        )}
        <path d={line} className="ctl-line" />
        {trend.map((w, i) => (
          <circle key={w.week} cx={x(i)} cy={y(w.percent)} r={2.5} className="ctl-dot" />
        ))}
      </svg>
      <details className="ctl-trend-numbers">
        <summary>{t('trendCaption')}</summary>
        <table id="trend-table">
          <caption>{t('trendCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('week')}</th>
              <th scope="col">{t('percent')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((w) => (
              <tr key={w.week}>
                <th scope="row">
                  <time dateTime={w.week}>{formatDay(w.week, lang)}</time>
                </th>
                <td data-percent={w.percent}>{formatNumber(w.percent, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
