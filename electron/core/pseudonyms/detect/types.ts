import type { PseudonymCategory } from '../../../../shared/contract';

export type DetectionDocument = {
  id: number;
  name: string;
  text: string;
  caseId: number | null;
  turns: { start: number; labelEnd: number; speaker: string | null }[];
};

export type DetectionInput = {
  documents: DetectionDocument[];
  cases: { id: number; name: string }[];
  speakerCases: { documentId: number; speaker: string; caseId: number }[];
  /** Values of attributes marked identifying (text and category attributes). */
  identifyingValues: { caseId: number; attribute: string; value: string }[];
  wordLists: { category: 'person' | 'place' | 'organisation'; words: string[] }[];
  /** Other texts that leave the project in exports: memos, code names and definitions, findings. */
  notes?: { where: string; text: string }[];
};

/** One thing a detector found: a text, its category, why, and optionally where and how to replace it. */
export type Candidate = {
  text: string;
  category: PseudonymCategory;
  reason: string;
  variants?: string[];
  replacement?: string;
  /** Set by detectors with a strong signal (a cue, a checksum, a participant): wins over generic guesses. */
  strength: number;
};

/** Strengths: which category wins when detectors disagree about the same text. */
export const STRENGTH = { participant: 100, structured: 80, list: 70, cue: 60, honorific: 55, sequence: 30, word: 10 } as const;
