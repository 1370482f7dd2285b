/**
 * One colour per speaker, stable within a document: speakers take the palette's tones in order of
 * first appearance, and the interviewer gets a neutral tone so that participants' words stand out.
 */
export const SPEAKER_TONES = 8;

export type SpeakerTone = number | 'interviewer';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .trim();

/** Roles that ask rather than answer (French and English transcripts). */
const ROLE = /^(enqueteu(r|se)s?|enquetrices?|intervieweu(r|se)s?|interviewers?|chercheu(r|se)s?|animat(eur|rice)s?|moderat(eur|rice|or)s?|facilitat(eur|rice|or)s?)$/;
/** Abbreviations that only mean the interviewer when they stand alone (`Q`, `Q2`, `Int.`). */
const ABBREVIATION = /^(q\d*|question|int|interv)$/;

/** `Enquêtrice`, `Enquêteur 2`, `Interviewer (Sophie)`, `Q.`: the label of someone asking the questions. */
export function isInterviewerLabel(name: string): boolean {
  const words = fold(name)
    .replace(/\(.*\)/g, ' ')
    .replace(/[.:\-–—]+/g, ' ')
    .trim()
    .split(/\s+/);
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  if (ROLE.test(first)) return true;
  return ABBREVIATION.test(first) && (rest === '' || /^\d+$/.test(rest));
}

/** The tone of each speaker, by order of first appearance. */
export function speakerTones(names: Iterable<string | null>): Map<string, SpeakerTone> {
  const tones = new Map<string, SpeakerTone>();
  let next = 0;
  for (const name of names) {
    if (name === null || tones.has(name)) continue;
    if (isInterviewerLabel(name)) tones.set(name, 'interviewer');
    else tones.set(name, next++ % SPEAKER_TONES);
  }
  return tones;
}

/** The CSS class that gives an element `--speaker-color`. */
export const toneClass = (tone: SpeakerTone | undefined): string =>
  tone === undefined ? 'speaker-tone-none' : tone === 'interviewer' ? 'speaker-tone-i' : `speaker-tone-${tone}`;
