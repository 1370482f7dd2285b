/** The two languages an error can be told in, built once: the catalogue is compiled at load. */
import { compileCatalogue, describeCoreError, describeCoreNote, type ErrorLanguage, type ErrorLike } from './core-messages';
import { frCoreMessages, frErrorsByCode } from './fr-errors';

const known = compileCatalogue(frCoreMessages);

const french: ErrorLanguage = { catalogue: known, known, generic: frErrorsByCode.INTERNAL, byCode: frErrorsByCode };
const english: ErrorLanguage = {
  catalogue: null,
  known,
  generic: 'Something unexpected went wrong. The details are in the application log.',
  byCode: {},
};

export const describeErrorInFrench = (error: ErrorLike): string => describeCoreError(french, error);
export const describeErrorInEnglish = (error: ErrorLike): string => describeCoreError(english, error);
export const describeNoteInFrench = (text: string): string => describeCoreNote(french, text);
export const describeNoteInEnglish = (text: string): string => describeCoreNote(english, text);
