import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../renderer/app/AppProviders';
import { createAppServices } from '../../renderer/app/app-services';
import { AnalysisView } from '../../renderer/features/analysis';
import type { Agreement, Disagreements } from '../../shared/contract';
import { createAnalysisCore } from './analysis-fakes';
import type { FakeCore } from './fake-core';

const figures = (both: number, onlyA: number, onlyB: number, neither: number, kappa: number | null, alpha: number | null) => ({
  units: both + onlyA + onlyB + neither,
  both,
  onlyA,
  onlyB,
  neither,
  percent: (both + neither) / (both + onlyA + onlyB + neither),
  kappa,
  alpha,
});

/** Codeur 1 (5 codings) and Codeuse 2 (1), as createAnalysisCore lists them. */
const agreement: Agreement = {
  coders: [
    { id: 1, name: 'Codeur 1' },
    { id: 2, name: 'Codeuse 2' },
  ],
  documents: [{ documentId: 1, name: 'E01', ...figures(40, 20, 20, 120, 0.5, 0.49) }],
  codes: [
    { codeId: 2, path: 'Gouvernance/Souveraineté', ...figures(40, 20, 20, 120, 0.5, 0.49) },
    { codeId: 3, path: 'Confiance des habitants', ...figures(0, 0, 0, 200, null, null) },
  ],
  overall: figures(40, 20, 20, 320, 0.6, 0.85),
};

const disagreements: Disagreements = {
  codeId: 2,
  documents: [
    {
      documentId: 1,
      name: 'E01',
      passages: [
        {
          coderId: 1,
          start: 10,
          end: 20,
          before: 'Avant ',
          text: 'le passage',
          after: ' après.',
          beforeCut: true,
          afterCut: false,
          codings: [{ id: 501, start: 4, end: 20 }],
          coverage: [{ coderId: 1, start: 4, end: 20 }],
        },
      ],
    },
  ],
};

function renderAgreement(core: FakeCore) {
  const services = createAppServices({ transport: core.transport });
  render(
    <AppProviders services={services}>
      <AnalysisView onOpenQuote={vi.fn()} />
    </AppProviders>,
  );
}

let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(blobs.get(this.href)!);
  });
});
afterEach(() => vi.restoreAllMocks());

async function openTab(core: FakeCore) {
  renderAgreement(core);
  fireEvent.click(await screen.findByTestId('analysis-tab-agreement'));
  return screen.findByTestId('agreement-codes');
}

describe('analysis: agreement', () => {
  it('compares the two coders with the most codings, per code with the bands, undefined measures explained, overall and per interview', async () => {
    const core = createAnalysisCore();
    core.override('synthesis:agreement', () => agreement);
    const table = await openTab(core);
    expect(core.callsTo('synthesis:agreement')[0]).toEqual({ coders: [1, 2] });
    const rows = within(table).getAllByTestId('agreement-codes-row');
    expect(rows).toHaveLength(2);
    const kappa = within(rows[0]!).getByTestId('agreement-kappa');
    expect(kappa.textContent).toBe('0,500');
    expect(kappa.className).toContain('is-insufficient');
    const undefinedAlpha = within(rows[1]!).getByTestId('agreement-alpha');
    expect(undefinedAlpha.textContent).toBe('—');
    expect(undefinedAlpha.getAttribute('title')).toMatch(/Non défini/);
    const overall = within(screen.getByTestId('agreement-codes-overall')).getByTestId('agreement-alpha');
    expect(overall.textContent).toBe('0,850');
    expect(overall.className).toContain('is-reliable');
    expect(within(screen.getByTestId('agreement-documents')).getAllByTestId('agreement-documents-row')).toHaveLength(1);
    expect(screen.getByTestId('agreement-legend').textContent).toContain('α ≥ 0,8 fiable');
    expect(screen.getByText(/Unité : un caractère/)).toBeTruthy();

    // Choosing other coders asks again; the same coder twice is refused.
    fireEvent.change(screen.getByTestId('agreement-coder-b'), { target: { value: '1' } });
    expect(await screen.findByText('Choisissez deux codeurs différents.')).toBeTruthy();
  });

  it('exports the table as a French CSV', async () => {
    const core = createAnalysisCore();
    core.override('synthesis:agreement', () => agreement);
    await openTab(core);
    fireEvent.click(screen.getByTestId('agreement-export-csv'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = new TextDecoder().decode(await downloads[0]!.arrayBuffer());
    expect(text).toContain('Code;Unités (caractères);Les deux;Seul Codeur 1;Seul Codeuse 2;Aucun;Accord (proportion);κ de Cohen;α de Krippendorff');
    expect(text).toContain('Gouvernance/Souveraineté;200;40;20;20;120;0,8;0,5;0,49');
    expect(text).toContain('Confiance des habitants;200;0;0;0;200;1;;');
  });

  it('reviews a code’s disagreements side by side, keeps the disputed run for the other coder and drops it from the coder’s coding', async () => {
    const core = createAnalysisCore();
    core.override('synthesis:agreement', () => agreement);
    core.override('synthesis:disagreements', () => disagreements);
    core.override('codings:copyToCoder', ({ coderId }: { coderId: number }) => ({
      id: 900,
      documentId: 1,
      codeId: 2,
      coderId,
      start: 4,
      end: 20,
      createdAt: '2026-01-01T00:00:00.000Z',
      absorbed: [],
    }));
    core.override('codings:removeRange', () => ({ remaining: [] }));
    const table = await openTab(core);
    fireEvent.click(within(within(table).getAllByTestId('agreement-codes-row')[0]!).getByRole('button', { name: 'Gouvernance/Souveraineté' }));
    const review = await screen.findByTestId('agreement-review');
    expect(core.callsTo('synthesis:disagreements')[0]).toEqual({ coders: [1, 2], codeId: 2 });
    const passage = await within(review).findByTestId('agreement-passage');
    const sides = passage.querySelectorAll('blockquote');
    expect(sides).toHaveLength(2);
    expect(sides[0]!.querySelector('.is-disputed')?.textContent).toBe('le passage');
    expect(sides[1]!.querySelector('.is-absent')?.textContent).toBe('le passage');
    expect(sides[1]!.textContent).toContain('non codé');
    expect(sides[0]!.textContent).toMatch(/^… Avant le passage après\.$/);

    fireEvent.click(within(passage).getByTestId('agreement-keep'));
    await waitFor(() => expect(core.callsTo('codings:copyToCoder')).toEqual([{ codingId: 501, coderId: 2, start: 10, end: 20 }]));
    await waitFor(() => expect((within(passage).getByTestId('agreement-drop') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(passage).getByTestId('agreement-drop'));
    await waitFor(() => expect(core.callsTo('codings:removeRange')).toEqual([{ id: 501, start: 10, end: 20 }]));
  });

  it('explains how to get a second coder when fewer than two have coded', async () => {
    const core = createAnalysisCore();
    core.override('coders:list', () => [{ id: 1, name: 'Codeur 1', codings: 5 }]);
    renderAgreement(core);
    fireEvent.click(await screen.findByTestId('analysis-tab-agreement'));
    expect((await screen.findByTestId('agreement-need-coders')).textContent).toMatch(/Fusionner la copie d’un collègue/);
    expect(core.callsTo('synthesis:agreement')).toEqual([]);
  });
});
