import type { Attribute, Case } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { DocumentRepo } from '../documents/document-repo';
import { nameKey } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { normalizeValue } from './attribute-values';
import { matchCase } from './auto-link';
import { createCaseRepo, type CaseRepo } from './case-repo';
import { importCases } from './import-cases';

type CaseHandlers = Pick<
  ProjectHandlers,
  | 'cases:list'
  | 'cases:create'
  | 'cases:update'
  | 'cases:delete'
  | 'cases:setValue'
  | 'cases:import'
  | 'cases:autoLink'
  | 'attributes:list'
  | 'attributes:create'
  | 'attributes:update'
  | 'attributes:delete'
  | 'documents:setCase'
>;

export function mustGetCase(repo: CaseRepo, id: number): Case {
  const c = repo.get(id);
  if (!c) throw new AppError('NOT_FOUND', `No participant with id ${id}`);
  return c;
}

function mustGetAttribute(repo: CaseRepo, id: number): Attribute {
  const a = repo.attribute(id);
  if (!a) throw new AppError('NOT_FOUND', `No attribute with id ${id}`);
  return a;
}

function assertFreeCaseName(repo: CaseRepo, name: string, except?: number) {
  const clash = repo.names().find((c) => c.id !== except && nameKey(c.name) === nameKey(name));
  if (clash) throw new AppError('CONFLICT', `A participant named “${clash.name}” already exists`, { id: clash.id });
}

function assertFreeAttributeName(repo: CaseRepo, name: string, except?: number) {
  const clash = repo.attributes().find((a) => a.id !== except && nameKey(a.name) === nameKey(name));
  if (clash) throw new AppError('CONFLICT', `An attribute named “${clash.name}” already exists`, { id: clash.id });
}

export function createCaseHandlers(ctx: ProjectContext, documents: DocumentRepo): CaseHandlers & { repo: CaseRepo } {
  const repo = createCaseRepo(ctx.db);
  return {
    repo,
    'cases:list': () => repo.list(),
    'cases:create': ({ name, description }) => {
      assertFreeCaseName(repo, name);
      const id = ctx.journal.run({ action: 'cases:create', subject: name }, () =>
        repo.insert({ guid: ctx.newGuid(), name, description: description ?? '', createdAt: ctx.now().toISOString() }),
      );
      return mustGetCase(repo, id);
    },
    'cases:update': ({ id, name, description }) => {
      const current = mustGetCase(repo, id);
      if (name !== undefined) assertFreeCaseName(repo, name, id);
      ctx.journal.run({ action: 'cases:update', subject: name ?? current.name }, () =>
        repo.update({ id, name: name ?? current.name, description: description ?? current.description }),
      );
      return mustGetCase(repo, id);
    },
    'cases:delete': async ({ id }) => {
      const current = mustGetCase(repo, id);
      await ctx.backups.take('before-delete');
      ctx.journal.run({ action: 'cases:delete', subject: current.name }, () => repo.remove(id));
      return { ok: true };
    },
    'cases:setValue': ({ caseId, attributeId, value }) => {
      const c = mustGetCase(repo, caseId);
      const attribute = mustGetAttribute(repo, attributeId);
      const normalized = normalizeValue(attribute.type, value);
      if (!normalized.ok) throw new AppError('INVALID_INPUT', `${normalized.reason} (“${attribute.name}” holds a ${attribute.type})`);
      ctx.journal.run({ action: 'cases:setValue', subject: `${c.name} · ${attribute.name}` }, () =>
        repo.setValue(caseId, attributeId, normalized.value),
      );
      return mustGetCase(repo, caseId);
    },
    'cases:import': ({ path, idColumn }) => importCases(ctx, repo, path, idColumn),
    'cases:autoLink': () => {
      const cases = repo.names();
      const report = { linked: [] as { document: string; case: string }[], ambiguous: [] as { document: string; candidates: string[] }[], unmatched: [] as string[] };
      const links: { documentId: number; caseId: number }[] = [];
      for (const doc of documents.list()) {
        if (doc.caseId !== null) continue;
        const decision = matchCase(doc.name, cases);
        if (decision.kind === 'linked') {
          links.push({ documentId: doc.id, caseId: decision.case.id });
          report.linked.push({ document: doc.name, case: decision.case.name });
        } else if (decision.kind === 'ambiguous') {
          report.ambiguous.push({ document: doc.name, candidates: decision.candidates.map((c) => c.name) });
          report.unmatched.push(doc.name);
        } else {
          report.unmatched.push(doc.name);
        }
      }
      if (links.length > 0) {
        ctx.journal.run({ action: 'cases:autoLink', subject: String(links.length) }, () => {
          for (const l of links) documents.setCase(l.documentId, l.caseId);
        });
      }
      return report;
    },
    'attributes:list': () => repo.attributes(),
    'attributes:create': ({ name, type }) => {
      assertFreeAttributeName(repo, name);
      const id = ctx.journal.run({ action: 'attributes:create', subject: name }, () =>
        repo.insertAttribute({ guid: ctx.newGuid(), name, type, isIdentifying: false }),
      );
      return mustGetAttribute(repo, id);
    },
    'attributes:update': ({ id, name, type, isIdentifying }) => {
      const current = mustGetAttribute(repo, id);
      if (name !== undefined) assertFreeAttributeName(repo, name, id);
      const nextType = type ?? current.type;
      // Retyping converts every stored value, or refuses with the ones that do not fit.
      const converted = repo.attributeValues(id).map((v) => ({ ...v, normalized: normalizeValue(nextType, v.value) }));
      const misfits = converted.filter((v) => !v.normalized.ok).map((v) => v.value);
      if (misfits.length > 0) {
        throw new AppError('CONFLICT', `Some values are not a ${nextType}: ${misfits.slice(0, 5).map((v) => `“${v}”`).join(', ')}${misfits.length > 5 ? '…' : ''}`, { values: misfits });
      }
      ctx.journal.run({ action: 'attributes:update', subject: name ?? current.name }, () => {
        repo.updateAttribute({ id, name: name ?? current.name, type: nextType, isIdentifying: isIdentifying ?? current.isIdentifying });
        for (const v of converted) if (v.normalized.ok && v.normalized.value !== null && v.normalized.value !== v.value) repo.setValueById(v.id, v.normalized.value);
      });
      return mustGetAttribute(repo, id);
    },
    'attributes:delete': ({ id }) => {
      const current = mustGetAttribute(repo, id);
      ctx.journal.run({ action: 'attributes:delete', subject: current.name }, () => repo.removeAttribute(id));
      return { ok: true };
    },
    'documents:setCase': ({ documentId, caseId }) => {
      const doc = documents.get(documentId);
      if (!doc) throw new AppError('NOT_FOUND', `No document with id ${documentId}`);
      const c = caseId === null ? null : mustGetCase(repo, caseId);
      if (doc.caseId !== caseId) {
        ctx.journal.run({ action: 'documents:setCase', subject: c ? `${doc.name} → ${c.name}` : doc.name }, () => documents.setCase(documentId, caseId));
      }
      return documents.get(documentId)!;
    },
  };
}
