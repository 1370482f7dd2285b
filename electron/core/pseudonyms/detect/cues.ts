/**
 * Cue words before a capitalised run that say what it names. Each pattern is tested against the
 * lower-cased text just before the run (apostrophes unified), and must end right where the run begins.
 */
export type Cue = { category: 'person' | 'place' | 'organisation'; cue: string };

const W = `(?<![\\p{L}\\p{N}])`;
const alt = (words: string) => words.trim().split(/\s*\|\s*/u).join('|');

const PERSON = new RegExp(
  `${W}(${alt(`
    m\\. | mme | mlle | madame | monsieur | mademoiselle | dr\\.? | docteur | docteure | doctor | pr\\.? | professeur | professeure | professor
    | ma[iî]tre | mr\\.? | mrs\\.? | ms\\.? | miss
    | s'appelle | m'appelle | t'appelles | s'appelait | appel[ée]e? | nomm[ée]e? | pr[ée]nomm[ée]e? | pr[ée]nom | nom de famille
    | my name is | his name is | her name is | named | called
    | mon ami | mon amie | mon copain | ma copine | mon coll[èe]gue | ma coll[èe]gue | mon mari | ma femme | mon [ée]poux | mon [ée]pouse
    | mon fils | ma fille | mon fr[èe]re | ma s(?:œ|oe)ur | ma m[èe]re | mon p[èe]re | ma voisine | mon voisin | mon chef | ma cheffe
    | ma responsable | mon responsable | ma belle-m[èe]re | mon beau-p[èe]re | ma tante | mon oncle | ma cousine | mon cousin
    | my friend | my colleague | my husband | my wife | my partner | my son | my daughter | my brother | my sister | my mother
    | my father | my neighbou?r | my boss | my manager | my aunt | my uncle | my cousin
  `)})\\s+$`,
  'u',
);

const WORKPLACE = new RegExp(
  `${W}(${alt(`
    travaille chez | travaillait chez | travaill[ée] chez | travaille pour | travaillait pour | employ[ée]e? (?:chez|par|de) | embauch[ée]e? (?:chez|par)
    | stage chez | poste chez | salari[ée]e? (?:de|chez) | b[ée]n[ée]vole (?:à|chez|pour)
    | work at | work for | works at | worked at | works for | worked for | working at | working for | employed by | job at | intern at | volunteer at
  `)})\\s+$`,
  'u',
);

const ORGANISATION = new RegExp(
  `${W}(${alt(`
    chez | entreprise | soci[ée]t[ée] | association | asso | compagnie | groupe | cabinet | h[ôo]pital | clinique | [ée]cole | lyc[ée]e
    | coll[èe]ge | universit[ée] | institut | fondation | agence | banque | club | syndicat | f[ée]d[ée]ration | ong | startup | start-up
    | mutuelle | coop[ée]rative | collectif | journal | magazine | r[ée]seau | centre social | ehpad | foyer
    | company | firm | corporation | hospital | school | university | college | institute | foundation | agency | bank | charity
    | union | organi[sz]ation | newspaper | employer
  `)})\\s+(?:(?:de la|du|de l'|des|de|d'|of the|of)\\s*)?$`,
  'u',
);

const PLACE = new RegExp(
  `${W}(${alt(`
    à | vers | pr[èe]s de | c[ôo]t[ée] de | habite | habitait | habit[ée] | vit | vivait | n[ée]e? à | originaire de | venu[e]? de | venant de
    | maire de | [ée]lue? de | mayor of | quartier | quartier de | ville de | commune de | village de | mairie de | hôtel de ville de | r[ée]gion | d[ée]partement de | arrondissement de
    | lyc[ée]e de | banlieue de | agglom[ée]ration de | m[ée]tropole de | canton de | pays de
    | in | near | lives in | lived in | born in | moved to | town of | city of | village of | county of | at
  `)})\\s+(?:(?:la|le|les|l')\\s*)?$`,
  'u',
);

/**
 * A header field that says what its value is (`Lieu : Lyon`, `Location: Toronto`, `Structure :
 * Fabrique des Communs`), at the start of a line. Person fields (`Interviewer :`) are left out: the
 * same labels begin speakers' turns (`Interviewer: Describe your role`).
 */
const HEADER_FIELD: [RegExp, Cue['category']][] = [
  [/(?:^|\n)[ \t]*(lieu(?: de l'entretien)?|ville|commune|location|place|venue|city)[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$/u, 'place'],
  [/(?:^|\n)[ \t]*(organisation|organization|structure|employeur|employer|entreprise|company|institution)[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$/u, 'organisation'],
];

/** A named square or street without its number: `place du Marché`, `rue de la Paix`, `quai des Chartrons`. */
const STREET_NAME = new RegExp(`${W}(place|rue|avenue|boulevard|quai|square|parc|jardin|pont|gare|all[ée]e|impasse|cours)\\s+(?:du|de la|de l'|des|de|d')?\\s*$`, 'u');

/** What the words just before `start` say about the run there, if anything. */
export function cueBefore(text: string, start: number): Cue | null {
  // A cue is on the run's own line: `l’association` at the end of one line says nothing about the next.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 48), start).toLowerCase().replace(/[’ʼ]/gu, "'").replace(/[\u00a0\u202f]/gu, ' ');
  // `d’Lebrun`, `l’association`: the elided word is glued to the run.
  const glued = /'$/u.test(before) ? `${before.slice(0, -1)} ` : before;
  let m: RegExpExecArray | null;
  const header = lineStart >= start - 48 ? HEADER_FIELD.find(([re]) => re.test(before)) : undefined;
  if (header) return { category: header[1], cue: `${header[0].exec(before)![1]!} :` };
  if ((m = PERSON.exec(glued))) return { category: 'person', cue: m[1]! };
  if ((m = WORKPLACE.exec(glued))) return { category: 'organisation', cue: m[1]! };
  if ((m = ORGANISATION.exec(glued))) return { category: 'organisation', cue: m[1]! };
  if ((m = PLACE.exec(glued))) return { category: 'place', cue: m[1]! };
  if ((m = STREET_NAME.exec(glued))) return { category: 'place', cue: m[1]! };
  return null;
}

/** An organisation named with its kind (`Université de Rennes`, `Association Les Amis du Parc`). */
export const ORGANISATION_HEAD =
  /^(entreprise|soci[ée]t[ée]|association|compagnie|groupe|cabinet|h[ôo]pital|clinique|[ée]cole|lyc[ée]e|coll[èe]ge|universit[ée]|institut|fondation|agence|banque|club|syndicat|f[ée]d[ée]ration|mutuelle|fabrique|maison|atelier|ateliers|p[ôo]le|collectif|r[ée]seau|comit[ée]|office|observatoire|laboratoire|coop[ée]rative|minist[èe]re|direction|service|centre|mus[ée]e|th[ée][âa]tre|company|hospital|school|university|college|institute|foundation|agency|bank|charity|union|council|network|ministry|department|museum|center|centre|trust)$/iu;

/** An organisation named with its kind last (`Lakeside Community Network`, `Northfield Housing Trust`). */
export const ORGANISATION_TAIL =
  /^(network|trust|council|foundation|association|group|company|agency|institute|centre|center|union|society|partnership|alliance|services|logistics|solutions|consulting|partners|holdings|systems|technologies|industries|ltd|inc|llc|plc|gmbh|sarl|sas)$/iu;
