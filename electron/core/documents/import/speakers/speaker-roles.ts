import { comparisonKey } from './speaker-rules';

export type SpeakerRole = 'interviewer' | 'respondent';

/** Labels of whoever asks the questions (comparison keys): interviewers, moderators, `Q`. */
const INTERVIEWERS = new Set([
  'q', 'question', 'interviewer', 'intervieweur', 'intervieweuse', 'int', 'enqueteur', 'enquetrice', 'enq',
  'moderator', 'moderateur', 'moderatrice', 'animateur', 'animatrice', 'facilitator', 'facilitateur', 'facilitatrice',
  'chercheur', 'chercheuse', 'researcher',
]);

/** Labels of whoever answers, when the label is a role rather than a name. */
const RESPONDENTS = new Set(['interviewee', 'interviewe', 'enquete', 'enquetee', 'respondent', 'repondant', 'repondante', 'reponse', 'answer', 'rep']);

/** `R` and `A` answer only where questions are labelled `Q` (elsewhere `A` may be a person's initial). */
const ANSWERS_TO_Q = new Set(['r', 'a']);

/** `Enquêtrice 2`, `Interviewer (Sophie)`, `Int.` → the role word alone. */
const roleKey = (label: string): string =>
  comparisonKey(label)
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/\s+\d+$/u, '')
    .replace(/[\s.:]+$/u, '')
    .trim();

/**
 * The roles of a document's speakers that their labels make plain: `Q`, `Enquêtrice`,
 * `Interviewer`, `Modératrice`… ask (interviewer); `R` (beside `Q`), `Réponse`, `Enquêté` answer
 * (respondent, to be linked to the document's participant). Speakers named by their names get none.
 */
export function rolesOfLabels(speakers: readonly string[]): Map<string, SpeakerRole> {
  const keys = speakers.map(roleKey);
  const usesQ = keys.some((k) => k === 'q' || k === 'question');
  const roles = new Map<string, SpeakerRole>();
  speakers.forEach((speaker, i) => {
    const key = keys[i]!;
    if (INTERVIEWERS.has(key)) roles.set(speaker, 'interviewer');
    else if (RESPONDENTS.has(key) || (usesQ && ANSWERS_TO_Q.has(key))) roles.set(speaker, 'respondent');
  });
  return roles;
}
