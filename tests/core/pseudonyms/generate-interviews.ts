/**
 * Generates labelled interviews of any length from templates: French and English sentences with
 * invented people, places, organisations and contact details marked `[[category:text]]`, between
 * ordinary sentences full of traps (sentence-initial common words, roles, months, `rose`, `pierre`).
 * Deterministic (seeded), so figures can be compared from run to run.
 */
import { parseLabelled, type LabelledInterview } from './labelled-interviews';

const FIRST = ['Martine', 'Karim', 'Sophie', 'Yann', 'Nadia', 'Hugo', 'Chloé', 'Bernard', 'Inès', 'Thibault', 'Emily', 'Oliver', 'Grace', 'Aidan', 'Priya'];
const LAST = ['Lebrun', 'Haddad', 'Marchand', 'Le Goff', 'Benali', 'Fontaine', 'Girard', 'Moreau', 'Perrin', 'Okafor', 'Whitfield', 'Kowalski', 'Brennan', 'Lindqvist'];
const PLACES = ['Villeneuve-sur-Lot', 'Quimperlé', 'Aubenas', 'Montbéliard', 'Saint-Brieuc', 'Harrogate', 'Kendal', 'Llandudno'];
const ORGS = ['Transdev', 'Solidarités Nouvelles', 'Kéolis', 'Northfield Trust', 'Brightwater', 'Habitat Plus'];

const FR_FILLER = [
  'Alors, on a beaucoup travaillé sur la question des transports.',
  'Madame la Maire a présidé la réunion de janvier.',
  'Pierre par pierre, le quartier change.',
  'Lundi, il y avait le marché et beaucoup de monde.',
  'Donc voilà, la confiance se perd en une semaine.',
  'Honnêtement, je ne sais pas si ça marchera, mais on essaie.',
  'Le conseil municipal a voté le budget en mars.',
  'La rose des vents est peinte sur la place.',
  'Il y a 30 ans, tout était différent ici.',
];
const EN_FILLER = [
  'Well, we spent a lot of time on housing issues.',
  'The Mayor opened the meeting in March.',
  'Monday is always busy for the team.',
  'Honestly, it was a difficult year for everyone.',
  'However, the council agreed to fund the project.',
  'Rose gardens and stone walls are what the estate is known for.',
];

type Pick = <T>(list: readonly T[]) => T;

const FR_IDENTIFYING: ((p: Pick, n: () => number) => string)[] = [
  (p) => `J’en ai parlé avec [[person:${p(FIRST)} ${p(LAST)}]] la semaine dernière.`,
  (p) => `Mme [[person:${p(LAST)}]] s’occupe des dossiers.`,
  (p) => `Elle habite à [[place:${p(PLACES)}]] depuis longtemps.`,
  (p) => `Mon collègue [[person:${p(FIRST)}]] travaille chez [[organisation:${p(ORGS)}]].`,
  (_p, n) => `Vous pouvez m’appeler au [[phone:06 ${String(10 + (n() % 90))} ${String(10 + (n() % 90))} ${String(10 + (n() % 90))} ${String(10 + (n() % 90))}]].`,
  (p, n) => `Écrivez-moi à [[email:${p(FIRST).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${n() % 1000}@exemple.fr]].`,
];
const EN_IDENTIFYING: ((p: Pick, n: () => number) => string)[] = [
  (p) => `I talked to my manager [[person:${p(FIRST)} ${p(LAST)}]] about it.`,
  (p) => `She lives in [[place:${p(PLACES)}]] now.`,
  (p) => `He works at [[organisation:${p(ORGS)}]] these days.`,
  (p) => `Dr. [[person:${p(LAST)}]] ran the clinic.`,
  (_p, n) => `Call me on [[phone:+44 20 ${String(1000 + (n() % 9000))} ${String(1000 + (n() % 9000))}]].`,
];

/** A seeded pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` interviews of about `words` words each, alternating French and English, one identifying
 * sentence for every `fillerPerIdentifier` ordinary ones.
 */
export function generateInterviews({ count, words, seed = 7, fillerPerIdentifier = 3 }: { count: number; words: number; seed?: number; fillerPerIdentifier?: number }): LabelledInterview[] {
  const rnd = random(seed);
  const pick: Pick = (list) => list[Math.floor(rnd() * list.length)]!;
  const n = () => Math.floor(rnd() * 1_000_000);
  const interviews: LabelledInterview[] = [];
  for (let i = 0; i < count; i++) {
    const french = i % 2 === 0;
    const [interviewer, filler, identifying] = french ? ['Enquêtrice', FR_FILLER, FR_IDENTIFYING] : ['Interviewer', EN_FILLER, EN_IDENTIFYING];
    const participant = `${pick(FIRST)} ${pick(LAST)}`;
    const lines: string[] = [];
    let total = 0;
    let k = 0;
    while (total < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) sentences.push(k++ % (fillerPerIdentifier + 1) === fillerPerIdentifier ? pick(identifying)(pick, n) : pick(filler));
      const body = sentences.join(' ');
      lines.push(k % 8 === 0 ? `${interviewer} : ${body}` : `[[participant:${participant}]] : ${body}`);
      total += body.split(/\s+/u).length + 2;
    }
    const { text, spans } = parseLabelled(`${lines.join('\n')}\n`);
    interviews.push({ name: `${french ? 'E' : 'P'}${String(i + 1).padStart(3, '0')}`, caseName: `${french ? 'E' : 'P'}${String(i + 1).padStart(3, '0')}`, text, spans });
  }
  return interviews;
}
