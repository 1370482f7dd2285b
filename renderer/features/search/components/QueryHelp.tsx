import type { SearchLanguage } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { useSearchLanguage } from '../hooks/useSearchLanguage';

const LANGUAGES: readonly SearchLanguage[] = ['fr', 'en', 'fr+en'];

/** The query syntax, with an example of each form, and the project's search language (shown on demand above the results). */
export function QueryHelp() {
  const t = useT();
  const h = t.search.help;
  const { language, setLanguage, isChanging } = useSearchLanguage();
  const rows = [h.words, h.phrase, h.exclude, h.prefix, h.fuzzy];
  return (
    <div className="search-help" data-testid="search-help">
      <h3 className="search-help-title">{h.title}</h3>
      <dl>
        {rows.map(([example, meaning]) => (
          <div key={example} className="search-help-row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-note">{h.accents}</p>
      {language && (
        <label className="search-help-language">
          <span>{h.language}</span>
          <select
            className="select select-sm"
            value={language}
            disabled={isChanging}
            onChange={(e) => setLanguage(e.target.value as SearchLanguage)}
            data-testid="search-language"
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {h.languages[l]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
