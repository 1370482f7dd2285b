/**
 * French strings of the REFI-QDA exchange (projects and codebooks from NVivo, ATLAS.ti, MAXQDA,
 * QualCoder): the import report. Merged into `fr` (their shape is part of `Messages`).
 */
const nf = new Intl.NumberFormat('fr-FR');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x < 2 ? one : other}`;

export const frExchange = {
  exchange: {
    heading: (file: string) => `Projet REFI-QDA « ${file} »`,
    codebookHeading: (file: string) => `Grille de codes REFI-QDA « ${file} »`,
    origin: (origin: string) => `Écrit par ${origin}.`,
    counts: {
      documents: (x: number) => pl(x, 'document', 'documents'),
      codes: (x: number) => pl(x, 'code', 'codes'),
      codings: (x: number) => pl(x, 'codage', 'codages'),
      cases: (x: number) => pl(x, 'participant', 'participants'),
      attributes: (x: number) => pl(x, 'attribut', 'attributs'),
      memos: (x: number) => pl(x, 'mémo', 'mémos'),
      coders: (x: number) => pl(x, 'nouveau codeur', 'nouveaux codeurs'),
    },
    imported: 'Importé :',
    skipped: (x: number) => `Non importé (${n(x)})`,
    notes: 'À savoir',
    what: {
      source: 'Source',
      coding: 'Codage',
      selection: 'Sélection',
      set: 'Ensemble',
      note: 'Note',
      variable: 'Variable',
      case: 'Cas',
      link: 'Lien',
    },
    undo: 'Tout ce que ce fichier a apporté s’annule en une fois (Édition ▸ Annuler).',
  },
};
