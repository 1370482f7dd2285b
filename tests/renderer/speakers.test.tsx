import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/contract';
import { isInterviewerLabel, speakerTones } from '../../renderer/features/speakers/speaker-tones';
import { formatTimestamp as formatTime } from '../../shared/time-format';
import { createFakeCore, sampleInfo, type FakeCore } from './fake-core';
import { findTranscript, renderApp } from './render-app';
import { turnsOfText } from './fake-participants';

const FOCUS_GROUP = [
  'Animatrice : Présentez-vous.',
  'Martine : Martine, élue.',
  'Karim Benali : Karim, technicien.',
  'Martine L. : Et je préside la commission.',
  'Karim Benali : Moi je suis au réseau de chaleur.',
].join('\n');

function focusGroup(): FakeCore {
  const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
  const d = core.state.documents[0]!;
  d.text = FOCUS_GROUP;
  d.turnList = turnsOfText(FOCUS_GROUP);
  core.state.codings = [];
  core.state.cases = [{ id: 41, guid: 'c41', name: 'E01', description: '', values: {}, documentIds: [], speakers: [] } satisfies Case];
  return core;
}

const speakerRow = (dialog: HTMLElement, name: string) =>
  waitFor(() => {
    const row = within(dialog)
      .getAllByTestId('speaker-row')
      .find((r) => r.dataset.speaker === name);
    if (!row) throw new Error(`no speaker ${name}`);
    return row;
  });

async function openSpeakers(core: FakeCore) {
  renderApp(core);
  await findTranscript();
  fireEvent.click(await screen.findByTestId('speakers-button'));
  return screen.findByTestId('speakers-dialog');
}

describe('speakers', () => {
  it('tells the interviewer from the participants, and gives each speaker a stable tone', () => {
    for (const label of ['Enquêtrice', 'Enquêteur 2', 'ENQUETEUR', 'Interviewer', 'Interviewer (Sophie)', 'Q', 'Q.', 'Animatrice', 'Modérateur'])
      expect(isInterviewerLabel(label), label).toBe(true);
    for (const label of ['Martine Lebrun', 'L1', 'Quentin', 'Question de Martine', 'Interne'])
      expect(isInterviewerLabel(label), label).toBe(false);
    const tones = speakerTones(['Enquêtrice', 'Martine', null, 'Karim', 'Enquêtrice', 'Martine']);
    expect([...tones]).toEqual([
      ['Enquêtrice', 'interviewer'],
      ['Martine', 0],
      ['Karim', 1],
    ]);
  });

  it('writes times as mm:ss, or h:mm:ss past the hour', () => {
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(83_400)).toBe('01:23');
    expect(formatTime(3_723_000)).toBe('1:02:03');
  });

  it('colours speaker labels in the transcript, the interviewer in a neutral tone', async () => {
    const core = focusGroup();
    renderApp(core);
    await findTranscript();
    const content = screen.getByTestId('transcript-content');
    await waitFor(() => expect(content.querySelectorAll('.cm-speaker').length).toBe(5));
    const classes = [...content.querySelectorAll('.cm-speaker')].map((s) => [s.textContent, s.className.replace('cm-speaker ', '')]);
    expect(classes).toEqual([
      ['Animatrice : ', 'speaker-tone-i'],
      ['Martine : ', 'speaker-tone-0'],
      ['Karim Benali : ', 'speaker-tone-1'],
      ['Martine L. : ', 'speaker-tone-2'],
      ['Karim Benali : ', 'speaker-tone-1'],
    ]);
    expect(content.querySelector('.cm-turn-interviewer')?.textContent).toContain('Présentez-vous');
  });

  it('lists the speakers with their turns and words, and renames one (a taken name is explained)', async () => {
    const core = focusGroup();
    const dialog = await openSpeakers(core);
    const karim = await speakerRow(dialog, 'Karim Benali');
    expect(karim.textContent).toContain('Karim Benali');
    expect([...karim.querySelectorAll('.num')].map((c) => c.textContent)).toEqual(['2', '9']);

    fireEvent.click(within(karim).getByTestId('speaker-rename'));
    const input = within(karim).getByTestId('speaker-rename-input');
    fireEvent.change(input, { target: { value: 'Martine' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await within(karim).findByRole('alert')).textContent).toContain('« Martine » est déjà un intervenant de ce document');
    expect(screen.queryByTestId('toast')).toBeNull();

    fireEvent.change(input, { target: { value: 'Karim B.' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await speakerRow(dialog, 'Karim B.');
    expect(core.callsTo('speakers:rename')).toEqual([
      { documentId: 1, from: 'Karim Benali', to: 'Martine' },
      { documentId: 1, from: 'Karim Benali', to: 'Karim B.' },
    ]);
  });

  it('shows a renamed speaker’s new name in the transcript, with the label as written in its tooltip', async () => {
    const core = focusGroup();
    const dialog = await openSpeakers(core);
    const karim = await speakerRow(dialog, 'Karim Benali');
    fireEvent.click(within(karim).getByTestId('speaker-rename'));
    const input = within(karim).getByTestId('speaker-rename-input');
    fireEvent.change(input, { target: { value: 'Karim B.' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await speakerRow(dialog, 'Karim B.');
    fireEvent.click(within(dialog).getByText('Fermer', { selector: '.dialog-footer button span' }));
    const content = screen.getByTestId('transcript-content');
    await waitFor(() => expect(content.querySelector('.cm-speaker-renamed')?.textContent).toBe('Karim B. : '));
    expect(content.querySelector('.cm-speaker-renamed')?.getAttribute('title')).toBe('Écrit « Karim Benali » dans le texte');
    // The text itself is unchanged.
    expect((await findTranscript()).state.doc.toString()).toBe(FOCUS_GROUP);
  });

  it('merges two speakers into the name of the one who speaks most', async () => {
    const core = focusGroup();
    const dialog = await openSpeakers(core);
    fireEvent.click(within(await speakerRow(dialog, 'Martine L.')).getByTestId('speaker-check'));
    expect(within(dialog).queryByTestId('speakers-merge')).toBeNull();
    fireEvent.click(within(await speakerRow(dialog, 'Martine')).getByTestId('speaker-check'));
    const merge = within(dialog).getByTestId('speakers-merge');
    expect((within(merge).getByTestId('speakers-merge-into') as HTMLInputElement).value).toBe('Martine L.');
    fireEvent.change(within(merge).getByTestId('speakers-merge-into'), { target: { value: 'Martine Lebrun' } });
    fireEvent.click(within(merge).getByTestId('speakers-merge-submit'));
    await speakerRow(dialog, 'Martine Lebrun');
    expect(core.callsTo('speakers:merge')).toEqual([{ documentId: 1, speakers: ['Martine L.', 'Martine'], into: 'Martine Lebrun' }]);
    expect(within(dialog).getAllByTestId('speaker-row').map((r) => r.dataset.speaker)).toEqual(['Animatrice', 'Martine Lebrun', 'Karim Benali']);
  });

  it('links a focus-group speaker to a participant', async () => {
    const core = focusGroup();
    const dialog = await openSpeakers(core);
    const select = within(await speakerRow(dialog, 'Karim Benali')).getByTestId('speaker-case') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '41' } });
    await waitFor(() => expect(core.callsTo('speakers:link')).toEqual([{ documentId: 1, speaker: 'Karim Benali', caseId: 41 }]));
    await waitFor(() => expect((within(dialog).getAllByTestId('speaker-case')[2] as HTMLSelectElement).value).toBe('41'));
  });

  it('shows each speaker’s role and lets the user change it', async () => {
    const core = focusGroup();
    const dialog = await openSpeakers(core);
    expect(within(dialog).getByRole('columnheader', { name: 'Rôle' })).toBeTruthy();
    const select = within(await speakerRow(dialog, 'Animatrice')).getByTestId('speaker-role') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['—', 'Enquêteur·rice', 'Enquêté·e']);
    fireEvent.change(select, { target: { value: 'interviewer' } });
    await waitFor(() => expect(core.callsTo('speakers:setRole')).toEqual([{ documentId: 1, speaker: 'Animatrice', role: 'interviewer' }]));
    await waitFor(() => expect((within(dialog).getAllByTestId('speaker-role')[0] as HTMLSelectElement).value).toBe('interviewer'));
    fireEvent.change(within(dialog).getAllByTestId('speaker-role')[0]!, { target: { value: '' } });
    await waitFor(() => expect(core.callsTo('speakers:setRole').at(-1)).toEqual({ documentId: 1, speaker: 'Animatrice', role: null }));
  });
});
