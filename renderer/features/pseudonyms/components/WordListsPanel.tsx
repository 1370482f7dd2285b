import { FileUp, Save } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { WordList, WordListCategory } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, useToasts } from '../../../ui';
import { useImportWordList, useSetWordList } from '../hooks/usePseudonyms';

function WordListEditor({ list }: { list: WordList }) {
  const t = useT();
  const l = t.pseudonyms.lists;
  const toasts = useToasts();
  const save = useSetWordList();
  const importList = useImportWordList();
  const saved = list.words.join('\n');
  const [text, setText] = useState(saved);
  // What the core holds wins once saved or imported (sorted, duplicates merged).
  useEffect(() => setText(saved), [saved]);
  const dirty = text.trim() !== saved.trim();
  const words = text.split('\n').filter((w) => w.trim() !== '');
  const id = `word-list-${list.category}`;
  return (
    <section className="word-list" data-testid={`word-list-${list.category}`}>
      <header className="word-list-header">
        <label htmlFor={id} className="word-list-title">
          {l.names[list.category]}
        </label>
        <span className="word-list-count">{l.count(words.length)}</span>
      </header>
      <textarea id={id} className="input pseudonym-textarea" rows={10} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} data-testid="word-list-text" />
      {importList.isError && (
        <p className="field-error" role="alert">
          {importList.error.message}
        </p>
      )}
      <div className="word-list-actions">
        <Button
          size="sm"
          icon={<FileUp size={14} aria-hidden="true" />}
          title={l.importHint}
          onClick={() => importList.mutate(list.category, { onSuccess: (x) => x > 0 && toasts.push('info', l.imported(x)) })}
          disabled={importList.isPending}
          data-testid="word-list-import"
        >
          {l.import}
        </Button>
        <Button size="sm" variant="primary" icon={<Save size={14} aria-hidden="true" />} disabled={!dirty || save.isPending} onClick={() => save.mutate({ category: list.category, words })} data-testid="word-list-save">
          {dirty ? l.save : l.saved}
        </Button>
      </div>
    </section>
  );
}

const ORDER: readonly WordListCategory[] = ['person', 'place', 'organisation'];

/** The user's lists of known persons, places and organisations, which detection looks for. */
export function WordListsPanel({ lists }: { lists: readonly WordList[] | undefined }) {
  const t = useT();
  return (
    <div className="word-lists-wrap">
      <p className="note">{t.pseudonyms.lists.intro}</p>
      <div className="word-lists">
        {ORDER.map((category) => {
          const list = lists?.find((x) => x.category === category) ?? { category, words: [] };
          return <WordListEditor key={category} list={list} />;
        })}
      </div>
    </div>
  );
}
