import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CountrySummary } from '../../src/api/contract.ts';
import { CountryMultiSelect } from '../../src/components/country-multi-select.tsx';

const country = (id: string, name: string, kind: CountrySummary['kind'] = 'state'): CountrySummary => ({
  id,
  name,
  kind,
  supplies: true,
  receives: true,
  deals: 1,
  region: null,
  subregion: null,
});

const COUNTRIES = [
  country('CHN', 'China'),
  country('FRA', 'France'),
  country('HEZ', 'Hezbollah (Lebanon)*', 'non-state'),
  country('RUS', 'Russia'),
  country('SUN', 'Soviet Union', 'historical'),
];

/** Controlled like in the app: `value` follows onChange. */
function Harness(props: {
  initial: string[];
  onChange: (ids: string[]) => void;
  countries: readonly CountrySummary[];
  counts?: Record<string, number>;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <CountryMultiSelect
      label="Supplier"
      countries={props.countries}
      counts={props.counts}
      value={value}
      onChange={(ids) => {
        props.onChange(ids);
        setValue(ids);
      }}
    />
  );
}

function setup({ initial = [] as string[], countries = COUNTRIES, counts = undefined as Record<string, number> | undefined } = {}) {
  const onChange = vi.fn<(ids: string[]) => void>();
  const user = userEvent.setup();
  render(<Harness initial={initial} onChange={onChange} countries={countries} counts={counts} />);
  const input = screen.getByRole('combobox', { name: 'Supplier' });
  return { onChange, user, input };
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);
/** Chip names in order, read from their remove buttons. */
const chips = () => screen.queryAllByRole('button', { name: /^Remove / }).map((b) => b.getAttribute('aria-label')?.slice('Remove '.length));

describe('CountryMultiSelect', () => {
  it('filters the options by name or exact id as the user types', async () => {
    const { user, input } = setup();
    await user.click(input);
    expect(screen.getAllByRole('option')).toHaveLength(5);

    await user.keyboard('uni');
    expect(optionNames()).toEqual(['Soviet Union former state']);

    await user.clear(input);
    await user.keyboard('rus');
    expect(optionNames()).toEqual(['Russia']); // "rus" as a name substring

    await user.clear(input);
    await user.keyboard('chn');
    expect(optionNames()).toEqual(['China']); // the exact id, though no name contains "chn"
  });

  it('marks non-states with their kind, in words where SIPRI’s name has an asterisk', async () => {
    const { user, input } = setup();
    await user.click(input);
    expect(screen.getByRole('option', { name: /Hezbollah/ })).toHaveTextContent(/^Hezbollah \(Lebanon\) armed group$/);
    expect(screen.getByRole('option', { name: 'China' })).toHaveTextContent(/^China$/);
    await user.click(screen.getByRole('option', { name: /Hezbollah/ }));
    expect(chips()).toEqual(['Hezbollah (Lebanon)']);
    expect(screen.getByRole('button', { name: 'Remove Hezbollah (Lebanon)' }).parentElement).toHaveTextContent(/^Hezbollah \(Lebanon\) armed group×$/);
  });

  it('adds a clicked option as a chip, clears the text, closes the menu and keeps focus', async () => {
    const { user, input, onChange } = setup({ initial: ['RUS'] });
    await user.click(input);
    await user.keyboard('sov');
    await user.click(screen.getByRole('option', { name: /Soviet Union/ }));

    expect(onChange).toHaveBeenLastCalledWith(['RUS', 'SUN']);
    expect(chips()).toEqual(['Russia', 'Soviet Union']);
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('takes the best match with Enter as the user types, and the highlighted option after the arrow keys', async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    // Options with "r": Russia, whose name starts with it, then France; the first is highlighted.
    await user.keyboard('r{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['RUS']);

    await user.keyboard('n{ArrowDown}{Enter}'); // China, then France
    expect(onChange).toHaveBeenLastCalledWith(['RUS', 'FRA']);
    expect(chips()).toEqual(['Russia', 'France']);
  });

  it('no longer offers a chosen country', async () => {
    const { user, input } = setup({ initial: ['RUS', 'CHN'] });
    await user.click(input);
    expect(optionNames()).toEqual(['France', 'Hezbollah (Lebanon) armed group', 'Soviet Union former state']);
  });

  it('removes a chip with its remove button', async () => {
    const { user, onChange } = setup({ initial: ['RUS', 'SUN', 'CHN'] });
    await user.click(screen.getByRole('button', { name: 'Remove Soviet Union' }));
    expect(onChange).toHaveBeenLastCalledWith(['RUS', 'CHN']);
    expect(chips()).toEqual(['Russia', 'China']);

    await user.click(screen.getByRole('button', { name: 'Remove Russia' }));
    expect(onChange).toHaveBeenLastCalledWith(['CHN']);
  });

  it('removes the last chip with Backspace in the empty input, and only there', async () => {
    const { user, input, onChange } = setup({ initial: ['RUS', 'SUN'] });
    await user.click(input);
    await user.keyboard('x{Backspace}'); // deletes the typed text, not a chip
    expect(onChange).not.toHaveBeenCalled();

    await user.keyboard('{Backspace}'); // the menu is open, but no option is highlighted
    expect(onChange).toHaveBeenLastCalledWith(['RUS']);
    expect(chips()).toEqual(['Russia']);
    // Not silently: a screen reader hears what went, and what comes.
    expect(screen.getByRole('status')).toHaveTextContent('Removed Soviet Union from Supplier.');
    await user.keyboard('chi{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Added China to Supplier.');
  });

  it('says the same choice again when it is made again (the view did not keep it, e.g. Back)', async () => {
    const user = userEvent.setup();
    render(<CountryMultiSelect label="Supplier" countries={COUNTRIES} value={[]} onChange={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Supplier' });
    await user.click(input);
    await user.keyboard('chi{Enter}');
    const said = screen.getByRole('status').textContent;
    expect(said).toBe('Added China to Supplier.');
    await user.keyboard('chi{Enter}');
    expect(screen.getByRole('status').textContent).toBe(`${said}\u00a0`); // changed, so a live region speaks it again
  });

  it('moves between chips with the arrow keys and deletes the focused one', async () => {
    const { user, input, onChange } = setup({ initial: ['RUS', 'SUN', 'CHN'] });
    await user.click(input);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toHaveTextContent('Soviet Union');

    await user.keyboard('{Delete}');
    expect(onChange).toHaveBeenLastCalledWith(['RUS', 'CHN']);
  });

  it('clears everything with the Clear button, shown only when something is selected', async () => {
    const { user, input, onChange } = setup({ initial: ['RUS', 'SUN'] });
    await user.click(screen.getByRole('button', { name: 'Clear Supplier' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(chips()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear Supplier' })).not.toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('shows the deals each option would leave, and still lists the ones with none', async () => {
    const { user, input } = setup({ counts: { CHN: 1234, FRA: 1, RUS: 0 } });
    await user.click(input);
    expect(screen.getByRole('option', { name: /China/ })).toHaveTextContent('China · 1,234 deals');
    expect(screen.getByRole('option', { name: /France/ })).toHaveTextContent('France · 1 deal');
    const russia = screen.getByRole('option', { name: /Russia/ });
    expect(russia).toHaveTextContent('Russia · 0 deals');
    expect(russia).toHaveClass('multi-select__option--none');
    expect(screen.getByRole('option', { name: /China/ })).not.toHaveClass('multi-select__option--none');
  });

  it('shows an unknown id as a chip named by its id', () => {
    setup({ initial: ['RUS', 'XYZ'] });
    expect(chips()).toEqual(['Russia', 'XYZ']);
  });

  it('lists at most 100 options, then asks to type', async () => {
    const many = Array.from({ length: 150 }, (_, i) => country(`C${i}`, `Country ${String(i).padStart(3, '0')}`));
    const { user, input } = setup({ countries: many });
    await user.click(input);
    const menu = screen.getByRole('listbox');
    expect(within(menu).getAllByRole('option')).toHaveLength(100);
    expect(menu).toHaveTextContent(/Type to narrow the list$/);

    await user.keyboard('country 1');
    expect(within(menu).getAllByRole('option')).toHaveLength(50);
    expect(menu).not.toHaveTextContent('Type to narrow the list');
  });
});
