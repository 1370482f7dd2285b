import { Table2, Upload, UserPlus } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';

export type ParticipantsEmptyProps = { onImportTable: () => void; onAdd: () => void };

/** A newcomer sees what a participants table looks like, and the two ways to start one. */
export function ParticipantsEmpty({ onImportTable, onAdd }: ParticipantsEmptyProps) {
  const t = useT();
  const e = t.cases.empty;
  return (
    <div className="participants-empty" data-testid="participants-empty">
      <div className="empty-icon" aria-hidden="true">
        <Table2 size={26} />
      </div>
      <h2 className="empty-title">{e.title}</h2>
      <p className="participants-empty-body">{e.body}</p>
      <figure className="example-table">
        <figcaption className="note">{e.example}</figcaption>
        <table className="participants-table is-example" data-testid="participants-example">
          <thead>
            <tr>
              {e.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {e.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{e.note}</p>
      </figure>
      <div className="participants-empty-actions">
        <Button variant="primary" icon={<Upload size={15} aria-hidden="true" />} onClick={onImportTable} data-testid="participants-import">
          {e.importAction}
        </Button>
        <Button variant="ghost" icon={<UserPlus size={15} aria-hidden="true" />} onClick={onAdd} data-testid="participants-add-first">
          {e.addAction}
        </Button>
      </div>
    </div>
  );
}
