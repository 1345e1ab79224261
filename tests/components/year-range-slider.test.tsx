import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YearRangeSlider } from '../../src/components/year-range-slider.tsx';

type Range = [number, number];

/** Controlled like in the app: `value` follows onChange. */
function Harness({ initial, onChange }: { initial: Range; onChange: (value: Range) => void }) {
  const [value, setValue] = useState<Range>(initial);
  return (
    <YearRangeSlider
      min={1950}
      max={2025}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

function setup(initial: Range = [2011, 2015]) {
  const onChange = vi.fn<(value: Range) => void>();
  const user = userEvent.setup();
  const view = render(<Harness initial={initial} onChange={onChange} />);
  const startThumb = screen.getByRole('slider', { name: 'Start year' });
  const endThumb = screen.getByRole('slider', { name: 'End year' });
  const from = screen.getByRole('spinbutton', { name: 'From' });
  const to = screen.getByRole('spinbutton', { name: 'To' });
  return { onChange, user, view, startThumb, endThumb, from, to };
}

const years = (start: HTMLElement, end: HTMLElement) => [start, end].map((el) => Number(el.getAttribute('aria-valuenow')));

/** Lets the Play timer fire `count` times, rendering after each tick as a browser would. */
function tick(count = 1) {
  for (let i = 0; i < count; i++) act(() => vi.advanceTimersByTime(700));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('YearRangeSlider', () => {
  it('exposes two named sliders, the typed years and the range as text', () => {
    const { startThumb, endThumb, from, to } = setup();
    expect(screen.getByRole('group', { name: 'Years' })).toBeInTheDocument();
    expect(startThumb).toHaveAttribute('aria-valuenow', '2011');
    expect(startThumb).toHaveAttribute('aria-valuetext', '2011');
    expect(startThumb).toHaveAttribute('aria-valuemin', '1950');
    expect(endThumb).toHaveAttribute('aria-valuenow', '2015');
    expect(endThumb).toHaveAttribute('aria-valuemax', '2025');
    expect(from).toHaveValue(2011);
    expect(to).toHaveValue(2015);
    expect(screen.getByText('2011–2015')).toBeInTheDocument();
  });

  it('moves one year with the arrow keys, and a thumb cannot pass the other', async () => {
    const { user, startThumb, endThumb, from } = setup([2011, 2012]);
    act(() => startThumb.focus());
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(years(startThumb, endThumb)).toEqual([2009, 2012]);
    expect(from).toHaveValue(2009);
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(years(startThumb, endThumb)).toEqual([2012, 2012]);
    expect(screen.getByText('2012')).toBeInTheDocument();
    act(() => endThumb.focus());
    await user.keyboard('{ArrowRight}');
    expect(years(startThumb, endThumb)).toEqual([2012, 2013]);
  });

  it('moves five years with PageUp/PageDown, clamped to the data and the other thumb', async () => {
    const { onChange, user, startThumb, endThumb } = setup([1953, 2015]);
    act(() => startThumb.focus());
    await user.keyboard('{PageUp}');
    expect(years(startThumb, endThumb)).toEqual([1958, 2015]);
    await user.keyboard('{PageDown}{PageDown}');
    expect(years(startThumb, endThumb)).toEqual([1950, 2015]);

    act(() => endThumb.focus());
    await user.keyboard('{PageUp}{PageUp}');
    expect(years(startThumb, endThumb)).toEqual([1950, 2025]);
    onChange.mockClear();
    await user.keyboard('{PageUp}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not let PageUp carry the start year past the end year', async () => {
    const { onChange, user, startThumb, endThumb } = setup([2011, 2014]);
    act(() => startThumb.focus());
    await user.keyboard('{PageUp}');
    expect(onChange).toHaveBeenLastCalledWith([2014, 2014]);
    expect(years(startThumb, endThumb)).toEqual([2014, 2014]);
    act(() => endThumb.focus());
    await user.keyboard('{PageDown}');
    expect(years(startThumb, endThumb)).toEqual([2014, 2014]);
  });

  it('sends the focused thumb to its end with Home/End', async () => {
    const { user, startThumb, endThumb } = setup();
    act(() => endThumb.focus());
    await user.keyboard('{Home}');
    expect(years(startThumb, endThumb)).toEqual([2011, 2011]);
    await user.keyboard('{End}');
    expect(years(startThumb, endThumb)).toEqual([2011, 2025]);
    act(() => startThumb.focus());
    await user.keyboard('{Home}');
    expect(years(startThumb, endThumb)).toEqual([1950, 2025]);
    await user.keyboard('{End}');
    expect(years(startThumb, endThumb)).toEqual([2025, 2025]);
  });

  it('applies a typed year on Enter and on blur', async () => {
    const { onChange, user, startThumb, endThumb, from, to } = setup();
    await user.clear(from);
    await user.type(from, '1999{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([1999, 2015]);
    expect(years(startThumb, endThumb)).toEqual([1999, 2015]);

    await user.clear(to);
    await user.type(to, '2020');
    expect(onChange).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith([1999, 2020]);
    expect(endThumb).toHaveAttribute('aria-valuenow', '2020');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['a year before the data', 'From', '1800'],
    ['a start after the end', 'From', '2016'],
    ['an end before the start', 'To', '2010'],
    ['a fraction', 'To', '2012.5'],
  ])('rejects %s, keeps the draft, and restores on Escape', async (_, name, typed) => {
    const { onChange, user } = setup();
    const input = screen.getByRole('spinbutton', { name });
    await user.clear(input);
    await user.type(input, `${typed}{Enter}`);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Enter a year from 1950 to 2025, not (after the end|before the start) year\.$/);
    expect(input).toHaveAccessibleDescription(screen.getByRole('alert').textContent);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue(Number(typed));
    expect(onChange).not.toHaveBeenCalled();

    await user.tab(); // leaving the field keeps the draft so it can be fixed
    expect(input).toHaveValue(Number(typed));
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue(name === 'From' ? 2011 : 2015);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('rejects non-numeric text', async () => {
    const { onChange, user, from } = setup();
    await user.clear(from);
    await user.type(from, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a year from 1950 to 2025, not after the end year.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows outside changes in fields that are not being edited, but keeps a draft being typed', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<YearRangeSlider min={1950} max={2025} value={[2011, 2015]} onChange={onChange} />);
    const from = screen.getByRole('spinbutton', { name: 'From' });
    const to = screen.getByRole('spinbutton', { name: 'To' });
    await userEvent.clear(to);
    await userEvent.type(to, '20');
    rerender(<YearRangeSlider min={1950} max={2025} value={[2000, 2016]} onChange={onChange} />);
    expect(from).toHaveValue(2000);
    expect(to).toHaveValue(20);
    expect(screen.getByRole('slider', { name: 'End year' })).toHaveAttribute('aria-valuenow', '2016');
  });

  it('replaces a rejected draft left in a field when the value changes from outside', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<YearRangeSlider min={1950} max={2025} value={[2011, 2015]} onChange={onChange} />);
    const from = screen.getByRole('spinbutton', { name: 'From' });
    await userEvent.clear(from);
    await userEvent.type(from, '1800');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<YearRangeSlider min={1950} max={2025} value={[2003, 2015]} onChange={onChange} />);
    expect(from).toHaveValue(2003);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  // Timer tests click with fireEvent: user-event and Testing Library wait on real setTimeout(0),
  // which fully fake timers would never fire.
  it('plays the end year from the start of the range up to the last year, then stops', () => {
    vi.useFakeTimers();
    const { onChange, startThumb, endThumb } = setup([2020, 2025]);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(years(startThumb, endThumb)).toEqual([2020, 2020]);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(699));
    expect(endThumb).toHaveAttribute('aria-valuenow', '2020');
    act(() => vi.advanceTimersByTime(1));
    expect(endThumb).toHaveAttribute('aria-valuenow', '2021');
    expect(screen.getByText('2020–2021')).toBeInTheDocument();
    tick(3);
    expect(endThumb).toHaveAttribute('aria-valuenow', '2024');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    tick();
    expect(years(startThumb, endThumb)).toEqual([2020, 2025]);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();

    onChange.mockClear();
    tick(3);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops on Pause, resumes from the current end, and stops on unmount', () => {
    vi.useFakeTimers();
    const { onChange, view, endThumb } = setup([2000, 2010]);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    tick(2);
    expect(endThumb).toHaveAttribute('aria-valuenow', '2012');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    tick(3);
    expect(endThumb).toHaveAttribute('aria-valuenow', '2012');

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    tick();
    expect(endThumb).toHaveAttribute('aria-valuenow', '2013');
    onChange.mockClear();
    view.unmount();
    tick(3);
    expect(onChange).not.toHaveBeenCalled();
  });
});
