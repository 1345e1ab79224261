import type { KeyboardEvent } from 'react';

export type ShowAs = 'chart' | 'table' | 'map';
const CHART_AND_TABLE: readonly ShowAs[] = ['chart', 'table'];
const LABELS: Record<ShowAs, string> = { chart: 'Chart', table: 'Table', map: 'Map' };

interface Props<Tab extends ShowAs> {
  /** Prefix of the tabs' and panels' ids: `${idPrefix}tab-chart` controls `${idPrefix}panel-chart`. */
  idPrefix: string;
  /** The tabs offered, in order: Chart and Table unless a view has more. */
  tabs?: readonly Tab[];
  selected: Tab;
  onSelect: (tab: Tab) => void;
}

/**
 * "Show as" Chart, Table (or Map), as tabs (the WAI-ARIA tabs pattern): one Tab stop, the selected tab; the arrow
 * keys, Home and End move to another tab and show it. Only the shown panel exists, so only its tab names it.
 */
export function ShowAsTabs<Tab extends ShowAs>({ idPrefix, tabs = CHART_AND_TABLE as readonly Tab[], selected, onSelect }: Props<Tab>) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return; // Alt+← is the browser's Back
    const at = tabs.indexOf(selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length]!;
    onSelect(tab);
    document.getElementById(`${idPrefix}tab-${tab}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Show as" onKeyDown={move}>
      {tabs.map((tab) => (
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
          {LABELS[tab]}
        </button>
      ))}
    </div>
  );
}

/** The props of the panel that a tab shows. */
export function showAsPanelProps(idPrefix: string, tab: ShowAs) {
  return { role: 'tabpanel', id: `${idPrefix}panel-${tab}`, 'aria-labelledby': `${idPrefix}tab-${tab}` } as const;
}
