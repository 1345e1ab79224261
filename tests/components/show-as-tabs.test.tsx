import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ShowAsTabs, type ShowAs } from '../../src/components/show-as-tabs.tsx';

function Tabs({ tabs }: { tabs?: readonly ShowAs[] }) {
  const [tab, setTab] = useState<ShowAs>('chart');
  return (
    <>
      <button type="button">before</button>
      <ShowAsTabs idPrefix="x-" tabs={tabs} selected={tab} onSelect={setTab} />
      <button type="button">after</button>
    </>
  );
}

describe('ShowAsTabs', () => {
  it('is one Tab stop, and the arrows, Home and End move to the other tab and select it', async () => {
    const user = userEvent.setup();
    render(<Tabs />);
    const [chart, table] = [screen.getByRole('tab', { name: 'Chart' }), screen.getByRole('tab', { name: 'Table' })];
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(chart).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}'); // the browser's Forward, not a tab
    expect(chart).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(table).toHaveFocus();
    expect(table).toHaveAttribute('aria-selected', 'true');
    expect(table).toHaveAttribute('aria-controls', 'x-panel-table');
    expect(chart).not.toHaveAttribute('aria-controls');
    await user.keyboard('{ArrowRight}'); // wraps round
    expect(chart).toHaveFocus();
    await user.keyboard('{End}');
    expect(table).toHaveFocus();
    await user.keyboard('{Home}');
    expect(chart).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(table).toHaveAttribute('aria-selected', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus(); // not the other tab
    await user.tab({ shift: true });
    expect(table).toHaveFocus();
  });

  it('offers the tabs a view has, in its order: the share explorer’s Map after Chart and Table', async () => {
    const user = userEvent.setup();
    render(<Tabs tabs={['chart', 'table', 'map']} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Chart', 'Table', 'Map']);
    screen.getByRole('tab', { name: 'Chart' }).focus();
    await user.keyboard('{ArrowLeft}'); // wraps round to the last
    const map = screen.getByRole('tab', { name: 'Map' });
    expect(map).toHaveFocus();
    expect(map).toHaveAttribute('aria-controls', 'x-panel-map');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  });
});
