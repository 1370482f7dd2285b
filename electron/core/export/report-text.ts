import type { Licence } from '../../../shared/contract';

/** The words of the synthesis report, in the report's language (chosen in its settings). */
export type ReportText = {
  /** `:` as each language writes it (French puts a no-break space before). */
  colon: string;
  reportFor: string;
  generated: (date: string) => string;
  author: string;
  licence: string;
  licenceSentence: (licence: Licence, author: string, year: string) => string;
  contents: string;
  method: string;
  methodIntro: (interviews: number, participants: number, codings: number, codes: number) => string;
  period: (from: string, to: string) => string;
  /** The method's sentence on inter-coder agreement (measures already formatted; `null` undefined). */
  agreement: (a: string, b: string, documents: number, percent: number | null, kappa: number | null, alpha: number | null) => string;
  group: string;
  interviews: string;
  participants: string;
  noValue: string;
  noParticipant: string;
  codebook: string;
  code: string;
  definition: string;
  codings: string;
  themes: string;
  themeStats: (codings: number, participants: number) => string;
  distribution: (attribute: string) => string;
  participantsOfGroup: string;
  synthesis: string;
  noSynthesis: string;
  keyQuotes: string;
  recommendations: string;
  supportingThemes: string;
  evidence: string;
  framework: string;
  annex: string;
  annexIntro: string;
  turn: string;
  noQuote: string;
  /** The mark of an empty section in a draft, and the draft's notice on the title page. */
  draft: string;
  draftNotice: string;
  memo: string;
};

const CC_NAMES: Record<Exclude<Licence, 'all-rights-reserved' | 'CC0-1.0'>, { fr: string; en: string }> = {
  'CC-BY-4.0': { fr: 'Attribution 4.0 International', en: 'Attribution 4.0 International' },
  'CC-BY-SA-4.0': { fr: 'Attribution - Partage dans les mêmes conditions 4.0 International', en: 'Attribution-ShareAlike 4.0 International' },
  'CC-BY-NC-4.0': { fr: "Attribution - Pas d'utilisation commerciale 4.0 International", en: 'Attribution-NonCommercial 4.0 International' },
  'CC-BY-NC-SA-4.0': {
    fr: "Attribution - Pas d'utilisation commerciale - Partage dans les mêmes conditions 4.0 International",
    en: 'Attribution-NonCommercial-ShareAlike 4.0 International',
  },
  'CC-BY-ND-4.0': { fr: 'Attribution - Pas de modification 4.0 International', en: 'Attribution-NoDerivatives 4.0 International' },
  'CC-BY-NC-ND-4.0': {
    fr: "Attribution - Pas d'utilisation commerciale - Pas de modification 4.0 International",
    en: 'Attribution-NonCommercial-NoDerivatives 4.0 International',
  },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French takes the singular below 2: `0 passage codé`, `1 participant`. */
const pluriel = (n: number, one: string, many: string) => `${n} ${Math.abs(n) < 2 ? one : many}`;

export const REPORT_TEXT: Record<'fr' | 'en', ReportText> = {
  fr: {
    colon: '\u00a0:',
    reportFor: 'Rapport de synthèse',
    generated: (date) => `Produit le ${date} avec Verbatim`,
    author: 'Auteur',
    licence: 'Licence',
    licenceSentence: (licence, author, year) =>
      licence === 'all-rights-reserved'
        ? `© ${year}${author ? ` ${author}` : ''}. Tous droits réservés.`
        : licence === 'CC0-1.0'
          ? 'Ce rapport est versé dans le domaine public (CC0 1.0 Universel).'
          : `Ce rapport est mis à disposition selon les termes de la licence Creative Commons ${CC_NAMES[licence].fr}.`,
    contents: 'Sommaire',
    method: 'Méthode',
    methodIntro: (interviews, participants, codings, codes) =>
      `Cette synthèse repose sur ${pluriel(interviews, 'transcription', 'transcriptions')} (${pluriel(participants, 'participant', 'participants')}), analysées avec ${pluriel(codes, 'code', 'codes')} et ${pluriel(codings, 'passage codé', 'passages codés')}.`,
    period: (from, to) => (from === to ? `Entretiens du ${from}.` : `Entretiens menés du ${from} au ${to}.`),
    agreement: (a, b, documents, percent, kappa, alpha) => {
      const f = (n: number | null, digits = 2) => (n === null ? 'non défini' : n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
      return `Fiabilité inter-codeurs : ${a} et ${b} ont codé les mêmes ${pluriel(documents, 'transcription', 'transcriptions')} ; à l’échelle du caractère, accord de ${percent === null ? 'non défini' : `${f(percent * 100, 1)} %`}, kappa de Cohen ${f(kappa)}, alpha de Krippendorff ${f(alpha)}.`;
    },
    group: 'Groupe',
    interviews: 'Transcriptions',
    participants: 'Participants',
    noValue: 'Non renseigné',
    noParticipant: 'Sans participant',
    codebook: 'Grille de codes',
    code: 'Code',
    definition: 'Définition',
    codings: 'Passages',
    themes: 'Thèmes',
    themeStats: (codings, participants) => `${pluriel(codings, 'passage codé', 'passages codés')}, ${pluriel(participants, 'participant', 'participants')}.`,
    distribution: (attribute) => `Répartition par ${attribute.toLowerCase()}`,
    participantsOfGroup: 'Participants concernés',
    synthesis: 'Synthèse',
    noSynthesis: 'Synthèse à rédiger.',
    keyQuotes: 'Citations clés',
    recommendations: 'Recommandations',
    supportingThemes: "S'appuie sur",
    evidence: 'Éléments probants',
    framework: 'Matrice de synthèse (Framework)',
    annex: 'Annexe : passages codés par thème',
    annexIntro: 'Chaque passage est suivi de sa source : identifiant du participant, tour de parole.',
    turn: 'tour',
    noQuote: 'Aucun passage codé.',
    draft: 'Brouillon',
    draftNotice: 'Brouillon : les sections encore vides sont signalées.',
    memo: 'Mémo',
  },
  en: {
    colon: ':',
    reportFor: 'Synthesis report',
    generated: (date) => `Produced on ${date} with Verbatim`,
    author: 'Author',
    licence: 'Licence',
    licenceSentence: (licence, author, year) =>
      licence === 'all-rights-reserved'
        ? `© ${year}${author ? ` ${author}` : ''}. All rights reserved.`
        : licence === 'CC0-1.0'
          ? 'This report is dedicated to the public domain (CC0 1.0 Universal).'
          : `This report is licensed under the Creative Commons ${CC_NAMES[licence].en} licence.`,
    contents: 'Contents',
    method: 'Method',
    methodIntro: (interviews, participants, codings, codes) =>
      `This synthesis rests on ${plural(interviews, 'transcript', 'transcripts')} (${plural(participants, 'participant', 'participants')}), analysed with ${plural(codes, 'code', 'codes')} and ${plural(codings, 'coded passage', 'coded passages')}.`,
    period: (from, to) => (from === to ? `Interviews of ${from}.` : `Interviews conducted from ${from} to ${to}.`),
    agreement: (a, b, documents, percent, kappa, alpha) => {
      const f = (n: number | null, digits = 2) => (n === null ? 'undefined' : n.toFixed(digits));
      return `Inter-coder reliability: ${a} and ${b} coded the same ${plural(documents, 'transcript', 'transcripts')}; at character level, agreement ${percent === null ? 'undefined' : `${f(percent * 100, 1)} %`}, Cohen's kappa ${f(kappa)}, Krippendorff's alpha ${f(alpha)}.`;
    },
    group: 'Group',
    interviews: 'Transcripts',
    participants: 'Participants',
    noValue: 'Not given',
    noParticipant: 'No participant',
    codebook: 'Codebook',
    code: 'Code',
    definition: 'Definition',
    codings: 'Passages',
    themes: 'Themes',
    themeStats: (codings, participants) => `${plural(codings, 'coded passage', 'coded passages')}, ${plural(participants, 'participant', 'participants')}.`,
    distribution: (attribute) => `Distribution by ${attribute.toLowerCase()}`,
    participantsOfGroup: 'Participants concerned',
    synthesis: 'Synthesis',
    noSynthesis: 'Synthesis to be written.',
    keyQuotes: 'Key quotes',
    recommendations: 'Recommendations',
    supportingThemes: 'Rests on',
    evidence: 'Evidence',
    framework: 'Framework matrix',
    annex: 'Annex: coded passages by theme',
    annexIntro: 'Each passage is followed by its source: participant identifier, speaker turn.',
    turn: 'turn',
    noQuote: 'No coded passage.',
    draft: 'Draft',
    draftNotice: 'Draft: sections still empty are marked.',
    memo: 'Memo',
  },
};
