import { createTestCore, type TestCore } from '../../helpers/test-core';
import { labelledInterviews } from './labelled-interviews';

/**
 * A project with the four labelled interviews imported from text files, participants E01, E02,
 * P01, P02 linked to them (with an identifying `Ville` attribute), a code and a few codings.
 */
export async function interviewStudy(): Promise<TestCore> {
  const core = await createTestCore({ name: 'Étude mobilités' });
  await core.call('cases:import', {
    path: core.file('participants.csv', 'Id;Ville;Fonction\nE01;Villeneuve-sur-Lot;élue\nE02;Montpellier;infirmier\nP01;Leeds;officer\nP02;Manchester;coordinator\n'),
  });
  await core.call('documents:import', { paths: labelledInterviews.map((d) => core.file(`${d.name}.txt`, d.text)) });
  await core.call('cases:autoLink', {});
  return core;
}

export const documentByName = async (core: TestCore, name: string) => {
  const list = await core.call('documents:list', {});
  const summary = list.find((d) => d.name === name);
  if (!summary) throw new Error(`No document ${name}`);
  return core.call('documents:get', { id: summary.id });
};
