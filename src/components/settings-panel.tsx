import { useId, useRef, useState, type ReactNode } from 'react';
import { NARROW_SCREEN, useMediaQuery } from '../lib/use-media-query.ts';

interface Props {
  /** The button's first word: "Settings", "Filters". */
  label: string;
  /** What is chosen, in a few words, always shown on the button: "India, 1950–2025, shares, top 5". */
  summary: string;
  children: ReactNode;
}

/**
 * An explorer's settings. On a wide screen they are all in sight: the panel is the column beside the view on /shares
 * and /pairs (styles.css, .explorer), and its box takes no part in the layout of /deals' filters. On a phone or in a narrow window they fold behind one button that says what is chosen, so that the
 * chart is on the first screen: a disclosure button (aria-expanded) that opens and closes them, and a Close button at
 * their end that hands the focus back to it. Folded, the settings keep their state (they are hidden, not removed).
 */
export function SettingsPanel({ label, summary, children }: Props) {
  const folded = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className={folded ? 'settings settings--folded' : 'settings'}>
      {folded && (
        <button ref={toggle} type="button" className="settings__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span className="settings__text">
            <span className="settings__label">{label}:</span> {summary}
          </span>
        </button>
      )}
      <div id={id} className="settings__body" hidden={folded && !open}>
        {children}
        {folded && (
          <button
            type="button"
            className="settings__close"
            onClick={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          >
            Close {label.toLowerCase()}
          </button>
        )}
      </div>
    </div>
  );
}
