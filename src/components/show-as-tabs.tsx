import type { KeyboardEvent } from 'react';

export type ShowAs = 'chart' | 'table';
const TABS: readonly ShowAs[] = ['chart', 'table'];

interface Props {
  /** Prefix of the tabs' and panels' ids: `${idPrefix}tab-chart` controls `${idPrefix}panel-chart`. */
  idPrefix: string;
  selected: ShowAs;
  onSelect: (tab: ShowAs) => void;
}

/**
 * "Show as" Chart or Table, as tabs (the WAI-ARIA tabs pattern): one Tab stop, the selected tab; the arrow keys,
 * Home and End move to the other tab and show it. Only the shown panel exists, so only its tab names it.
 */
export function ShowAsTabs({ idPrefix, selected, onSelect }: Props) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return; // Alt+← is the browser's Back
    const at = TABS.indexOf(selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = TABS[(to + TABS.length) % TABS.length]!;
    onSelect(tab);
    document.getElementById(`${idPrefix}tab-${tab}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Show as" onKeyDown={move}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`${idPrefix}tab-${tab}`}
          aria-selected={selected === tab}
          aria-controls={selected === tab ? `${idPrefix}panel-${tab}` : undefined}
          tabIndex={selected === tab ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {tab === 'chart' ? 'Chart' : 'Table'}
        </button>
      ))}
    </div>
  );
}

/** The props of the panel that a tab shows. */
export function showAsPanelProps(idPrefix: string, tab: ShowAs) {
  return { role: 'tabpanel', id: `${idPrefix}panel-${tab}`, 'aria-labelledby': `${idPrefix}tab-${tab}` } as const;
}
