import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Boot, type StartApi } from '../../src/app/boot.tsx';

describe('Boot', () => {
  it('shows download progress, then the app', async () => {
    let finish!: () => void;
    const start: StartApi = (onProgress) => {
      onProgress({ loaded: 1_500_000, total: 3_000_000 });
      return new Promise((resolve) => (finish = resolve));
    };
    render(<Boot start={start}>the app</Boot>);
    expect(screen.getByText(/Loading the SIPRI Arms Transfers dataset… 1.5 MB/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1500000');
    finish();
    expect(await screen.findByText('the app')).toBeInTheDocument();
  });

  it('renders the app at once where there is nothing to start (a real API server): no download progress', () => {
    render(<Boot start={null}>the app</Boot>);
    expect(screen.getByText('the app')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText(/Loading/)).toBeNull();
  });

  it('explains a dataset that does not fit and retries', async () => {
    const start = vi
      .fn<StartApi>()
      .mockRejectedValueOnce(new Error('The dataset does not have the expected format (version: expected 1).'))
      .mockResolvedValueOnce(undefined);
    render(<Boot start={start}>the app</Boot>);
    expect(await screen.findByRole('alert')).toHaveTextContent('The SIPRI dataset could not be loaded. The dataset does not have the expected format');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the app')).toBeInTheDocument();
    expect(start).toHaveBeenCalledTimes(2);
  });
});
