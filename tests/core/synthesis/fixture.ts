import { createTestCore, type TestCore } from '../../helpers/test-core';

/**
 * A small study with known answers: two interviews (E01 an elected official, E02 a resident) and a
 * focus group whose speakers Alice and Bruno are participants E03 (resident) and E04 (elected).
 * Codes: Gouvernance > Confiance, Transparence; Budget.
 */
export const TEXTS = {
  'E01 - élue': [
    'Enquêtrice : Parlez-moi de la confiance.',
    'Martine : La confiance se gagne lentement. Le budget participatif aide beaucoup.',
    'Enquêtrice : Et la mairie ?',
    'Martine : La mairie écoute peu les habitants.',
  ].join('\n'),
  'E02 - habitant': [
    'Enquêtrice : Que pensez-vous du budget ?',
    'Paul : Le budget est opaque. Personne ne comprend les chiffres.',
    'Paul : Mais la confiance revient quand on explique.',
  ].join('\n'),
  'Focus groupe': [
    'Animateur : Bienvenue à tous.',
    'Alice : La confiance dans les élus est faible.',
    'Bruno : Le budget manque de transparence.',
    "Alice : Je suis d'accord avec Bruno.",
  ].join('\n'),
} as const;

export type DocName = keyof typeof TEXTS;

export type Study = Awaited<ReturnType<typeof codedStudy>>;

export async function codedStudy(core?: TestCore) {
  core ??= await createTestCore({ name: 'Étude synthèse' });
  await core.call('cases:import', { path: core.file('participants.csv', 'Id;Type\nE01;élue\nE02;habitant\nE03;habitant\nE04;élue\n') });
  await core.call('documents:import', { paths: Object.entries(TEXTS).map(([name, text]) => core.file(`${name}.txt`, text)) });
  await core.call('cases:autoLink', {});
  const documents = await core.call('documents:list', {});
  const doc = (name: DocName) => documents.find((d) => d.name === name)!;
  const cases = await core.call('cases:list', {});
  const caseId = (name: string) => cases.find((c) => c.name === name)!.id;
  await core.call('speakers:link', { documentId: doc('Focus groupe').id, speaker: 'Alice', caseId: caseId('E03') });
  await core.call('speakers:link', { documentId: doc('Focus groupe').id, speaker: 'Bruno', caseId: caseId('E04') });
  const [type] = await core.call('attributes:list', {});

  const gouvernance = await core.call('codes:create', { name: 'Gouvernance', description: 'Comment les décisions se prennent.' });
  const confiance = await core.call('codes:create', { name: 'Confiance', parentId: gouvernance.id, description: 'Confiance envers les institutions.' });
  const transparence = await core.call('codes:create', { name: 'Transparence', parentId: gouvernance.id });
  const budget = await core.call('codes:create', { name: 'Budget', description: 'Le budget et son usage.' });

  /** Codes the first occurrence of `quote` in a document; returns the coding. */
  const code = async (name: DocName, quote: string, codeId: number) => {
    const start = TEXTS[name].indexOf(quote);
    if (start < 0) throw new Error(`fixture: ${quote} not in ${name}`);
    return core.call('codings:apply', { documentId: doc(name).id, codeId, start, end: start + quote.length });
  };
  const k = {
    e01Confiance: await code('E01 - élue', 'La confiance se gagne lentement.', confiance.id),
    e01Budget: await code('E01 - élue', 'Le budget participatif aide beaucoup.', budget.id),
    e01Transparence: await code('E01 - élue', 'budget participatif aide', transparence.id),
    e01Mairie: await code('E01 - élue', 'La mairie écoute peu les habitants.', confiance.id),
    e02Budget: await code('E02 - habitant', 'Le budget est opaque.', budget.id),
    e02Transparence: await code('E02 - habitant', 'Le budget est opaque. Personne ne comprend les chiffres.', transparence.id),
    e02Confiance: await code('E02 - habitant', 'la confiance revient quand on explique', confiance.id),
    fgConfiance: await code('Focus groupe', 'La confiance dans les élus est faible.', confiance.id),
    fgBudget: await code('Focus groupe', 'Le budget manque de transparence.', budget.id),
    fgTransparence: await code('Focus groupe', 'manque de transparence', transparence.id),
  };
  return {
    core,
    doc,
    caseId,
    type: type!,
    codes: { gouvernance, confiance, transparence, budget },
    k,
    code,
  };
}
