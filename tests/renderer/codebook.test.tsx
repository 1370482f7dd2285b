import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore } from './fake-core';
import { renderApp } from './render-app';

async function openCodebook() {
  fireEvent.click(await screen.findByTestId('tab-codebook'));
  return screen.findByTestId('code-tree');
}

describe('codebook', () => {
  it('shows the codes as a tree with their colour, name and number of codings', async () => {
    renderApp();
    const tree = await openCodebook();
    const items = await within(tree).findAllByTestId('code-item');
    expect(items.map((i) => i.getAttribute('data-code-name'))).toEqual(['Gouvernance', 'Souveraineté', 'Confiance des habitants']);
    expect(items[1]!.getAttribute('aria-level')).toBe('2');
    expect(items[1]!.textContent).toContain('1');
  });

  it('creates a code with a colour from the palette', async () => {
    const core = createFakeCore();
    renderApp(core);
    await openCodebook();
    fireEvent.click(screen.getByTestId('new-code-button'));
    fireEvent.change(screen.getByTestId('code-name-input'), { target: { value: 'Compétences internes' } });
    fireEvent.click(screen.getByRole('radio', { name: 'vert' }));
    fireEvent.click(screen.getByTestId('code-form-submit'));
    await waitFor(() => expect(core.callsTo('codes:create')).toEqual([{ name: 'Compétences internes', parentId: null, color: '#2ca02c' }]));
    await waitFor(() => expect(screen.queryByTestId('code-form')).toBeNull());
    await waitFor(() => {
      const created = screen.getByTestId('code-tree').querySelector('[data-code-name="Compétences internes"]');
      expect(created?.getAttribute('aria-selected')).toBe('true');
    });
  });

  it('creates a child code under its parent', async () => {
    const core = createFakeCore();
    renderApp(core);
    const tree = await openCodebook();
    const [gouvernance] = await within(tree).findAllByTestId('code-item');
    fireEvent.click(within(gouvernance!).getByRole('button', { name: /sous-code/ }));
    expect(screen.getByTestId('code-form').textContent).toContain('Nouveau sous-code de « Gouvernance »');
    fireEvent.change(screen.getByTestId('code-name-input'), { target: { value: 'Cadre juridique' } });
    fireEvent.submit(screen.getByTestId('code-form'));
    await waitFor(() => expect(core.callsTo('codes:create')).toMatchObject([{ name: 'Cadre juridique', parentId: 1 }]));
  });

  it('shows a duplicate name inline (CONFLICT), without a toast, and keeps the form open', async () => {
    const core = createFakeCore();
    renderApp(core);
    await openCodebook();
    fireEvent.click(screen.getByTestId('new-code-button'));
    fireEvent.change(screen.getByTestId('code-name-input'), { target: { value: 'confiance des habitants' } });
    fireEvent.click(screen.getByTestId('code-form-submit'));
    const error = await screen.findByTestId('code-form-error');
    expect(error.textContent).toBe('Un code porte déjà ce nom à cet endroit.');
    expect(screen.getByTestId('code-name-input').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('toast')).toBeNull();
    // Editing the name clears the message.
    fireEvent.change(screen.getByTestId('code-name-input'), { target: { value: 'Confiance envers la ville' } });
    expect(screen.queryByTestId('code-form-error')).toBeNull();
  });

  it('tells a newcomer what a code is when the codebook is empty', async () => {
    renderApp(createFakeCore({ codes: [], codings: [] }));
    fireEvent.click(await screen.findByTestId('tab-codebook'));
    expect((await screen.findByTestId('codebook-empty')).textContent).toContain('appuyez sur C');
  });
});
