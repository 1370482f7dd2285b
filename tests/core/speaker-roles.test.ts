import { describe, expect, it } from 'vitest';
import { rolesOfLabels } from '../../electron/core/documents/import/speakers/speaker-roles';
import { createTestCore, type TestCore } from '../helpers/test-core';

const QR = `Q : Comment se passent les négociations avec la métropole ?
R : Nous négocions chaque contrat, ligne par ligne.
Q : Et la confiance ?
R : Elle se construit dans les négociations.`;

const INTERVIEW = `Enquêtrice : Vous parlez de confiance dans les contrats ?
Martine Lebrun : La confiance se gagne contrat après contrat.`;

const FOCUS_GROUP = `Animatrice : Parlons des contrats de données.
Karim : Les contrats sont trop longs.
Sophie : Un contrat court serait mieux.
Observateur : Les contrats, toujours les contrats.
Karim : Oui, des contrats plus simples.`;

async function project() {
  const core = await createTestCore();
  await core.call('cases:import', { path: core.file('p.csv', 'Id;Groupe\nE01;élu\nE02;habitant\nE03;habitant\n') });
  const { imported } = await core.call('documents:import', {
    paths: [core.file('E01.txt', QR), core.file('E02.txt', INTERVIEW), core.file('Groupe.txt', FOCUS_GROUP)],
  });
  const id = (name: string) => imported.find((d) => d.name === name)!.id;
  const cases = await core.call('cases:list', {});
  const caseId = (name: string) => cases.find((c) => c.name === name)!.id;
  return { core, qr: id('E01'), interview: id('E02'), group: id('Groupe'), caseId };
}

const roles = async (core: TestCore, documentId: number) =>
  Object.fromEntries((await core.call('speakers:list', { documentId })).map((s) => [s.name, { role: s.role, caseId: s.caseId }]));

describe('speaker roles', () => {
  it('reads roles from labels: Q asks and R answers, interviewer-like labels ask, names have none', () => {
    expect(rolesOfLabels(['Q', 'R'])).toEqual(new Map([['Q', 'interviewer'], ['R', 'respondent']]));
    expect(rolesOfLabels(['Question', 'Réponse'])).toEqual(new Map([['Question', 'interviewer'], ['Réponse', 'respondent']]));
    expect(rolesOfLabels(['Enquêtrice 2', 'INTERVIEWER', 'Int.', 'Modérateur (Paul)', 'Martine Lebrun', 'Enquêté'])).toEqual(
      new Map([['Enquêtrice 2', 'interviewer'], ['INTERVIEWER', 'interviewer'], ['Int.', 'interviewer'], ['Modérateur (Paul)', 'interviewer'], ['Enquêté', 'respondent']]),
    );
    // Without `Q`, `A` may be a person's initial: no role.
    expect(rolesOfLabels(['A', 'B'])).toEqual(new Map());
  });

  it('marks roles at import, and links the respondent with the document’s participant, now or later, undoably', async () => {
    const { core, qr, interview, caseId } = await project();
    expect(await roles(core, qr)).toEqual({ Q: { role: 'interviewer', caseId: null }, R: { role: 'respondent', caseId: null } });
    expect(await roles(core, interview)).toEqual({ Enquêtrice: { role: 'interviewer', caseId: null }, 'Martine Lebrun': { role: null, caseId: null } });

    await core.call('documents:setCase', { documentId: qr, caseId: caseId('E01') });
    expect((await roles(core, qr)).R).toEqual({ role: 'respondent', caseId: caseId('E01') });
    expect((await core.call('cases:list', {})).find((c) => c.name === 'E01')!.speakers).toEqual([{ documentId: qr, speaker: 'R' }]);
    await core.call('documents:setCase', { documentId: qr, caseId: caseId('E02') });
    expect((await roles(core, qr)).R!.caseId).toBe(caseId('E02'));
    await core.call('history:undo', {});
    expect((await roles(core, qr)).R!.caseId).toBe(caseId('E01'));
    await core.call('documents:setCase', { documentId: qr, caseId: null });
    expect((await roles(core, qr)).R!.caseId).toBeNull();
    await core.call('history:undo', {});
    await core.call('history:undo', {});
    expect((await roles(core, qr)).R!.caseId).toBeNull();

    // Auto-link goes through the same rule.
    await core.call('cases:autoLink', {});
    expect((await roles(core, qr)).R!.caseId).toBe(caseId('E01'));
    expect((await roles(core, interview))['Martine Lebrun']!.caseId).toBeNull();
  });

  it('a respondent linked by the user to someone else keeps that link when the document’s participant changes', async () => {
    const { core, qr, caseId } = await project();
    await core.call('speakers:link', { documentId: qr, speaker: 'R', caseId: caseId('E03') });
    await core.call('documents:setCase', { documentId: qr, caseId: caseId('E01') });
    expect((await roles(core, qr)).R!.caseId).toBe(caseId('E03'));
  });

  it('lets the user set and clear a role, which follows a rename and a merge, and is undone', async () => {
    const { core, interview, group, caseId } = await project();
    await core.call('documents:setCase', { documentId: interview, caseId: caseId('E02') });
    await core.call('speakers:setRole', { documentId: interview, speaker: 'Martine Lebrun', role: 'respondent' });
    // A new respondent is linked with the document's participant.
    expect((await roles(core, interview))['Martine Lebrun']).toEqual({ role: 'respondent', caseId: caseId('E02') });
    await core.call('speakers:setRole', { documentId: interview, speaker: 'Enquêtrice', role: null });
    expect((await roles(core, interview)).Enquêtrice!.role).toBeNull();
    await core.call('history:undo', {});
    expect((await roles(core, interview)).Enquêtrice!.role).toBe('interviewer');

    await core.call('speakers:rename', { documentId: group, from: 'Animatrice', to: 'Sophie M.' });
    expect((await roles(core, group))['Sophie M.']!.role).toBe('interviewer');
    await core.call('speakers:merge', { documentId: group, speakers: ['Sophie M.', 'Observateur'], into: 'Observateur' });
    expect((await roles(core, group)).Observateur!.role).toBe('interviewer');
    await expect(core.call('speakers:setRole', { documentId: group, speaker: 'Personne', role: 'interviewer' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('search without the interviewer', () => {
  it('leaves out speakers marked interviewer, and, where speakers are linked to participants, those linked to none', async () => {
    const { core, qr, interview, group, caseId } = await project();
    await core.call('documents:setCase', { documentId: qr, caseId: caseId('E01') });
    await core.call('speakers:link', { documentId: group, speaker: 'Karim', caseId: caseId('E02') });
    await core.call('speakers:link', { documentId: group, speaker: 'Sophie', caseId: caseId('E03') });
    const speakers = async (query: string, excludeInterviewer?: boolean) =>
      (await core.call('search:query', { query, filters: excludeInterviewer === undefined ? {} : { excludeInterviewer } })).hits.map((h) => `${h.document}/${h.speaker}`).sort();

    // `négocions` too: a form of the same word.
    expect(await speakers('négociations')).toEqual(['E01/Q', 'E01/R', 'E01/R']);
    expect(await speakers('négociations', true)).toEqual(['E01/R', 'E01/R']);
    expect(await speakers('confiance', true)).toEqual(['E02/Martine Lebrun']);
    // In the focus group: the moderator (marked) and the observer (linked to no one) are left out.
    expect(await speakers('contrats', false)).toEqual(['E01/R', 'E02/Enquêtrice', 'E02/Martine Lebrun', 'Groupe/Animatrice', 'Groupe/Karim', 'Groupe/Karim', 'Groupe/Observateur', 'Groupe/Sophie']);
    expect(await speakers('contrats', true)).toEqual(['E01/R', 'E02/Martine Lebrun', 'Groupe/Karim', 'Groupe/Karim', 'Groupe/Sophie']);
    // Marking a speaker counts at once.
    await core.call('speakers:setRole', { documentId: interview, speaker: 'Enquêtrice', role: null });
    expect(await speakers('contrats', true)).toContain('E02/Enquêtrice');
  });
});
