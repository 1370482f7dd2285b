/** The headers and words of the exported tables (CSV, XLSX), in the interface's or the report's language. */
export type TableText = {
  codingsSheet: string;
  codebookSheet: string;
  coding: {
    document: string;
    participant: string;
    code: string;
    quote: string;
    memo: string;
    speaker: string;
    turn: string;
    time: string;
    start: string;
    end: string;
    coder: string;
    codedAt: string;
  };
  codebook: { code: string; name: string; parent: string; definition: string; colour: string; codable: string; codings: string; documents: string };
  yes: string;
  no: string;
};

export const TABLE_TEXT: Record<'fr' | 'en', TableText> = {
  fr: {
    codingsSheet: 'Codages',
    codebookSheet: 'Grille de codes',
    coding: {
      document: 'Document',
      participant: 'Participant',
      code: 'Code',
      quote: 'Citation',
      memo: 'Mémo',
      speaker: 'Locuteur',
      turn: 'Tour',
      time: 'Temps',
      start: 'Début',
      end: 'Fin',
      coder: 'Codeur',
      codedAt: 'Codé le',
    },
    codebook: { code: 'Code', name: 'Nom', parent: 'Parent', definition: 'Définition', colour: 'Couleur', codable: 'Codable', codings: 'Codages', documents: 'Documents' },
    yes: 'oui',
    no: 'non',
  },
  en: {
    codingsSheet: 'Coded segments',
    codebookSheet: 'Codebook',
    coding: {
      document: 'Document',
      participant: 'Participant',
      code: 'Code',
      quote: 'Quote',
      memo: 'Memo',
      speaker: 'Speaker',
      turn: 'Turn',
      time: 'Time',
      start: 'Start',
      end: 'End',
      coder: 'Coder',
      codedAt: 'Coded at',
    },
    codebook: { code: 'Code', name: 'Name', parent: 'Parent', definition: 'Definition', colour: 'Colour', codable: 'Codable', codings: 'Codings', documents: 'Documents' },
    yes: 'yes',
    no: 'no',
  },
};
