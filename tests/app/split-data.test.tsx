import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers.ts';
import { dataSources, server } from '../../mocks/node.ts';
import { renderApp } from '../render-app.tsx';

/**
 * The data come in three files (core/dataset/load.ts): the charts need only the first. When the deals register
 * cannot be loaded, the charts still draw, and the pages that need deals say so and offer Retry.
 */
describe('a deals register that fails to load', () => {
  it('leaves the share chart drawn, and /deals explains and recovers on Retry', async () => {
    let registerFails = true;
    server.use(
      ...createHandlers({
        ...dataSources,
        getRegister: () => (registerFails ? Promise.reject(new Error('register.json could not be downloaded (HTTP 503).')) : dataSources.getRegister()),
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp('/shares');
    expect(await screen.findByRole('list', { name: /Series/ })).toBeInTheDocument();

    await act(() => router.navigate('/deals'));
    expect(await screen.findByText(/The deals could not be loaded: The deals register is not available: register\.json could not be downloaded \(HTTP 503\)\./)).toBeInTheDocument();
    registerFails = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findAllByText(/29,916 deals/, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
  });
});
