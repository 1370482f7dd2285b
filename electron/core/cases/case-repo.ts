import type { Database } from 'better-sqlite3';
import type { Attribute, AttributeType, Case } from '../../../shared/contract';

type CaseRow = { id: number; guid: string; name: string; description: string };
type AttributeRow = { id: number; guid: string; name: string; type: AttributeType; position: number; is_identifying: number };

export function createCaseRepo(db: Database) {
  const cases = db.prepare<[], CaseRow>(`SELECT id, guid, name, description FROM cases ORDER BY name COLLATE NOCASE, id`);
  const caseById = db.prepare<[number], CaseRow>(`SELECT id, guid, name, description FROM cases WHERE id = ?`);
  const values = db.prepare<[], { case_id: number; attribute_id: number; value: string }>(`SELECT case_id, attribute_id, value FROM case_values`);
  const valuesOf = db.prepare<[number], { attribute_id: number; value: string }>(`SELECT attribute_id, value FROM case_values WHERE case_id = ?`);
  const documents = db.prepare<[], { id: number; case_id: number }>(`SELECT id, case_id FROM documents WHERE case_id IS NOT NULL ORDER BY name COLLATE NOCASE`);
  const documentsOf = db.prepare<[number], { id: number }>(`SELECT id FROM documents WHERE case_id = ? ORDER BY name COLLATE NOCASE`);
  const speakers = db.prepare<[], { case_id: number; document_id: number; speaker: string }>(`SELECT case_id, document_id, speaker FROM speaker_cases ORDER BY document_id, speaker`);
  const speakersOf = db.prepare<[number], { document_id: number; speaker: string }>(`SELECT document_id, speaker FROM speaker_cases WHERE case_id = ? ORDER BY document_id, speaker`);
  const attributes = db.prepare<[], AttributeRow>(`SELECT id, guid, name, type, position, is_identifying FROM attributes ORDER BY position, id`);
  const attributeById = db.prepare<[number], AttributeRow>(`SELECT id, guid, name, type, position, is_identifying FROM attributes WHERE id = ?`);
  const distinctValues = db.prepare<[number], { value: string }>(`SELECT DISTINCT value FROM case_values WHERE attribute_id = ? ORDER BY value`);
  const attributeValues = db.prepare<[number], { id: number; value: string }>(`SELECT id, value FROM case_values WHERE attribute_id = ?`);

  const insertCase = db.prepare(`INSERT INTO cases (guid, name, description, created_at) VALUES (@guid, @name, @description, @createdAt)`);
  const updateCase = db.prepare(`UPDATE cases SET name = @name, description = @description WHERE id = @id`);
  const deleteCase = db.prepare(`DELETE FROM cases WHERE id = ?`);
  const upsertValue = db.prepare(
    `INSERT INTO case_values (case_id, attribute_id, value) VALUES (@caseId, @attributeId, @value)
     ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
  );
  const deleteValue = db.prepare(`DELETE FROM case_values WHERE case_id = ? AND attribute_id = ?`);
  const setValueById = db.prepare(`UPDATE case_values SET value = ? WHERE id = ?`);
  const insertAttribute = db.prepare(
    `INSERT INTO attributes (guid, name, type, position, is_identifying)
     VALUES (@guid, @name, @type, (SELECT coalesce(max(position) + 1, 0) FROM attributes), @isIdentifying)`,
  );
  const updateAttribute = db.prepare(`UPDATE attributes SET name = @name, type = @type, is_identifying = @isIdentifying WHERE id = @id`);
  const deleteAttribute = db.prepare(`DELETE FROM attributes WHERE id = ?`);

  const toCase = (
    row: CaseRow,
    vals: { attribute_id: number; value: string }[],
    docIds: number[],
    spk: { document_id: number; speaker: string }[],
  ): Case => ({
    id: row.id,
    guid: row.guid,
    name: row.name,
    description: row.description,
    values: Object.fromEntries(vals.map((v) => [String(v.attribute_id), v.value])),
    documentIds: docIds,
    speakers: spk.map((s) => ({ documentId: s.document_id, speaker: s.speaker })),
  });

  const group = <T extends { case_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.case_id, [...(map.get(r.case_id) ?? []), r]);
    return map;
  };

  return {
    list(): Case[] {
      const vals = group(values.all());
      const docs = group(documents.all());
      const spk = group(speakers.all());
      return cases.all().map((c) => toCase(c, vals.get(c.id) ?? [], (docs.get(c.id) ?? []).map((d) => d.id), spk.get(c.id) ?? []));
    },
    get(id: number): Case | undefined {
      const row = caseById.get(id);
      return row && toCase(row, valuesOf.all(id), documentsOf.all(id).map((d) => d.id), speakersOf.all(id));
    },
    names: (): { id: number; name: string }[] => cases.all().map((c) => ({ id: c.id, name: c.name })),
    insert: (c: { guid: string; name: string; description: string; createdAt: string }) => Number(insertCase.run(c).lastInsertRowid),
    update: (c: { id: number; name: string; description: string }) => updateCase.run(c),
    remove: (id: number) => deleteCase.run(id),
    setValue(caseId: number, attributeId: number, value: string | null) {
      if (value === null) deleteValue.run(caseId, attributeId);
      else upsertValue.run({ caseId, attributeId, value });
    },
    attributes(): Attribute[] {
      return attributes.all().map((a) => ({
        id: a.id,
        guid: a.guid,
        name: a.name,
        type: a.type,
        position: a.position,
        isIdentifying: a.is_identifying === 1,
        values: distinctValues.all(a.id).map((v) => v.value),
      }));
    },
    attribute(id: number): Attribute | undefined {
      const a = attributeById.get(id);
      return a && { id: a.id, guid: a.guid, name: a.name, type: a.type, position: a.position, isIdentifying: a.is_identifying === 1, values: distinctValues.all(a.id).map((v) => v.value) };
    },
    attributeValues: (id: number) => attributeValues.all(id),
    setValueById: (id: number, value: string) => setValueById.run(value, id),
    insertAttribute: (a: { guid: string; name: string; type: AttributeType; isIdentifying: boolean }) =>
      Number(insertAttribute.run({ ...a, isIdentifying: a.isIdentifying ? 1 : 0 }).lastInsertRowid),
    updateAttribute: (a: { id: number; name: string; type: AttributeType; isIdentifying: boolean }) =>
      updateAttribute.run({ ...a, isIdentifying: a.isIdentifying ? 1 : 0 }),
    removeAttribute: (id: number) => deleteAttribute.run(id),
  };
}
export type CaseRepo = ReturnType<typeof createCaseRepo>;
