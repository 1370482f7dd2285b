/**
 * Which label-shaped paragraph openings really name a speaker. A shape alone proves little
 * (`Lieu : Lyon`, `Madame la Maire a dit : « … »`, `Attention : …`), so the decision is made for
 * the whole document, with these rules:
 *
 * 1. Never a speaker: a label whose first word is a header or note key (`Date`, `Lieu`, `Durée`,
 *    `Titre`, `Participants`, `Note`, `Attention`…), a bracketed sound or event (`[rires]`,
 *    `[inaudible]`), or an unbracketed label starting with a lowercase letter (`donc voilà :`)
 *    unless it is a known role.
 * 2. A speaker: a label that opens at least two paragraphs (case-insensitive), or a known role
 *    (`Interviewer`, `Enquêteur`, `Enquêtrice`, `Modératrice`…, `Q`, and `R`/`A` once `Q` is used).
 * 3. Also a speaker: a label used once, without a time in it, that looks like a name (every word
 *    capitalised or a particle: `Martine Lebrun`, `L3`, `Jean de La Fontaine`) and comes after a
 *    speaker found by rule 2 — a participant who speaks once. Before the first speaker, such a
 *    line is the transcript's header (a title such as `Projet Ville : Entretien 3`).
 * 4. Not a turn: a role label followed by nothing but names (`Interviewer : Sophie Martin`) before
 *    the first real turn — the header line that says who interviewed.
 */
export type LabelCandidate = {
  name: string;
  /** A label written in the text, one with a time inside it, or a Teams-style name line. */
  form: 'plain' | 'bracket' | 'timed' | 'name-line';
  /** The words after the label in its paragraph ('' when the label stands alone). */
  speech: string;
};

/** For each candidate, in document order: is it a speaker label? */
export function acceptSpeakerLabels(candidates: readonly LabelCandidate[]): boolean[] {
  const keys = candidates.map((candidate) => comparisonKey(candidate.name));
  const excluded = candidates.map((candidate, i) => isExcluded(candidate, keys[i] ?? ''));
  const counts = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!excluded[i]) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const usesQuestionLabels = counts.has('q') || counts.has('question');
  const isKnown = (key: string): boolean => ROLES.has(key) || isQuestionKey(key) || (usesQuestionLabels && ANSWER_KEYS.has(key));

  const accepted = candidates.map((_, i) => !excluded[i] && (isKnown(keys[i] ?? '') || (counts.get(keys[i] ?? '') ?? 0) >= 2));

  // Rule 4: role lines that only name people, above the first real turn.
  for (const [i, candidate] of candidates.entries()) {
    if (!accepted[i]) continue;
    if (!ROLES.has(keys[i] ?? '') || !isNameList(candidate.speech)) break;
    accepted[i] = false;
  }

  // Rule 3: people who speak once, after the first speaker.
  const first = accepted.indexOf(true);
  if (first === -1) return accepted;
  return accepted.map((isAccepted, i) => {
    if (isAccepted || i < first || excluded[i]) return isAccepted;
    const candidate = candidates[i];
    return candidate !== undefined && candidate.form !== 'timed' && counts.get(keys[i] ?? '') === 1 && looksLikeAName(candidate.name);
  });
}

/** Case- and accent-insensitive, so `INTERVIEWER`, `Interviewer` and `interviewer` are one label. */
export function comparisonKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isExcluded(candidate: LabelCandidate, key: string): boolean {
  const firstWord = key.split(/[ ,]/u)[0]?.replace(/\.+$/u, '') ?? '';
  if (NOT_SPEAKERS.has(firstWord) || NOT_SPEAKERS.has(key)) return true;
  if (candidate.form === 'bracket') return SOUNDS_AND_EVENTS.has(key);
  return !/^\p{Lu}/u.test(candidate.name) && !ROLES.has(key) && !isQuestionKey(key) && !ANSWER_KEYS.has(key);
}

const isQuestionKey = (key: string): boolean => key === 'q' || key === 'question';

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'y', 'bin', 'ben', 'el', 'al', 'ter', 'ten', 'zu']);

/** Every word capitalised (or a digit, or a particle): `Martine Lebrun`, `L3`, `Mme Dupont`, `Jean de La Fontaine`. */
function looksLikeAName(name: string): boolean {
  const words = name.split(/,? /u);
  return /^\p{Lu}/u.test(name) && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || PARTICLES.has(word.toLowerCase()) || /^[dl]['’]\p{Lu}/u.test(word));
}

/** `Sophie Martin`, `C. Dupont et J. Petit (Université Lyon 2)`: names only, no sentence. */
function isNameList(speech: string): boolean {
  const text = speech.replace(/\([^)]*\)/gu, ' ').trim();
  if (text === '' || /[?!…;:«»"“”]/u.test(text)) return false;
  if (/\.$/u.test(text) && !/(?:^|\s)\p{Lu}\.$/u.test(text)) return false;
  const words = text.split(/[\s,/&]+/u).filter((word) => word !== '');
  return words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word) || PARTICLES.has(word.toLowerCase()) || ['et', 'and'].includes(word.toLowerCase()));
}

/** Interviewer roles, as comparison keys (lowercase, no accents). */
const ROLES = new Set([
  'interviewer', 'intervieweur', 'intervieweuse', 'interviewee', 'interviewe', 'int', 'int.',
  'enqueteur', 'enquetrice', 'enquete', 'enquetee', 'enq', 'enq.',
  'moderator', 'moderateur', 'moderatrice', 'animateur', 'animatrice', 'facilitator', 'facilitateur', 'facilitatrice',
  'chercheur', 'chercheuse', 'researcher', 'intervenant', 'intervenante',
]);

/** Answer labels, known only in a document that also uses `Q`/`Question`. */
const ANSWER_KEYS = new Set(['r', 'a', 'reponse', 'answer', 'rep', 'rep.']);

/** Header, metadata and note keys (first word, as comparison keys): never a speaker. */
const NOT_SPEAKERS = new Set([
  // when, where, what
  'date', 'dates', 'lieu', 'lieux', 'duree', 'heure', 'heures', 'horaire', 'horaires', 'jour', 'annee', 'mois', 'debut', 'fin',
  'place', 'location', 'duration', 'time', 'length', 'day', 'year', 'month', 'start', 'end',
  'objet', 'titre', 'sujet', 'theme', 'themes', 'subject', 'title', 'topic', 'topics', 'contexte', 'context',
  'projet', 'project', 'etude', 'study', 'entretien', 'interview', 'seance', 'session', 'reunion', 'meeting',
  'reference', 'ref', 'version', 'fichier', 'file', 'audio', 'video', 'enregistrement', 'recording', 'support', 'format', 'mode',
  'langue', 'language', 'source', 'sources', 'transcription', 'transcript', 'transcripteur', 'transcriptrice', 'transcrit',
  'transcrite', 'transcribed', 'transcriber', 'codage', 'coding', 'consigne', 'consignes', 'instructions', 'legende', 'legend',
  'mots-cles', 'keywords', 'tags', 'categorie', 'category', 'auteur', 'auteurs', 'author', 'authors',
  // who (lists of people, and a participant's attributes)
  'participants', 'participantes', 'intervenants', 'intervenantes', 'presents', 'presentes', 'interviewers', 'enqueteurs',
  'enquetrices', 'personnes', 'people', 'speakers', 'locuteurs', 'nom', 'noms', 'prenom', 'name', 'names', 'age', 'sexe',
  'genre', 'gender', 'profession', 'metier', 'occupation', 'statut', 'status', 'organisation', 'organization', 'structure',
  'ville', 'city', 'pays', 'country', 'adresse', 'address', 'email', 'e-mail', 'mail', 'courriel', 'tel', 'telephone', 'phone',
  'site', 'url', 'web',
  // notes in running text
  'note', 'notes', 'nb', 'n.b', 'ps', 'p.s', 'remarque', 'remarques', 'attention', 'important', 'rappel', 'warning',
  'exemple', 'exemples', 'example', 'examples', 'conclusion', 'resume', 'summary', 'bilan', 'citation', 'quote', 'voir',
  'see', 'cf', 'tip', 'conseil', 'astuce', 'total', 'objectif', 'objectifs', 'goal', 'goals', 'questions',
]);

/** Bracketed sounds and events of transcription conventions (`[rires] …`). */
const SOUNDS_AND_EVENTS = new Set([
  'rires', 'rire', 'rit', 'sourire', 'laughs', 'laughter', 'laughing', 'inaudible', 'incomprehensible', 'unclear', 'silence',
  'pause', 'blanc', 'crosstalk', 'music', 'musique', 'applause', 'applaudissements', 'sighs', 'soupir', 'soupirs', 'toux',
  'cough', 'coughs', 'bruit', 'bruits', 'noise', 'hesitation', 'coupure', 'interruption', 'sic',
]);
