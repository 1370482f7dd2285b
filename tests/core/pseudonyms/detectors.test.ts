import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../../electron/core/pseudonyms/detect/addresses';
import { detectBirthAndAge } from '../../../electron/core/pseudonyms/detect/birth-and-age';
import { tokenize } from '../../../electron/core/pseudonyms/detect/capitalised';
import { ibanValid, luhnValid, nirValid } from '../../../electron/core/pseudonyms/detect/checksums';
import { detectContacts } from '../../../electron/core/pseudonyms/detect/contacts';
import { detectIdentityNumbers } from '../../../electron/core/pseudonyms/detect/identity-numbers';
import { detectNames } from '../../../electron/core/pseudonyms/detect/names';
import { detectParticipants, nameForms } from '../../../electron/core/pseudonyms/detect/participants';
import { runDetection } from '../../../electron/core/pseudonyms/detect/run-detection';
import type { DetectionInput } from '../../../electron/core/pseudonyms/detect/types';

const names = (text: string) => detectNames(text, tokenize(text)).map((c) => `${c.category}:${c.text}`);
const texts = (found: { category: string; text: string }[]) => found.map((c) => `${c.category}:${c.text}`);

function input(text: string, extra: Partial<DetectionInput> = {}): DetectionInput {
  return { documents: [{ id: 1, name: 'doc', text, caseId: null, turns: [] }], cases: [], speakerCases: [], identifyingValues: [], wordLists: [], ...extra };
}

describe('person, place and organisation names', () => {
  it('finds names after titles and name cues, without the title', () => {
    expect(names('Hier, Mme Lebrun et M. Roux sont venus, avec le Dr. Puig.')).toEqual(['person:Lebrun', 'person:Roux', 'person:Puig']);
    expect(names('On a vu la docteure Puig, puis ma fille Rose.')).toEqual(['person:Puig', 'person:Rose']);
    expect(names('I met Mrs Smith and my colleague Grace Li.')).toEqual(['person:Smith', 'person:Grace Li']);
  });

  it('finds capitalised names mid-sentence, and splits joined names', () => {
    expect(names('Elle en a parlé à Jean-Paul Garnier et Sophie Marchand hier.')).toEqual(['place:Jean-Paul Garnier et Sophie Marchand']);
    expect(names('Il en a parlé avec Jean-Paul Garnier et Sophie Marchand hier.')).toEqual(['person:Jean-Paul Garnier', 'person:Sophie Marchand']);
  });

  it('does not fire on sentence-initial common words, roles, months or acronyms', () => {
    expect(names('Alors, Madame la Maire est passée. Pierre par pierre, on avance. Lundi, le CNRS appelle.')).toEqual([]);
    expect(names('Madame la Maire de Lyon est venue.')).toEqual(['place:Lyon']);
    expect(names('However, the Mayor said Monday was fine. Honestly.')).toEqual([]);
    // A capitalised word that starts a sentence says nothing about names.
    expect(names('Martine est venue.')).toEqual([]);
  });

  it('classifies places and organisations by the cue before them', () => {
    expect(names('Je suis adjointe à la mairie de Villeneuve-sur-Lot, née à Agen.')).toEqual(['place:Villeneuve-sur-Lot', 'place:Agen']);
    expect(names('Il travaille chez Transdev et l’association Vélo Pour Tous l’aide.')).toEqual(['organisation:Transdev', 'organisation:Vélo Pour Tous']);
    expect(names('She lives in Leeds and works at Northfield Housing Trust.')).toEqual(['place:Leeds', 'organisation:Northfield Housing Trust']);
    expect(names('Il est à l’Université de Rennes depuis mars.')).toEqual(['organisation:Université de Rennes']);
  });
});

describe('the traps of real transcripts', () => {
  it('takes a first name and an initial for a person, dot included', () => {
    expect(names('Avec Julie R. et Marc D. on couvre tout.')).toEqual(['person:Julie R.', 'person:Marc D.']);
    expect(names('Interviewer : Julie R.\n')).toEqual(['person:Julie R.']);
    // Not after a common word, and not a title's dot.
    expect(names('On passe au plan B. Puis M. Roux arrive.')).toEqual(['person:Roux']);
  });

  it('takes a word after a title for a name, even an everyday word, but not a role', () => {
    expect(names('Hier, avec Mme Petit et M. Blanc.')).toEqual(['person:Petit', 'person:Blanc']);
    expect(names('Merci, Madame Présidente. Merci, Monsieur le Maire, et Madame La Présidente.')).toEqual([]);
    expect(names('Avec Mme Le Goff.')).toEqual(['person:Le Goff']);
  });

  it('never proposes header labels, geographic or organisation words as people', () => {
    const header = 'Date : 12 mars 2025\nLieu : salle du conseil\nDurée : 45 minutes\nInterviewer : Enquêtrice\n';
    expect(names(header)).toEqual([]);
    expect(names('On travaille dans le Nord, au Benelux et en Europe, pour la Métropole. We run the North office.')).toEqual([]);
    for (const label of ['Lieu', 'Date', 'Durée', 'Interviewer', 'Location', 'Duration']) {
      const found = runDetection(input(`${label} : Paris\n${label} : Lyon\n`, {})).map((d) => d.text);
      expect(found, label).not.toContain(label);
    }
    const speakers = detectParticipants({
      documents: [{ id: 1, name: 'E', text: '', caseId: null, turns: ['Lieu', 'Date', 'Durée', 'Interviewer', 'Martine Lebrun'].map((speaker) => ({ start: 0, labelEnd: 0, speaker })) }],
      cases: [],
      speakerCases: [],
      identifyingValues: [],
      wordLists: [],
    });
    expect(speakers.map((c) => c.text)).toEqual(['Martine Lebrun']);
  });

  it('takes large cities for places, with or without a cue, and header fields for what they name', () => {
    expect(names('Toronto, c’est loin. Elle vit à Montréal.')).toEqual(['place:Toronto', 'place:Montréal']);
    expect(names('Lyon has grown since then.')).toEqual(['place:Lyon']);
    expect(names('Lieu : Villeneuve-sur-Lot\nStructure : Vélo Pour Tous\n')).toEqual(['place:Villeneuve-sur-Lot', 'organisation:Vélo Pour Tous']);
    expect(names('Les capteurs de la place du Marché.')).toEqual(['place:Marché']);
  });

  it('names organisations by their kind, first or last, and keeps a cue on its own line', () => {
    expect(names('Je coordonne la Fabrique des Communs.')).toEqual(['organisation:Fabrique des Communs']);
    expect(names('I run the office of Lakeside Community Network.')).toEqual(['organisation:Lakeside Community Network']);
    expect(names('Lieu : locaux de l’association\nDurée : 45 minutes')).toEqual([]);
  });
});

describe('participants', () => {
  it('takes names from speaker labels and cases, with their parts, replaced by the case identifier', () => {
    const found = detectParticipants({
      documents: [{ id: 1, name: 'E01', text: '', caseId: 7, turns: [{ start: 0, labelEnd: 13, speaker: 'Enquêtrice' }, { start: 20, labelEnd: 37, speaker: 'Martine Lebrun' }] }],
      cases: [{ id: 7, name: 'E01' }, { id: 8, name: 'Paul Roux' }],
      speakerCases: [],
      identifyingValues: [{ caseId: 7, attribute: 'Nom complet', value: 'Martine Lebrun' }],
      wordLists: [],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'Paul Roux', category: 'participant', variants: ['Paul', 'Roux'] }),
        expect.objectContaining({ text: 'Martine Lebrun', replacement: '[E01]', variants: ['Martine', 'Lebrun'] }),
      ]),
    );
    expect(found.map((f) => f.text)).not.toContain('Enquêtrice');
  });

  it('drops titles and initials from name forms', () => {
    expect(nameForms('Dr. Ana Puig')).toEqual({ full: 'Ana Puig', parts: ['Ana', 'Puig'] });
    expect(nameForms('Martine L.')).toEqual({ full: 'Martine', parts: [] });
    expect(nameForms('Jean de La Fontaine')).toEqual({ full: 'Jean de La Fontaine', parts: ['Jean', 'La Fontaine', 'Fontaine'] });
  });
});

describe('contacts and numbers', () => {
  it('finds emails, web addresses, IPs and phones in French and international forms', () => {
    const text =
      'Écrivez à marie.dupont@exemple.fr ou sur https://exemple.fr/contact. Serveur 192.168.1.20. ' +
      'Appelez le 06 12 34 56 78, le 06.12.34.56.78, le +33 6 12 34 56 78, le +44 20 7946 0958 ou le (555) 123-4567.';
    expect(texts(detectContacts(text))).toEqual([
      'email:marie.dupont@exemple.fr',
      'url:https://exemple.fr/contact',
      'ip:192.168.1.20',
      'phone:06 12 34 56 78',
      'phone:06.12.34.56.78',
      'phone:+33 6 12 34 56 78',
      'phone:+44 20 7946 0958',
      'phone:(555) 123-4567',
    ]);
  });

  it('does not take versions, prices, years or out-of-range IPs for contacts', () => {
    expect(texts(detectContacts('Version 1.2.3.4.5, 300.1.1.1, 1 200 €, en 2019, page 12, 12 34 56.'))).toEqual([]);
  });

  it('checks NIR keys, SIRET (Luhn) and IBAN (mod 97)', () => {
    expect(nirValid('184127645108946')).toBe(true);
    expect(nirValid('184127645108947')).toBe(false);
    // Corsica: 2A counts as 19 in the key's computation.
    const corsicanKey = String(97n - (1850519123045n % 97n)).padStart(2, '0');
    expect(nirValid(`185052A123045${corsicanKey}`)).toBe(true);
    expect(nirValid(`185052B123045${corsicanKey}`)).toBe(false);
    expect(luhnValid('73282932000074')).toBe(true);
    expect(ibanValid('FR7630006000011234567890189')).toBe(true);
    expect(ibanValid('FR7630006000011234567890188')).toBe(false);
    const text = 'NIR 1 84 12 76 451 089 46, faux 1 84 12 76 451 089 47. SIRET 732 829 320 00074, faux 732 829 320 00075. IBAN FR76 3000 6000 0112 3456 7890 189, faux FR76 3000 6000 0112 3456 7890 188.';
    expect(texts(detectIdentityNumbers(text))).toEqual(['nir:1 84 12 76 451 089 46', 'siret:732 829 320 00074', 'iban:FR76 3000 6000 0112 3456 7890 189']);
  });

  it('finds street addresses, postal codes, and the town after a postal code', () => {
    expect(texts(detectAddresses('Au 12 rue des Lilas, 47300 Villeneuve-sur-Lot. Office: 221B Baker Street, LS1 4AP.'))).toEqual([
      'address:12 rue des Lilas',
      'address:221B Baker Street',
      'postal-code:47300',
      'postal-code:LS1 4AP',
      'place:Villeneuve-sur-Lot',
    ]);
    expect(texts(detectAddresses('Il y avait 12 personnes et 35000 euros.'))).toEqual([]);
  });

  it('finds dates of birth and ages only where marked', () => {
    expect(texts(detectBirthAndAge('Née le 14 mars 1972, j’ai 52 ans. Born on 3 May 1990, I am 34 years old, aged 41.'))).toEqual([
      'date-of-birth:14 mars 1972',
      'date-of-birth:3 May 1990',
      'age:52 ans',
      'age:34 years old',
      'age:aged 41',
    ]);
    expect(texts(detectBirthAndAge('Le 14 mars 1972, il y a 30 ans, on a fêté ses 50 ans de mariage.'))).toEqual([]);
  });
});

describe('detection over a project', () => {
  it('groups variants, counts occurrences case- and accent-insensitively, and skips what is handled', () => {
    const text = 'Enquêtrice : Vous connaissez Mme Lebrun ?\nR : Oui, Martine Lebrun, tout le monde dit LEBRUN ou Lébrun. D’ailleurs Lebrun’s friends too.';
    const detections = runDetection(input(text));
    const lebrun = detections.find((d) => d.text === 'Martine Lebrun')!;
    expect(lebrun).toMatchObject({ category: 'person', variants: ['Lebrun'], occurrences: 5 });
    expect(detections.map((d) => d.text)).not.toContain('Lebrun');
    expect(runDetection(input(text), (key) => key === 'martine lebrun').map((d) => d.text)).not.toContain('Martine Lebrun');
  });

  it('takes a lone surname opening a sentence as a variant of the full name found elsewhere', () => {
    const text = 'R : J’ai travaillé avec Claire Dupuis pendant deux ans.\nEnquêtrice : Et ensuite ?\nR : Dupuis est partie à la retraite. Claire aussi, d’une certaine façon.';
    const claire = runDetection(input(text)).find((d) => d.text === 'Claire Dupuis')!;
    expect(claire.variants).toEqual(expect.arrayContaining(['Dupuis', 'Claire']));
    expect(claire.occurrences).toBe(3);
  });

  it('drops a lone capitalised word the texts also use in lower case, and flags common-word names', () => {
    const text = 'Alors on parle de Garance et de Pierre. La pierre est belle. Ma fille Rose aime la rose.';
    const d = runDetection(input(text));
    expect(d.map((x) => x.text)).toEqual(expect.arrayContaining(['Garance', 'Rose']));
    expect(d.map((x) => x.text)).not.toContain('Pierre');
    expect(d.find((x) => x.text === 'Rose')).toMatchObject({ commonWord: true, matching: 'whole-name' });
  });

  it('uses the user’s word lists', () => {
    const d = runDetection(input('Nous étions au Clos Fleuri, puis rue Haute.', { wordLists: [{ category: 'place', words: ['Clos Fleuri'] }] }));
    expect(d).toEqual([expect.objectContaining({ text: 'Clos Fleuri', category: 'place', reason: 'in your word list' })]);
  });

  it('finds nothing in a text without identifiers', async () => {
    const { nothingToFind } = await import('./labelled-interviews');
    expect(runDetection(input(nothingToFind)).map((d) => `${d.category}:${d.text}`)).toEqual([]);
  });
});
