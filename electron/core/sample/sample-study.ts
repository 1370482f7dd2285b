import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findQuote } from '../coding/find-quote';
import type { Project } from '../project/project';
import { SAMPLE_CODES, SAMPLE_CODINGS, SAMPLE_INTERVIEWS, SAMPLE_PARTICIPANTS } from './sample-texts';

/** The sample study's file name in the app's data folder. */
export const SAMPLE_FILE_NAME = 'Étude exemple — gouvernance des données urbaines.verbatim';

/**
 * Fills a new project with the sample study through the same handlers a user's actions go through
 * (import from real files, codes, codings, participants), so the sample always matches what the app
 * really does — and the analysis and synthesis views have actor groups to compare from the start.
 */
export async function writeSampleStudy(project: Project): Promise<void> {
  const h = project.handlers;
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-sample-'));
  try {
    const paths = SAMPLE_INTERVIEWS.map(({ file, text }) => {
      const path = join(dir, file);
      writeFileSync(path, text, 'utf8');
      return path;
    });
    const report = await h['documents:import']({ paths });
    if (report.errors.length > 0) throw new Error(`Sample import failed: ${JSON.stringify(report.errors)}`);
    const docByFile = new Map(report.imported.map((d) => [d.importedFrom ?? '', d]));

    const codeIds = new Map<string, number>();
    for (const theme of SAMPLE_CODES) {
      const parent = await h['codes:create']({ name: theme.name, parentId: null, description: theme.description });
      codeIds.set(theme.name, parent.id);
      for (const child of theme.children) {
        const code = await h['codes:create']({ name: child.name, parentId: parent.id, description: child.description });
        codeIds.set(child.name, code.id);
      }
    }

    for (const [file, codeName, quote] of SAMPLE_CODINGS) {
      const doc = docByFile.get(file);
      const codeId = codeIds.get(codeName);
      if (!doc || !codeId) throw new Error(`Sample coding refers to ${file} / ${codeName}`);
      const text = (await h['documents:get']({ id: doc.id })).text;
      const range = findQuote(text, quote);
      if (!range) throw new Error(`Sample quote not found in ${file}: ${quote}`);
      await h['codings:apply']({ documentId: doc.id, codeId, ...range });
    }
    const actorType = await h['attributes:create']({ name: 'Type d’acteur', type: 'category' });
    const organisation = await h['attributes:create']({ name: 'Organisation', type: 'text' });
    const interviewDate = await h['attributes:create']({ name: 'Date de l’entretien', type: 'date' });
    const realName = await h['attributes:create']({ name: 'Nom', type: 'text' });
    await h['attributes:update']({ id: realName.id, isIdentifying: true });
    for (const p of SAMPLE_PARTICIPANTS) {
      const doc = docByFile.get(p.file);
      if (!doc) throw new Error(`Sample participant refers to ${p.file}`);
      const person = await h['cases:create']({ name: p.id });
      const values: [number, string][] = [
        [actorType.id, p.actorType],
        [organisation.id, p.organisation],
        [interviewDate.id, p.interviewDate],
        [realName.id, p.speaker],
      ];
      for (const [attributeId, value] of values) await h['cases:setValue']({ caseId: person.id, attributeId, value });
      await h['documents:setCase']({ documentId: doc.id, caseId: person.id });
      await h['speakers:link']({ documentId: doc.id, speaker: p.speaker, caseId: person.id });
    }
    // Theme sheets and the report group participants by actor type.
    await h['report:setSettings']({ groupAttributeId: actorType.id });
    // A newcomer's first Ctrl+Z must not unpick the sample itself.
    project.context.db.exec('DELETE FROM ops');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
