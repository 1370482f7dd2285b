import { memo } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { formatTimestamp } from '../../../../shared/time-format';
import { highlightSegments } from '../highlight';

export type SearchHitItemProps = {
  hit: SearchHit;
  isSelected: boolean;
  onToggle: (hit: SearchHit) => void;
  onOpen: (hit: SearchHit) => void;
};

/** One passage: a box to tick it for auto-coding, then who speaks, when, and the words in context. */
export const SearchHitItem = memo(function SearchHitItem({ hit, isSelected, onToggle, onOpen }: SearchHitItemProps) {
  const t = useT();
  return (
    <li className={isSelected ? 'search-hit is-selected' : 'search-hit'} data-testid="search-hit">
      <input
        type="checkbox"
        className="search-hit-check"
        checked={isSelected}
        onChange={() => onToggle(hit)}
        aria-label={t.search.selectHit}
        title={t.search.selectHit}
        data-testid="search-hit-check"
      />
      <button type="button" className="search-hit-open" onClick={() => onOpen(hit)} title={t.search.openHit(hit.document)} data-nav-item>
        <span className="search-hit-meta">
          <span className="search-hit-speaker">{hit.speaker ?? t.search.noSpeaker}</span>
          {hit.tStartMs !== null && <span className="search-hit-time">{formatTimestamp(hit.tStartMs)}</span>}
        </span>
        <span className="search-hit-snippet" data-testid="search-hit-snippet">
          {highlightSegments(hit.snippet, hit.highlights).map((s, i) => (s.isMatch ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
        </span>
      </button>
    </li>
  );
});
