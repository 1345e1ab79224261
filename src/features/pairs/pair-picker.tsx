import type { CountrySummary } from '../../api/contract.ts';
import { CountryCombobox } from '../../components/country-combobox.tsx';
import { MAX_PAIRS, type Pair } from './pairs-view.ts';

interface Props {
  pairs: readonly Pair[];
  countries: readonly CountrySummary[];
  onChange: (pairs: Pair[]) => void;
}

/** Up to four supplier → recipient pairs, each two searchable choices. */
export function PairPicker({ pairs, countries, onChange }: Props) {
  const suppliers = countries.filter((c) => c.supplies);
  const recipients = countries.filter((c) => c.receives);
  const replace = (index: number, patch: Partial<Pair>) => onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  return (
    <fieldset className="pair-picker">
      <legend>Pairs (up to {MAX_PAIRS})</legend>
      <ol>
        {pairs.map((pair, i) => (
          <li key={i}>
            <CountryCombobox label={`Pair ${i + 1} supplier`} countries={suppliers} value={pair.supplier} onChange={(supplier) => replace(i, { supplier })} />
            <span aria-hidden="true" className="pair-picker__arrow">
              →
            </span>
            <CountryCombobox label={`Pair ${i + 1} recipient`} countries={recipients} value={pair.recipient} onChange={(recipient) => replace(i, { recipient })} />
            <button type="button" disabled={pairs.length === 1} onClick={() => onChange(pairs.filter((_, j) => j !== i))}>
              Remove pair {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={pairs.length >= MAX_PAIRS}
        onClick={() => onChange([...pairs, { supplier: 'USA', recipient: pairs[pairs.length - 1]?.recipient ?? 'IND' }])}
      >
        Add a pair
      </button>
    </fieldset>
  );
}
