/**
 * Generated interviews in French and English with every identifier marked `[[category:text]]`:
 * the labelled set that detection's precision and recall are measured on. The people, places,
 * organisations and numbers are invented (the NIR, SIRET and IBANs have valid checksums).
 */
import type { PseudonymCategory } from '../../../shared/contract';

export type LabelledSpan = { category: PseudonymCategory; text: string; start: number; end: number };
export type LabelledInterview = { name: string; caseName: string; text: string; spans: LabelledSpan[] };

/** Strips the `[[category:text]]` marks and returns the text with where each identifier is. */
export function parseLabelled(source: string): { text: string; spans: LabelledSpan[] } {
  const spans: LabelledSpan[] = [];
  let text = '';
  let from = 0;
  for (const m of source.matchAll(/\[\[([a-z-]+):([^\]]+)\]\]/gu)) {
    text += source.slice(from, m.index);
    spans.push({ category: m[1] as PseudonymCategory, text: m[2]!, start: text.length, end: text.length + m[2]!.length });
    text += m[2]!;
    from = m.index + m[0].length;
  }
  text += source.slice(from);
  return { text, spans };
}

const E01 = `Enquêtrice : Bonjour, merci d’avoir accepté cet entretien. Pouvez-vous vous présenter ?
[[participant:Martine Lebrun]] : Oui. Je m’appelle [[participant:Martine Lebrun]], j’ai [[age:52 ans]] et je suis adjointe à la mairie de [[place:Villeneuve-sur-Lot]] depuis six ans. Madame la Maire m’a confié le dossier des mobilités.
Enquêtrice : Avec qui travaillez-vous au quotidien ?
[[participant:Martine Lebrun]] : Surtout avec [[person:Jean-Paul Garnier]], le directeur des services, et avec Mme [[person:Fabre]] qui gère le budget. Pierre de taille, rose des vents : voilà nos vieux bâtiments. Quand il faut arbitrer, c’est [[person:Garnier]] qui tranche.
Enquêtrice : Et les habitants ?
[[participant:Martine Lebrun]] : Ils nous écrivent à [[email:mobilites@villeneuve-exemple.fr]] ou m’appellent au [[phone:06 12 34 56 78]]. Certains passent au [[address:12 rue des Lilas]], [[postal-code:47300]] [[place:Villeneuve-sur-Lot]]. L’association [[organisation:Vélo Pour Tous]] nous aide beaucoup. Mon collègue [[person:Karim Haddad]] travaille chez [[organisation:Transdev]] et connaît bien le réseau.
Enquêtrice : Vous êtes née dans la région ?
[[participant:Martine Lebrun]] : Oui, née le [[date-of-birth:14 mars 1972]] à [[place:Agen]]. Ma fille [[person:Rose]] vit maintenant à [[place:Bordeaux]]. Tout le monde me dit « [[participant:Lebrun]], tu es trop têtue » !
Enquêtrice : Merci beaucoup.
`;

const E02 = `Enquêteur : Pouvez-vous nous parler de votre parcours ?
[[participant:Paul Roux]] : Je suis infirmier à l’hôpital [[organisation:Saint-Éloi]] de [[place:Montpellier]]. Avant, j’ai travaillé chez [[organisation:Médica Services]] pendant dix ans. Le docteur [[person:Puig]] m’a formé ; la docteure [[person:Ana Puig]] est restée une amie.
Enquêteur : Comment s’organise le service ?
[[participant:Paul Roux]] : Mal. Juin est toujours compliqué. Le cadre, M. [[person:Vidal]], nous a envoyé un tableau sur [[url:https://planning.exemple-sante.fr/service/12]]. Ma sécurité sociale, [[nir:1 84 12 76 451 089 46]], n’a rien à voir, mais ils l’ont demandée. Notre prestataire a le SIRET [[siret:732 829 320 00074]] et on paie sur [[iban:FR76 3000 6000 0112 3456 7890 189]].
Enquêteur : Et votre équipe ?
[[participant:Paul Roux]] : Ma collègue [[person:Sophie Marchand]] est partie à [[place:Lyon]]. Le serveur interne est en [[ip:192.168.12.40]]. Voilà. Janvier, février, c’est l’hiver. [[participant:Roux]] par-ci, [[participant:Paul]] par-là : on m’appelle sans arrêt.
Enquêteur : Merci.
`;

const P01 = `Interviewer: Thanks for joining. Could you introduce yourself?
[[participant:Emily Carter]]: Sure. My name is [[participant:Emily Carter]], I'm [[age:34 years old]] and I work at [[organisation:Northfield Housing Trust]] in [[place:Leeds]].
Interviewer: Who do you work with?
[[participant:Emily Carter]]: Mostly with my manager [[person:David Okafor]] and Dr. [[person:Hughes]] from the clinic. Mr. [[person:Patel]] joined in March. Monday meetings are long. Rose gardens and stone walls are what the estate is known for.
Interviewer: How do tenants reach you?
[[participant:Emily Carter]]: They email [[email:e.carter@northfield-example.org]] or call [[phone:+44 20 7946 0958]]. Our office is at [[address:221B Baker Street]], [[postal-code:LS1 4AP]]. Some write to the company [[organisation:Brightwater]] directly. Everyone knows [[participant:Carter]]'s door is open.
Interviewer: Were you born here?
[[participant:Emily Carter]]: Born on [[date-of-birth:3 May 1990]] in [[place:Sheffield]]. My brother [[person:Tom]] lives near [[place:Harrogate]].
`;

const P02 = `Interviewer: Could you describe your role?
[[participant:Liam O'Neill]]: I coordinate volunteers for the charity [[organisation:Open Doors]]. Before that I was at [[organisation:Greenway Logistics]] in [[place:Manchester]].
Interviewer: And the people you work with?
[[participant:Liam O'Neill]]: My colleague [[person:Grace Li]] handles the rota; Mrs. [[person:Kowalski]] chairs the board. The Mayor visited once. Our website is [[url:www.opendoors-example.org]] and the router sits at [[ip:10.0.4.17]].
Interviewer: Anything else?
[[participant:Liam O'Neill]]: Call me on [[phone:+1 (555) 123-4567]] if needed. Our bank details are [[iban:GB82 WEST 1234 5698 7654 32]]. Honestly, [[participant:Liam]] is fine, nobody says Mr. [[participant:O'Neill]].
`;

/**
 * The traps of real transcripts: a header block (`Lieu :`, `Date :`, `Durée :`, `Interviewer :`)
 * whose labels are no one, people named by a first name and an initial, geographic and
 * organisation words that are capitalised but name no one (`Nord`, `Benelux`, `Métropole`,
 * `North`), large cities without a cue, and names hidden from a plain scan (a zero-width space,
 * a handle, fullwidth letters).
 */
const E05 = `Entretien E05 — chargée de mission
Date : 3 février 2025
Lieu : [[place:Lyon]], locaux de la [[organisation:Fabrique des Communs]]
Durée : 52 minutes
Interviewer : [[person:Julie R.]]

Enquêtrice : Pouvez-vous décrire votre poste ?
[[participant:Nadia Ferhat]] : Je suis chargée de mission à la Métropole depuis quatre ans. Avant, j’ai travaillé dans le Nord, puis deux ans à [[place:Montréal]]. Mon binôme, [[person:Marc D.]], s’occupe du Benelux et de l’Europe du Nord.
Enquêtrice : Et vos partenaires ?
[[participant:Nadia Ferhat]] : [[place:Toronto]] nous a invités l’an dernier. On suit @[[person:ThomasGirard]] sur les réseaux — enfin, [[person:Thomas Girard]] en vrai. Sa collègue [[person:Élodie Mar\u200Bchal]] signe ses courriels « [[person:Ｅｌｏｄｉｅ]] ». Quand [[person:Julie R.]] a relu le compte rendu, elle a ajouté le tag #[[participant:Ferhat]].
Enquêtrice : Merci.
`;

const P03 = `Interview P03 — programme officer
Date: 14 May 2025
Location: [[place:Toronto]]
Duration: 40 min
Interviewer: [[person:Sam K.]]

Interviewer: Could you describe your role?
[[participant:Hannah Brooks]]: I run the North office of [[organisation:Lakeside Community Network]]. We also cover the Benelux and parts of Europe, and I travel to [[place:Montreal]] and [[place:Lyon]] twice a year.
Interviewer: Who do you work with?
[[participant:Hannah Brooks]]: Mostly with [[person:Priya N.]] and my manager [[person:Owen Blake]]. [[person:Owen]] posts as #[[person:OwenBlake]] and signs his notes [[person:Ｏｗｅｎ]]. [[place:Toronto]] council funds the East and West teams.
Interviewer: Thanks.
`;

export const labelledInterviews: LabelledInterview[] = [
  { name: 'E01 - élue', caseName: 'E01', source: E01 },
  { name: 'E02 - infirmier', caseName: 'E02', source: E02 },
  { name: 'P01 - housing officer', caseName: 'P01', source: P01 },
  { name: 'P02 - volunteer coordinator', caseName: 'P02', source: P02 },
].map(({ name, caseName, source }) => ({ name, caseName, ...parseLabelled(source) }));

/** Interviews with the traps above, measured with the others (kept apart: the export tests use the first four). */
export const trapInterviews: LabelledInterview[] = [
  { name: 'E05 - chargée de mission', caseName: 'E05', source: E05 },
  { name: 'P03 - programme officer', caseName: 'P03', source: P03 },
].map(({ name, caseName, source }) => ({ name, caseName, ...parseLabelled(source) }));

/** Texts that must give no suggestion at all: sentence starts, roles, months, common words, near-miss numbers. */
export const nothingToFind = `Enquêtrice : Bonjour.
Répondante : Alors, Madame la Maire est passée hier. Pierre par pierre, on reconstruit. Lundi, c’est le marché.
Répondante : Le numéro 1 84 12 76 451 089 47 est faux, le SIRET 732 829 320 00075 aussi, et FR76 3000 6000 0112 3456 7890 188 n’est pas un IBAN.
Répondante : Il y a 30 ans, tout était différent. Voilà. Donc. Internet, Covid, Excel : rien de personnel.
Interviewer: Yes. However, Monday is busy. The Mayor said so. Honestly, it was fine.
`;
