import type { AttributeType, CaseImportReport } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { nameKey } from '../documents/unique-name';
import type { ProjectContext } from '../project/context';
import { inferColumnType, isPersonNameHeader, normalizeValue, type DateOrder } from './attribute-values';
import type { CaseRepo } from './case-repo';
import { readParticipantTable } from './read-table';

/**
 * Imports participants from a table: one row per case, the identifier in `idColumn` (default: the
 * first column), the other columns as typed attributes (types inferred for new attributes, kept for
 * existing ones). A new column named like people's names (`Nom`, `Prénom`, `Full name`) is marked
 * identifying, so that anonymized exports replace its values. Existing cases are updated, new ones
 * created; the whole import is one undoable operation, and nothing is written when the file cannot be read.
 */
export async function importCases(ctx: ProjectContext, repo: CaseRepo, path: string, idColumn?: string): Promise<CaseImportReport> {
  const table = await readParticipantTable(path);
  const idIndex = idColumn === undefined ? 0 : table.header.findIndex((h) => nameKey(h) === nameKey(idColumn));
  if (idIndex < 0) {
    throw new AppError('INVALID_INPUT', `“${table.fileName}” has no column “${idColumn}” (columns: ${table.header.join(', ')})`);
  }
  const warnings: string[] = [...table.warnings];

  // One row per identifier; a repeated identifier keeps its last row, and says so.
  // Keyed by the identifier as compared (case-insensitive), so that a large table stays linear.
  const byKey = new Map<string, { id: string; row: string[]; line: number }>();
  table.rows.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const id = row[idIndex]!.trim();
    if (id === '') return warnings.push(`Line ${line}: no identifier in “${table.header[idIndex]}”; row skipped.`);
    const seen = byKey.get(nameKey(id));
    if (seen !== undefined) {
      warnings.push(`“${id}” appears twice (lines ${seen.line} and ${line}): line ${line} was used.`);
      byKey.delete(nameKey(id));
    }
    byKey.set(nameKey(id), { id, row, line });
  });
  const rowsById = new Map([...byKey.values()].map(({ id, row, line }) => [id, { row, line }]));

  const existingAttributes = repo.attributes();
  const columns = table.header
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => index !== idIndex)
    .map(({ name, index }) => {
      const existing = existingAttributes.find((a) => nameKey(a.name) === nameKey(name));
      const values = [...rowsById.values()].map(({ row }) => row[index]!);
      const inferred = inferColumnType(values, name);
      const type: AttributeType = existing?.type ?? inferred.type;
      // An existing date attribute reads this file's dates in the order this file writes them.
      const dateOrder: DateOrder = inferred.type === 'date' ? inferred.dateOrder : 'dmy';
      if (type === 'date' && inferred.type === 'date' && inferred.ambiguousDates) {
        warnings.push(`“${name}”: every date could be day/month or month/day; they were read day first (dd/mm/yyyy).`);
      } else if (type === 'date' && dateOrder === 'mdy') {
        warnings.push(`“${name}”: dates are written month first (mm/dd/yyyy), as in the US; they were read so.`);
      }
      return { name, index, existing, type, dateOrder, isIdentifying: isPersonNameHeader(name) };
    });

  const existingCases = new Map(repo.names().map((c) => [nameKey(c.name), c]));
  const created: string[] = [];
  const updated: string[] = [];
  ctx.journal.run({ action: 'cases:import', subject: table.fileName }, () => {
    const attributeIds = columns.map((c) =>
      c.existing ? c.existing.id : repo.insertAttribute({ guid: ctx.newGuid(), name: c.name, type: c.type, isIdentifying: c.isIdentifying }),
    );
    for (const [id, { row, line }] of rowsById) {
      const existing = existingCases.get(nameKey(id));
      const caseId = existing?.id ?? repo.insert({ guid: ctx.newGuid(), name: id, description: '', createdAt: ctx.now().toISOString() });
      (existing ? updated : created).push(existing?.name ?? id);
      columns.forEach((column, i) => {
        const normalized = normalizeValue(column.type, row[column.index]!, column.dateOrder);
        if (normalized.ok) repo.setValue(caseId, attributeIds[i]!, normalized.value);
        else warnings.push(`Line ${line}, “${column.name}”: ${normalized.reason} (expected a ${column.type}); ${existing ? 'left as it was' : 'left empty'}.`);
      });
    }
  });

  return {
    file: table.fileName,
    created,
    updated,
    attributes: columns.map((c) => ({ name: c.existing?.name ?? c.name, type: c.type, isNew: !c.existing })),
    warnings,
  };
}
