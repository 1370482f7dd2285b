/**
 * French query/form pairs for measuring search recall: a search for `query` must find `form` (as
 * written in a transcript, elision included). Verbs of the three groups (regular and irregular),
 * derived nouns, feminines, plurals and elisions, in both directions. Written for this test; each
 * form is a real French word a researcher would expect to find.
 */
const VERBS: Record<string, string[]> = {
  // First group
  négocier: ['négocie', 'négocient', 'négociait', 'négociations', 'négocié', 'négociera', 'négocierons', 'négociateur'],
  travailler: ['travaille', 'travaillent', 'travaillions', 'travaillé', 'travaillera'],
  parler: ['parle', 'parlent', 'parlions', 'parlé', 'parlerons'],
  changer: ['change', 'changeons', 'changeait', 'changement', 'changements'],
  développer: ['développe', 'développent', 'développement'],
  organiser: ['organise', 'organisent', 'organisation', 'organisatrice'],
  payer: ['paie', 'payons', 'paiement'],
  appeler: ['appelle', 'appellent', 'appelons'],
  acheter: ['achète', 'achètent', 'achetons'],
  commencer: ['commence', 'commençons', 'commençait', 'commencement'],
  appliquer: ['applique', 'appliquent', 'application'],
  vérifier: ['vérifie', 'vérifient', 'vérification'],
  créer: ['crée', 'créent', 'création'],
  décider: ['décide', 'décident', 'décidera'],
  partager: ['partage', 'partageons', 'partagions'],
  // Second group
  finir: ['finis', 'finissent', 'finissait', 'fini', 'finira'],
  choisir: ['choisit', 'choisissent', 'choisi', 'choisirons'],
  réussir: ['réussissent', 'réussi', 'réussira'],
  établir: ['établissent', 'établissement'],
  investir: ['investissent', 'investissement'],
  // Third group, irregular
  prendre: ['prend', 'prennent', 'pris', 'prise', 'prenait', 'prendra'],
  comprendre: ['comprend', 'comprennent', 'compris'],
  faire: ['fait', 'font', 'faisait', 'fera', 'ferons', 'fasse'],
  aller: ['va', 'vont', 'allait', 'irons', 'ira', 'aille'],
  venir: ['viens', 'viennent', 'venu', 'viendra', 'venait'],
  devoir: ['doit', 'doivent', 'devra'],
  pouvoir: ['peut', 'peuvent', 'pourra', 'puisse'],
  vouloir: ['veut', 'veulent', 'voulu', 'voudra'],
  savoir: ['sait', 'savent', 'saura', 'sache'],
  voir: ['voit', 'voient', 'verra'],
  dire: ['dit', 'disent', 'dira'],
  mettre: ['met', 'mettent', 'mis'],
  tenir: ['tient', 'tiennent', 'tiendra'],
  vivre: ['vivent', 'vécu'],
  écrire: ['écrit', 'écrivent'],
  produire: ['produit', 'produisent', 'production'],
  réduire: ['réduit', 'réduction'],
  construire: ['construisent', 'construction'],
  connaître: ['connaît', 'connaissent', 'connu'],
  croire: ['croit', 'croient', 'cru'],
  suivre: ['suivent', 'suivi'],
  ouvrir: ['ouvre', 'ouvert'],
  recevoir: ['reçoit', 'reçu'],
};

/** Forms searched for themselves: the reverse direction (a form finds the infinitive and others). */
const REVERSE: [string, string][] = [
  ['négocie', 'négocier'],
  ['négociations', 'négocient'],
  ['négociait', 'négociation'],
  ['prennent', 'prendre'],
  ['pris', 'prend'],
  ['irons', 'aller'],
  ['va', 'allait'],
  ['viennent', 'venir'],
  ['fait', 'faire'],
  ['changement', 'changer'],
  ['organisation', 'organisent'],
  ['finissent', 'finir'],
  ['établissement', 'établir'],
  ['production', 'produire'],
  ['application', 'appliquer'],
  ['paiement', 'payer'],
];

/** Nouns and adjectives: feminines and plurals, both ways. */
const NOMINAL: [string, string][] = [
  ['acteur', 'actrice'],
  ['acteurs', 'actrices'],
  ['actrice', 'acteur'],
  ['directeur', 'directrice'],
  ['directrices', 'directeur'],
  ['agriculteur', 'agricultrices'],
  ['salarié', 'salariée'],
  ['salarié', 'salariés'],
  ['salariées', 'salarié'],
  ['employé', 'employées'],
  ['premier', 'première'],
  ['première', 'premiers'],
  ['dernier', 'dernière'],
  ['actif', 'active'],
  ['actives', 'actif'],
  ['travail', 'travaux'],
  ['travaux', 'travail'],
  ['nouveau', 'nouvelle'],
  ['nouveau', 'nouveaux'],
  ['beau', 'belle'],
  ['vieux', 'vieille'],
  ['public', 'publique'],
  ['publiques', 'public'],
  ['blanc', 'blanche'],
  ['long', 'longue'],
  ['chercheur', 'chercheuse'],
  ['chercheuses', 'chercheur'],
  ['travailleur', 'travailleuse'],
  ['journal', 'journaux'],
  ['social', 'sociaux'],
  ['enseignant', 'enseignante'],
  ['enseignants', 'enseignantes'],
  ['européen', 'européenne'],
  ['heureux', 'heureuse'],
  ['naturel', 'naturelles'],
  ['école', 'écoles'],
  ['œil', 'yeux'],
  ['négociateur', 'négociatrice'],
];

/** Elisions in the text or in the query. */
const ELISIONS: [string, string][] = [
  ['école', 'l’école'],
  ['entreprise', 'd’entreprises'],
  ['l’entreprise', 'entreprises'],
  ['accord', 'd’accord'],
  ['emploi', 'l’emploi'],
  ['organiser', 's’organisent'],
  ['importer', 'n’importe'],
  ['habitants', 'l’habitant'],
  ['l’usager', 'usagers'],
  ['engager', 'qu’engagent'],
];

export type FormPair = { query: string; form: string; kind: 'verb' | 'reverse' | 'nominal' | 'elision' };

export const FORM_PAIRS: FormPair[] = [
  ...Object.entries(VERBS).flatMap(([infinitive, forms]) => forms.map((form) => ({ query: infinitive, form, kind: 'verb' as const }))),
  ...REVERSE.map(([query, form]) => ({ query, form, kind: 'reverse' as const })),
  ...NOMINAL.map(([query, form]) => ({ query, form, kind: 'nominal' as const })),
  ...ELISIONS.map(([query, form]) => ({ query, form, kind: 'elision' as const })),
];

/**
 * Pairs that must NOT meet: words that share letters or a stem of a form but not a meaning
 * (`ferai` is stemmed `fer`, as the metal is). Kept in the same corpus as the forms above.
 */
export const UNRELATED_PAIRS: [string, string][] = [
  ['faire', 'fer'],
  ['faire', 'affaire'],
  ['venir', 'devenir'],
  ['venir', 'souvenir'],
  ['prendre', 'apprendre'],
  ['porter', 'apporter'],
  ['tenir', 'obtenir'],
  ['mettre', 'permettre'],
  ['lire', 'délire'],
  ['dire', 'directeur'],
  ['payer', 'pays'],
  ['compléter', 'complètement'],
  ['égaler', 'également'],
  ['acteur', 'action'],
  ['temps', 'tempe'],
  ['fois', 'foie'],
  ['changer', 'échange'],
  ['cours', 'course'],
];

/** The word a form is found as: after its elision (`l’école` → `école`). */
export const wordOf = (form: string): string => form.split(/[’']/).pop()!;

/**
 * A transcript holding every form and every unrelated word, each in its own paragraph, with
 * neutral words around it (so that a paragraph found for a query is found for that one word).
 */
export function formsTranscript(): string {
  const words = [...new Set([...FORM_PAIRS.flatMap((p) => [p.form, p.query]), ...UNRELATED_PAIRS.flatMap(([a, b]) => [a, b])])];
  return `${words.map((w, i) => `Ligne numéro ${i + 1} avec le mot ${w} dedans.`).join('\n\n')}\n`;
}

export type RecallResult = { recall: number; found: number; total: number; misses: FormPair[]; leaks: [string, string][] };

/**
 * Recall over `FORM_PAIRS` and the unrelated pairs that met, for a search that answers the words
 * it highlighted (as written in the text). Each distinct query is searched once.
 */
export async function measureRecall(search: (query: string) => Promise<string[]>, fold: (w: string) => string): Promise<RecallResult> {
  const answers = new Map<string, Set<string>>();
  const found = async (query: string) => {
    let words = answers.get(query);
    if (!words) answers.set(query, (words = new Set((await search(query)).map(fold))));
    return words;
  };
  const misses: FormPair[] = [];
  for (const pair of FORM_PAIRS) if (!(await found(pair.query)).has(fold(wordOf(pair.form)))) misses.push(pair);
  const leaks: [string, string][] = [];
  for (const [query, word] of UNRELATED_PAIRS) if ((await found(query)).has(fold(word))) leaks.push([query, word]);
  const total = FORM_PAIRS.length;
  return { recall: (total - misses.length) / total, found: total - misses.length, total, misses, leaks };
}
