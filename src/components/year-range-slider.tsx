import * as Slider from '@radix-ui/react-slider';
import { useEffect, useEffectEvent, useId, useState, type KeyboardEvent } from 'react';

export interface YearRangeSliderProps {
  /** First year of the data, e.g. 1950. */
  min: number;
  /** Last year of the data, e.g. 2025. */
  max: number;
  /** [start, end] with min <= start <= end <= max. */
  value: readonly [number, number];
  onChange: (value: [number, number]) => void;
  /** Visible group label. */
  label?: string;
}

const PAGE_STEP = 5; // years: Radix would jump 10, too coarse for 75 years of data
const PLAY_INTERVAL_MS = 700;

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** The dashboard's year range: a two-thumb slider, two typed years and a Play button that animates the end year. */
export function YearRangeSlider({ min, max, value, onChange, label = 'Years' }: YearRangeSliderProps) {
  const [start, end] = value;
  const [playing, setPlaying] = useState(false);

  // Reads the latest value and onChange on every tick, so the interval never works on stale props.
  const advance = useEffectEvent(() => {
    const next = Math.min(end + 1, max);
    if (next !== end) onChange([start, next]);
    if (next >= max) setPlaying(false);
  });
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(advance, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing]);

  function togglePlay() {
    if (!playing && end >= max) onChange([start, start]); // replay the range from its beginning
    setPlaying(!playing);
  }

  // Radix runs its own key handling only when ours did not call preventDefault (composeEventHandlers).
  // We take PageUp/PageDown (5-year steps) and Home/End, which in Radix always move the first/last thumb
  // whichever is focused; here they move the focused thumb, never past the other one.
  function onThumbKeyDown(event: KeyboardEvent<HTMLSpanElement>, thumb: 0 | 1) {
    const [lo, hi] = thumb === 0 ? [min, end] : [start, max];
    const current = value[thumb];
    const targets: Partial<Record<string, number>> = { PageUp: current + PAGE_STEP, PageDown: current - PAGE_STEP, Home: lo, End: hi };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const year = clamp(target, lo, hi);
    if (year !== current) onChange(thumb === 0 ? [year, end] : [start, year]);
  }

  function applyTyped(year: number, thumb: 0 | 1): boolean {
    const next: [number, number] = thumb === 0 ? [year, end] : [start, year];
    if (next[0] > next[1]) return false;
    if (year !== value[thumb]) onChange(next);
    return true;
  }

  const range = `Enter a year from ${min} to ${max}`;
  return (
    <fieldset className="year-range">
      <legend className="year-range__legend">{label}</legend>
      <div className="year-range__row">
        {/* preserveThumbOrder: the "Start year" thumb stays the start instead of swapping with the end. */}
        <Slider.Root
          className="year-range__slider"
          min={min}
          max={max}
          minStepsBetweenThumbs={0}
          preserveThumbOrder
          value={[start, end]}
          onValueChange={([s = start, e = end]) => onChange([s, e])}
        >
          <Slider.Track className="year-range__track">
            <Slider.Range className="year-range__range" />
          </Slider.Track>
          <Slider.Thumb className="year-range__thumb" aria-label="Start year" aria-valuetext={String(start)} onKeyDown={(e) => onThumbKeyDown(e, 0)} />
          <Slider.Thumb className="year-range__thumb" aria-label="End year" aria-valuetext={String(end)} onKeyDown={(e) => onThumbKeyDown(e, 1)} />
        </Slider.Root>
        {/* Plain text, not a live region: announcing every slider step would be noise. */}
        <span className="year-range__summary">{start === end ? start : `${start}–${end}`}</span>
      </div>
      <div className="year-range__row">
        <YearInput label="From" year={start} min={min} max={max} error={`${range}, not after the end year.`} accept={(y) => applyTyped(y, 0)} />
        <YearInput label="To" year={end} min={min} max={max} error={`${range}, not before the start year.`} accept={(y) => applyTyped(y, 1)} />
        <button type="button" className="year-range__play" onClick={togglePlay} disabled={!playing && start >= max}>
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
    </fieldset>
  );
}

interface YearInputProps {
  label: string;
  year: number;
  min: number;
  max: number;
  error: string;
  /** Applies a whole year within [min, max]; returns false if it breaks start <= end. */
  accept: (year: number) => boolean;
}

/** A typed year that keeps the user's draft (even an invalid one) until it is applied or Escape is pressed. */
function YearInput({ label, year, min, max, error, accept }: YearInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null); // null: show `year`
  const [invalid, setInvalid] = useState(false);
  const [focused, setFocused] = useState(false);
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) {
    // Changed from outside (slider, Play, URL): drop a stale draft unless the user is typing in it.
    setShownYear(year);
    if (!focused) reset();
  }

  function reset() {
    setDraft(null);
    setInvalid(false);
  }
  function apply() {
    if (draft === null) return;
    const typed = Number(draft); // '' gives 0, outside any [min, max] of years
    if (Number.isInteger(typed) && typed >= min && typed <= max && accept(typed)) reset();
    else setInvalid(true);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') apply();
    else if (event.key === 'Escape') reset();
  }

  return (
    <span className="year-range__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="year-range__input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft ?? year}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          apply();
        }}
      />
      {invalid && (
        <span id={`${id}-error`} className="year-range__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
