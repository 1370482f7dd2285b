import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codingMarks } from '../../renderer/features/transcript/coding-marks';
import { createFakeCore, sampleState } from './fake-core';
import { findTranscript, renderApp } from './render-app';

describe('transcript', () => {
  it('shows the stored text as is, with speaker labels set apart and codings highlighted', async () => {
    const core = createFakeCore();
    renderApp(core);
    const view = await findTranscript();
    expect(view.state.doc.toString()).toBe(core.state.documents[0]!.text);
    expect(view.state.readOnly).toBe(true);

    const content = screen.getByTestId('transcript-content');
    await waitFor(() => expect(content.querySelectorAll('.cm-speaker').length).toBe(3));
    expect([...content.querySelectorAll('.cm-speaker')].map((s) => s.textContent)).toEqual(['Enquêtrice : ', 'Martine Lebrun : ', 'Enquêtrice : ']);
    const coding = content.querySelector('.cm-coding');
    expect(coding?.textContent).toBe('La confiance se perd en une semaine');
    expect(coding?.getAttribute('title')).toBe('Confiance des habitants');
    expect(coding?.getAttribute('style')).toContain('#9467bd');
  });

  it('gives each code present in a document its own margin lane, in codebook order', () => {
    const { codes } = sampleState();
    const marks = codingMarks(
      [
        { id: 1, documentId: 1, codeId: 3, start: 0, end: 5, coderId: 1, createdAt: '' },
        { id: 2, documentId: 1, codeId: 2, start: 2, end: 9, coderId: 1, createdAt: '' },
        { id: 3, documentId: 1, codeId: 3, start: 12, end: 20, coderId: 1, createdAt: '' },
      ],
      codes,
    );
    expect(marks.map((m) => [m.id, m.lane, m.codeName])).toEqual([
      [1, 1, 'Confiance des habitants'],
      [2, 0, 'Souveraineté'],
      [3, 1, 'Confiance des habitants'],
    ]);
  });
});
