import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { AppProviders } from '../../renderer/app/AppProviders';
import { createAppServices } from '../../renderer/app/app-services';
import { createHttpTransport } from '../../renderer/transport/http-transport';
import { createPathPrompt } from '../../renderer/transport/path-prompt';
import { createFakeCore, sampleInfo } from './fake-core';
import { renderApp } from './render-app';

describe('start-up', () => {
  it('opens the sample study when no project is open, and shows its documents and first transcript', async () => {
    const { core } = renderApp();
    expect((await screen.findByTestId('project-name')).textContent).toContain('Étude exemple');
    expect(core.callsTo('project:current').length).toBeGreaterThan(0);
    expect(core.callsTo('project:openSample')).toHaveLength(1);

    const items = await screen.findAllByTestId('document-item');
    expect(items.map((i) => within(i).getByText(/E0/).textContent)).toEqual(['E01 - élue', 'E02 - prestataire']);
    expect(items[0]?.textContent).toContain('mots');
    expect((await screen.findByTestId('transcript-title')).textContent).toContain('E01 - élue');
    expect(screen.getByTestId('sample-banner')).toBeTruthy();
  });

  it('keeps the open project instead of opening the sample', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, name: 'Mon étude', isSample: false, path: '/x/mon.verbatim' } });
    renderApp(core);
    expect((await screen.findByTestId('project-name')).textContent).toContain('Mon étude');
    expect(core.callsTo('project:openSample')).toHaveLength(0);
    expect(screen.queryByTestId('sample-banner')).toBeNull();
  });

  it('runs the integrity check after the first paint and warns without blocking', async () => {
    const core = createFakeCore();
    core.override('project:check', () => ({ ok: false, problems: ['page 12: btreeInitPage() returns error code 11'] }));
    renderApp(core);
    const banner = await screen.findByTestId('integrity-banner', {}, { timeout: 3000 });
    expect(banner?.textContent).toContain('btreeInitPage');
    // The workspace is usable meanwhile.
    expect(screen.getByTestId('document-list')).toBeTruthy();
  });

  it('shows the project’s storage warnings in a dismissible banner', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, warnings: ['Ce projet est dans un dossier synchronisé (Dropbox).'] } });
    renderApp(core);
    const banner = await screen.findByTestId('storage-warning');
    expect(banner?.textContent).toContain('Dropbox');
    within(banner).getByRole('button').click();
    await waitFor(() => expect(screen.queryByTestId('storage-warning')).toBeNull());
  });

  it('explains how to get in when browser mode has no access token', async () => {
    const pathPrompt = createPathPrompt();
    const transport = createHttpTransport({ token: null, pathPrompt, fetch: () => Promise.reject(new Error('no network in tests')) });
    render(
      <AppProviders services={createAppServices({ transport, pathPrompt })}>
        <App />
      </AppProviders>,
    );
    const screenMessage = await screen.findByTestId('startup-failed');
    expect(screenMessage.textContent).toContain('#token=');
  });
});
