/**
 * Every error message a user can read has a French translation (renderer/i18n/fr-errors.ts), and the
 * translations are well formed. When this fails, it prints the entries to add.
 */
import { zipSync, strToU8 } from 'fflate';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, holeNames, templateShape, translateMessageDetailed, PHRASE_HOLES } from '../../renderer/i18n/core-messages';
import { acquireLock } from '../../electron/core/db/lock';
import { describeErrorInEnglish, describeErrorInFrench, describeNoteInEnglish, describeNoteInFrench } from '../../renderer/i18n/error-languages';
import { frCoreMessages, frErrorsByCode } from '../../renderer/i18n/fr-errors';
import { errorCodes } from '../../shared/result';
import { scanErrorMessages, type ScannedMessage } from '../helpers/scan-error-messages';
import { createTestCore } from '../helpers/test-core';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Where messages for users are written. The CLI speaks English to scripts; it is not scanned. */
const SCANNED = ['electron/core', 'electron/serve', 'electron/main', 'renderer'];

/**
 * Messages the scan cannot read because the code composes them; each is covered otherwise (its parts
 * are in the catalogue, or it only passes on a message that was already translated).
 */
const COMPOSED: readonly { file: string; source: string; why: string }[] = [
  { file: 'electron/core/documents/import/file-errors.ts', source: '`“${fileName}” ${problem}`', why: 'fileError itself: each problem is scanned at its call' },
  { file: 'electron/core/documents/import/file-formats.ts', source: 'hint', why: 'HINT_BY_EXTENSION: each hint has its own entry, checked below' },
  { file: 'electron/core/documents/import/file-formats.ts', source: '`${what}. ${SUPPORTED_NOW}.`', why: 'both values of `what` have entries, checked below' },
  { file: 'electron/core/documents/import-documents.ts', source: '{ file: basename(path), message, ...(details.invalidLines.length > 0 ? { invalidLines: details.invalidLines } : {}) }', why: 'invalidBytesWarning: the report dialog writes it from invalidLines, in the user’s language' },
  { file: 'electron/core/db/open.ts', source: 'e.message.split(copy.path).join(path)', why: 'inspectProjectFile’s message, its private copy’s path put back to the user’s: already translated' },
  { file: 'electron/core/session.ts', source: '`${message}.${offer}`', why: 'a damaged project’s reason, then its backup: both endings have entries, the reason a fragment' },
  { file: 'renderer/api.ts', source: 'describe ? describe(r.error) : r.error.message', why: 'the core’s message, translated' },
  { file: 'renderer/transport/ipc-transport.ts', source: 'e instanceof Error ? e.message : String(e)', why: 'a broken bridge: shown as INTERNAL' },
];

/** The renderer's own strings (`t.errors.describe(…)`, `t.errors.internal`) are already in the user's language. */
const isFromMessages = (m: ScannedMessage) => m.file.startsWith('renderer/') && /^t\.[\w.]+/u.test(m.source);
const isComposed = (m: ScannedMessage) => isFromMessages(m) || COMPOSED.some((c) => c.file === m.file && c.source === m.source);

/** The line to paste into fr-errors.ts for a missing template, with numbered holes to rename. */
function suggestedEntry(template: string): string {
  let n = 0;
  const named = template.replace(/\{\}/g, () => `{value${++n}}`);
  return `  ${JSON.stringify(named).replace(/^"|"$/g, "'")}: '',`;
}

describe('the French error catalogue', () => {
  const scanned = scanErrorMessages(ROOT, SCANNED);
  const shapes = new Set(Object.keys(frCoreMessages.messages).map(templateShape));

  it('finds the messages it is meant to check', () => {
    // A scan that silently finds nothing would pass everything.
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned.some((m) => m.template === 'A code named “{}” already exists here')).toBe(true);
    expect(scanned.some((m) => m.template?.startsWith('“{}” is not a WebVTT subtitle file'))).toBe(true);
  });

  it('translates every message thrown in the source', () => {
    const missing = scanned.filter((m) => m.template !== null && !shapes.has(m.template) && !isComposed(m));
    const report = missing.map((m) => `${m.file}:${m.line}\n${suggestedEntry(m.template!)}`).join('\n');
    expect(missing, `Add these to renderer/i18n/fr-errors.ts (messages), naming each {hole}:\n${report}\n`).toEqual([]);
  });

  it('knows every message that is composed rather than written out', () => {
    const unknown = scanned.filter((m) => m.template === null && !isComposed(m));
    const report = unknown.map((m) => `${m.file}:${m.line}  ${m.source}`).join('\n');
    expect(unknown, `Write these as literal messages, or list them in COMPOSED with their translation:\n${report}\n`).toEqual([]);
    const stale = COMPOSED.filter((c) => !scanned.some((m) => m.file === c.file && m.source === c.source));
    expect(stale, 'COMPOSED lists messages that are gone: remove them').toEqual([]);
  });

  it('has well-formed entries: holes that exist, no two entries of the same shape', () => {
    for (const section of [frCoreMessages.messages, frCoreMessages.fragments]) {
      for (const [english, french] of Object.entries(section)) {
        const names = holeNames(english);
        expect(new Set(names).size, `${english}: a hole name is used twice`).toBe(names.length);
        for (const name of holeNames(french)) expect(names, `${english} → ${french}: {${name}} is not in the English`).toContain(name);
        expect(french.trim(), `${english}: empty translation`).not.toBe('');
      }
      const byShape = Object.keys(section).map(templateShape);
      expect(byShape.filter((s, i) => byShape.indexOf(s) !== i)).toEqual([]);
    }
    expect(Object.keys(frErrorsByCode).sort()).toEqual([...errorCodes].sort());
  });
});

describe('telling an error in the interface’s language', () => {
  const catalogue = compileCatalogue(frCoreMessages);

  it('puts the values back into the French, translating the phrases the code chose', () => {
    expect(describeErrorInFrench({ code: 'CONFLICT', message: 'A code named “Confiance (élus)” already exists here' })).toBe(
      'Un code nommé « Confiance (élus) » existe déjà à cet endroit',
    );
    expect(
      describeErrorInFrench({ code: 'BAD_FILE', message: '“entretien 3.docx” is not a valid Word document (the file is damaged or is not a .docx).' }),
    ).toBe('« entretien 3.docx » n’est pas un document Word valide (le fichier est endommagé ou n’est pas un .docx).');
    expect(
      describeErrorInFrench({ code: 'FILE_TOO_LARGE', message: '“big.txt” is too large to import (12.5 MB; the limit for text files is 50 MB).' }),
    ).toBe('« big.txt » est trop volumineux pour être importé (12,5 Mo ; la limite pour les fichiers texte est de 50 Mo).');
    // User data is never translated, even when it reads like one of the code's phrases.
    expect(describeErrorInFrench({ code: 'CONFLICT', message: 'A participant named “a picture” already exists' })).toBe(
      'Un participant nommé « a picture » existe déjà',
    );
  });

  it('prefers the most specific message when several could match', () => {
    const text = '“notes” is a folder, not a file.';
    expect(translateMessageDetailed(catalogue, text)?.text).toBe('« notes » est un dossier, pas un fichier.');
  });

  it('says something French, never English, for a message it does not know', () => {
    expect(describeErrorInFrench({ code: 'BAD_FILE', message: '“x.txt” has a problem nobody translated yet.' })).toBe(frErrorsByCode.BAD_FILE);
    expect(describeErrorInFrench({ code: 'INTERNAL', message: 'SQLITE_ERROR: no such column: foo' })).toBe(frErrorsByCode.INTERNAL);
  });

  it('keeps English messages in English, but hides unexpected internal errors', () => {
    const conflict = { code: 'CONFLICT' as const, message: 'A code named “Trust” already exists here' };
    expect(describeErrorInEnglish(conflict)).toBe(conflict.message);
    expect(describeErrorInEnglish({ code: 'INTERNAL', message: 'TypeError: x is undefined' })).toMatch(/^Something unexpected went wrong/);
    // A known INTERNAL message (a lost server) is worth reading as it is.
    expect(describeErrorInEnglish({ code: 'INTERNAL', message: 'Verbatim’s server cannot be reached (fetch failed).' })).toBe(
      'Verbatim’s server cannot be reached (fetch failed).',
    );
    expect(describeErrorInFrench({ code: 'INTERNAL', message: 'Verbatim’s server cannot be reached (fetch failed).' })).toBe(
      'Le serveur de Verbatim est injoignable (fetch failed).',
    );
  });
});

describe('a REFI-QDA import’s report, in French', () => {
  it('translates what was left out and the notes, with the phrases the code chose', () => {
    expect(describeNoteInFrench('is a video source: Verbatim imports text sources only (its 3 selections and their codings were left out too).')).toBe(
      'est une source vidéo : Verbatim n’importe que des sources texte (ses 3 sélections et leurs codages ont aussi été laissés de côté).',
    );
    expect(describeNoteInFrench('is a PDF source: Verbatim imports text sources only.')).toBe('est une source PDF : Verbatim n’importe que des sources texte.');
    expect(describeNoteInFrench('The case “P01” was imported as “P01 (2)” (the name was already taken).')).toBe(
      '« P01 » (participant) a été importé sous le nom « P01 (2) » (le nom était déjà pris).',
    );
    expect(describeNoteInFrench('Selection positions were read as Unicode code points (the REFI-QDA standard): that reading matched the texts best.')).toBe(
      'Les positions des sélections ont été lues en points de code Unicode (la norme REFI-QDA) : c’est la lecture qui correspondait le mieux aux textes.',
    );
    expect(describeNoteInFrench('“12 ans” is not a number')).toBe('« 12 ans » n’est pas un nombre');
    expect(describeNoteInEnglish('12 graphs (network views) were not imported.')).toBe('12 graphs (network views) were not imported.');
  });
});

describe('the errors a real import gives, in French', () => {
  it('translates each refused file wholly, phrases included', async () => {
    const core = await createTestCore();
    const workbook = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') });
    const paths = [
      core.file('budget.docx', workbook),
      core.file('renamed.odt', docx),
      core.file('broken.docx', strToU8('this is not a zip at all')),
      core.file('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])),
      core.file('recording.mp3', new Uint8Array([1, 2, 3])),
      core.file('no-extension', 'Hello'),
      core.file('slides.key', 'Hello'),
      core.file('old.doc', 'Hello'),
      core.file('empty.txt', '\n\n  \n'),
      core.file('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2])),
      core.file('captions.vtt', 'Not a caption file'),
      core.file('captions.srt', 'Not a caption file either'),
      core.file('nothing.md', ''),
    ];
    const report = await core.call('documents:import', { paths });
    expect(report.errors.length).toBe(paths.length);
    for (const error of report.errors) {
      const translated = translateMessageDetailed(compileCatalogue(frCoreMessages), error.message);
      expect(translated, `no translation for: ${error.message}`).not.toBeNull();
      expect(translated!.untranslatedPhrases, `left in English in: ${translated!.text}`).toEqual([]);
    }
    const french = report.errors.map((e) => describeErrorInFrench({ code: e.code as 'BAD_FILE', message: e.message }));
    expect(french.find((m) => m.startsWith('« budget.docx »'))).toBe(
      '« budget.docx » n’est pas un document Word : il ressemble à un classeur Excel renommé en .docx.',
    );
    expect(french.find((m) => m.startsWith('« photo.png »'))).toMatch(/^« photo\.png » est une image, pas un texte\. Verbatim importe les fichiers (?:\.\w+, )+\.\w+ et \.\w+\.$/);
  });

  it('translates participants-table errors and attribute values', async () => {
    const core = await createTestCore();
    const attribute = await core.call('attributes:create', { name: 'Âge', type: 'number' });
    const participant = await core.call('cases:create', { name: 'P01' });
    const error = await core.call('cases:setValue', { caseId: participant.id, attributeId: attribute.id, value: 'quarante' }).catch((e: unknown) => e);
    const message = (error as { message: string }).message;
    expect(describeErrorInFrench({ code: 'INVALID_INPUT', message })).toBe('« quarante » n’est pas un nombre enregistrable tel quel (« Âge » est de type nombre)');
    expect(PHRASE_HOLES.has('reason')).toBe(true);

    const table = core.file('participants.csv', 'Identifiant;Âge\nP02;trente\n;40\nP03;31\np03;32\n');
    const report = await core.call('cases:import', { path: table });
    expect(report.warnings.length).toBe(3);
    expect(report.warnings.map(describeNoteInFrench)).toEqual([
      'Ligne 3 : aucun identifiant dans « Identifiant » ; ligne ignorée.',
      '« p03 » apparaît deux fois (lignes 4 et 5) : la ligne 5 a été retenue.',
      'Ligne 2, « Âge » : « trente » n’est pas un nombre enregistrable tel quel (type attendu : nombre) ; laissé vide.',
    ]);
    expect(report.warnings.map(describeNoteInEnglish)).toEqual(report.warnings);
  });
});

describe('the errors of a project file, its lock and a participants table, in French', () => {
  const catalogue = compileCatalogue(frCoreMessages);
  /** The French of a real error, which must leave none of the code's phrases in English. */
  const wholeFrench = (error: unknown): string => {
    const { code, message } = error as { code: string; message: string };
    const translated = translateMessageDetailed(catalogue, message);
    expect(translated, `no translation for: ${message}`).not.toBeNull();
    expect(translated!.untranslatedPhrases, `left in English in: ${translated!.text}`).toEqual([]);
    return describeErrorInFrench({ code: code as 'BAD_FILE', message });
  };

  it('says why a damaged project cannot be opened, and which backup can be restored', async () => {
    const core = await createTestCore();
    await core.close();
    await core.call('project:open', { path: core.projectPath }); // an opening takes a backup
    await core.close();
    writeFileSync(core.projectPath, 'not a project any more');
    const error = await core.call('project:open', { path: core.projectPath }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROJECT_CORRUPT' });
    expect(wholeFrench(error)).toMatch(
      new RegExp(
        `^${escape(core.projectPath)} était un projet Verbatim mais ne peut plus être lu \\(${escape(core.projectPath)} n’est pas un projet Verbatim \\(ce n’est pas une base de données\\)\\)\\. ` +
          'Une sauvegarde du \\S+ peut être restaurée \\(verbatim restore, ou Restaurer dans l’application\\)\\.$',
        'u',
      ),
    );
  });

  it('says who holds the lock of a project open elsewhere', async () => {
    const core = await createTestCore();
    const error = (() => {
      try {
        acquireLock(core.projectPath);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toMatchObject({ code: 'PROJECT_LOCKED' });
    expect(wholeFrench(error)).toBe(
      `Ce projet est déjà ouvert dans un autre Verbatim (le processus ${process.pid} sur cet ordinateur, depuis ${(error as { details: { startedAt: string } }).details.startedAt}). ` +
        `Fermez-le d’abord là-bas. (fichier de verrou : ${core.projectPath}.lock)`,
    );
  });

  it('says what happened to the open project’s file', async () => {
    const core = await createTestCore();
    await core.session.current()!.ready;
    rmSync(core.projectPath);
    const error = await core.call('codes:create', { name: 'Après', parentId: null }).catch((e: unknown) => e);
    expect(wholeFrench(error)).toBe(
      `Le fichier projet ${core.projectPath} a été déplacé, renommé ou supprimé pendant qu’il était ouvert : cette modification n’a pas été enregistrée. ` +
        'Enregistrez une copie du projet ouvert (Enregistrer une copie sous…), puis travaillez dans la copie.',
    );
  });

  it('says where a table’s quote is left open, and which columns share a name', async () => {
    const core = await createTestCore();
    const broken = core.file('quotes.csv', 'Identifiant;Âge\nP01;"30\nP02;31\n');
    const error = await core.call('cases:import', { path: broken }).catch((e: unknown) => e);
    expect(wholeFrench(error)).toBe(
      '« quotes.csv » ne peut pas être lu comme un tableau : un guillemet (") ouvert à la ligne 2 n’est jamais fermé, si bien que les lignes suivantes se confondraient. ' +
        'Fermez ou supprimez ce guillemet, puis importez le fichier de nouveau.',
    );
    const twice = core.file('twice.csv', 'Identifiant;Âge;Âge\nP01;30;31\n');
    const report = await core.call('cases:import', { path: twice });
    expect(report.warnings.map(describeNoteInFrench)).toEqual([
      'Les colonnes 2 et 3 s’appellent toutes deux « Âge » : la colonne 3 a été importée sous le nom « Âge (2) ».',
    ]);
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
