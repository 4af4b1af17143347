import type { ReactNode } from 'react';
import type { ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { FieldError } from '../../lib/ui';
import { emptyText, LangFields, type LangValues } from '../../lib/lang-fields';
import { TEXTS } from './messages';

/**
 * The venue's rooms, each a name in kk and ru (en optional) like every other name: a row per room,
 * added and removed with buttons. Sessions then choose their room from these.
 */
export function RoomsField(props: {
  rooms: LangValues[];
  onChange: (rooms: LangValues[]) => void;
  error: ApiError | null;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { rooms, onChange } = props;
  const whole = props.error?.errors.find((e) => e.field === 'venue.rooms')?.message;
  return (
    <fieldset className="rooms-field" aria-describedby="venue-rooms-hint">
      <legend>{t('rooms')}</legend>
      <p className="hint" id="venue-rooms-hint">
        {t('roomsHint')}
      </p>
      {rooms.map((room, i) => (
        <div className="room-row" key={i}>
          <LangFields
            id={`venue-room-${i}`}
            field={`venue.rooms.${i}`}
            legend={t('roomN', { n: i + 1 })}
            values={room}
            onChange={(values) => onChange(rooms.map((r, j) => (j === i ? values : r)))}
            error={props.error}
            required
          />
          <button type="button" className="secondary" onClick={() => onChange(rooms.filter((_, j) => j !== i))}>
            {t('removeRoom', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rooms, emptyText()])}>
        {t('addRoom')}
      </button>
      <FieldError id="venue-rooms-error" message={whole} />
    </fieldset>
  );
}
