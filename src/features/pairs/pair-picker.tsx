import { useLayoutEffect, useRef } from 'react';
import type { CountrySummary } from '../../api/contract.ts';
import { CountryCombobox } from '../../components/country-combobox.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { useAnnouncement } from '../../lib/use-announcement.ts';
import { MAX_PAIRS, nextPair, type Pair } from './pairs-view.ts';

interface Props {
  pairs: readonly Pair[];
  countries: readonly CountrySummary[];
  onChange: (pairs: Pair[]) => void;
}

/**
 * Up to four supplier → recipient pairs, each two searchable choices. The buttons pressed may go (a removed
 * pair's) or be disabled (Add, at four): the focus then goes to the new pair's supplier, or to Add a pair, and a
 * status line says which pair was removed.
 */
export function PairPicker({ pairs, countries, onChange }: Props) {
  const suppliers = countries.filter((c) => c.supplies);
  const recipients = countries.filter((c) => c.receives);
  const nameOf = countryNamer(countries, false); // as the choices name them
  const pairName = ({ supplier, recipient }: Pair) => `${nameOf(supplier)} → ${nameOf(recipient)}`;
  const replace = (index: number, patch: Partial<Pair>) => onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));

  const list = useRef<HTMLOListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const [news, announce] = useAnnouncement();
  const focusNext = useRef<'new pair' | 'add' | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === 'new pair') list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    if (focusNext.current === 'add') add.current?.focus();
    focusNext.current = null;
  }, [pairs.length]);

  return (
    <fieldset className="pair-picker">
      <legend>Pairs (up to {MAX_PAIRS})</legend>
      <ol ref={list}>
        {pairs.map((pair, i) => (
          <li key={i}>
            <CountryCombobox label={`Pair ${i + 1} supplier`} countries={suppliers} value={pair.supplier} onChange={(supplier) => replace(i, { supplier })} />
            <span aria-hidden="true" className="pair-picker__arrow">
              →
            </span>
            <CountryCombobox label={`Pair ${i + 1} recipient`} countries={recipients} value={pair.recipient} onChange={(recipient) => replace(i, { recipient })} />
            <button
              type="button"
              disabled={pairs.length === 1}
              aria-label={`Remove pair ${i + 1}, ${pairName(pair)}`}
              onClick={() => {
                focusNext.current = 'add';
                announce(`Removed ${pairName(pair)}.`);
                onChange(pairs.filter((_, j) => j !== i));
              }}
            >
              Remove pair {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={add}
        disabled={pairs.length >= MAX_PAIRS}
        onClick={() => {
          focusNext.current = 'new pair';
          onChange([...pairs, nextPair(pairs, suppliers.map((c) => c.id))]);
        }}
      >
        Add a pair
      </button>
      <p role="status" className="visually-hidden">
        {news}
      </p>
    </fieldset>
  );
}
