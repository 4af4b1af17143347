import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';

export interface SpeakerItem {
  personId: string;
  name: string;
  position: string | null;
  topicKk: string;
  topicRu: string;
  minutes: string;
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * Speakers in speaking order. Reordered by dragging (HTML5 drag and drop), by the
 * "up"/"down" buttons, or by Alt+↑/↓ on a speaker; each move is announced to screen readers.
 */
export function SpeakerList(props: {
  speakers: SpeakerItem[];
  onChange: (speakers: SpeakerItem[]) => void;
  error?: string;
}): ReactNode {
  const t = useTexts(TEXTS);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const { speakers } = props;

  const moveTo = (from: number, to: number, focus: boolean): void => {
    if (to < 0 || to >= speakers.length || from === to) {
      return;
    }
    props.onChange(move(speakers, from, to));
    setAnnouncement(t('speakerMoved', { name: speakers[from].name, position: to + 1, total: speakers.length }));
    if (focus) {
      // Keep the keyboard on the moved speaker.
      requestAnimationFrame(() => items.current[to]?.focus());
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number): void => {
    if (!event.altKey || event.target !== event.currentTarget) {
      return;
    }
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveTo(index, index - 1, true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveTo(index, index + 1, true);
    }
  };

  const update = (index: number, patch: Partial<SpeakerItem>): void =>
    props.onChange(speakers.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <div className="speaker-list">
      <p className="hint" id="speaker-order-hint">
        {t('reorderHint')}
      </p>
      <ol aria-describedby="speaker-order-hint">
        {speakers.map((speaker, index) => (
          <li
            key={speaker.personId}
            ref={(element) => {
              items.current[index] = element;
            }}
            tabIndex={0}
            draggable
            aria-label={t('speakerItem', { name: speaker.name, position: index + 1, total: speakers.length })}
            className={dragging === index ? 'dragging' : undefined}
            onKeyDown={(event) => onKeyDown(event, index)}
            onDragStart={(event) => {
              setDragging(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(index));
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer.getData('text/plain'));
              setDragging(null);
              if (!Number.isNaN(from)) {
                moveTo(from, index, false);
              }
            }}
            onDragEnd={() => setDragging(null)}
          >
            <div className="speaker-head">
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <span className="speaker-name">
                {index + 1}. {speaker.name}
                {speaker.position && <span className="muted"> — {speaker.position}</span>}
              </span>
              <span className="speaker-buttons">
                <button
                  type="button"
                  className="secondary small"
                  disabled={index === 0}
                  aria-label={t('moveUp', { name: speaker.name })}
                  onClick={() => moveTo(index, index - 1, false)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary small"
                  disabled={index === speakers.length - 1}
                  aria-label={t('moveDown', { name: speaker.name })}
                  onClick={() => moveTo(index, index + 1, false)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('removeSpeaker', { name: speaker.name })}
                  onClick={() => {
                    props.onChange(speakers.filter((_, i) => i !== index));
                    setAnnouncement(t('speakerRemoved', { name: speaker.name }));
                  }}
                >
                  ✕
                </button>
              </span>
            </div>
            <div className="speaker-details">
              <label>
                {t('topicKk')}
                <input lang="kk" value={speaker.topicKk} onChange={(e) => update(index, { topicKk: e.target.value })} />
              </label>
              <label>
                {t('topicRu')}
                <input lang="ru" value={speaker.topicRu} onChange={(e) => update(index, { topicRu: e.target.value })} />
              </label>
              <label>
                {t('minutes')}
                <input
                  type="number"
                  min={1}
                  max={600}
                  inputMode="numeric"
                  value={speaker.minutes}
                  onChange={(e) => update(index, { minutes: e.target.value })}
                />
              </label>
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </div>
  );
}
