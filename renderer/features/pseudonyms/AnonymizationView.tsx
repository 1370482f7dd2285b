import { Ban, BookText, KeyRound, ListChecks, ScanSearch, Table2, UserRoundCog } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { QuoteRequest } from '../../../shared/quote-request';
import { useApi } from '../../api-context';
import { useT } from '../../i18n';
import { Button, Tabs, tabId, tabPanelId, Tooltip, useToasts } from '../../ui';
import { useAttributes } from '../cases';
import { IdentifyingAttributes } from './components/IdentifyingAttributes';
import { PseudonymTable } from './components/PseudonymTable';
import { RejectedPanel } from './components/RejectedPanel';
import { SuggestionsPanel } from './components/SuggestionsPanel';
import { WordListsPanel } from './components/WordListsPanel';
import { pseudonymKeys, usePseudonymList, useRejected, useSuggestions, useWordLists } from './hooks/usePseudonyms';

export type AnonymizationViewProps = { onOpenQuote: (quote: QuoteRequest) => void };

type Tab = 'suggestions' | 'table' | 'rejected' | 'lists' | 'attributes';

/**
 * The anonymization view: detection's suggestions to review, the pseudonym table, rejected
 * suggestions, word lists and identifying attributes, and the key exported apart.
 */
export function AnonymizationView({ onOpenQuote }: AnonymizationViewProps) {
  const t = useT();
  const p = t.pseudonyms;
  const { call, transport } = useApi();
  const toasts = useToasts();
  const client = useQueryClient();
  const [tab, setTab] = useState<Tab>('suggestions');
  // Detection reads every transcript: it runs when asked, and again on return to this view.
  const [started, setStarted] = useState(() => client.getQueryData(pseudonymKeys.suggestions) !== undefined);
  const suggestions = useSuggestions(started);
  const entries = usePseudonymList();
  const rejected = useRejected();
  const lists = useWordLists();
  const attributes = useAttributes();
  const [exporting, setExporting] = useState(false);

  const detect = () => {
    setTab('suggestions');
    if (started) void suggestions.refetch();
    else setStarted(true);
  };

  const exportKey = async () => {
    setExporting(true);
    try {
      // As every export: a save dialog where there is one (Electron); in browser mode the core
      // writes into the app's exports folder and the page downloads the file.
      const picked = await call('shell:pickExportPath', { defaultName: p.keyFileName, extension: 'csv' });
      if (picked.path === null && !transport.download) return;
      const written = await call('pseudonyms:exportKey', picked.path === null ? {} : { path: picked.path });
      if (picked.path === null && transport.download) {
        const delivered = await transport.download({ path: written.path, fileName: written.fileName });
        if (!delivered.ok) throw new Error(t.errors.describe(delivered.error));
        toasts.push('info', p.keyDownloaded(written.entries));
      } else toasts.push('info', p.keySaved(written.entries, written.path));
    } catch (e) {
      toasts.push('error', e instanceof Error && e.message ? e.message : p.keyFailed);
    } finally {
      setExporting(false);
    }
  };

  const list = entries.data ?? [];
  const enabled = list.filter((e) => e.enabled).length;
  const suggestionCount = suggestions.data?.suggestions.length;
  const count = (x: number | undefined) => (x === undefined ? '' : ` (${x})`);
  const tabs = [
    { id: 'suggestions' as const, label: `${p.tabs.suggestions}${count(suggestionCount)}`, icon: <ListChecks size={15} aria-hidden="true" />, testId: 'pseudonyms-tab-suggestions' },
    { id: 'table' as const, label: `${p.tabs.table}${count(entries.data?.length)}`, icon: <Table2 size={15} aria-hidden="true" />, testId: 'pseudonyms-tab-table' },
    { id: 'rejected' as const, label: `${p.tabs.rejected}${count(rejected.data?.length)}`, icon: <Ban size={15} aria-hidden="true" />, testId: 'pseudonyms-tab-rejected' },
    { id: 'lists' as const, label: p.tabs.lists, icon: <BookText size={15} aria-hidden="true" />, testId: 'pseudonyms-tab-lists' },
    { id: 'attributes' as const, label: p.tabs.attributes, icon: <UserRoundCog size={15} aria-hidden="true" />, testId: 'pseudonyms-tab-attributes' },
  ];

  return (
    <main className="anonymization" aria-label={p.title} data-testid="view-pseudonyms">
      <header className="anonymization-header">
        <div className="anonymization-heading">
          <h1 className="anonymization-title">{p.title}</h1>
          <p className="anonymization-intro">{p.intro}</p>
          {entries.data && (
            <p className="anonymization-summary" data-testid="pseudonyms-summary">
              {p.summary(list.length, enabled)}
            </p>
          )}
        </div>
        <div className="anonymization-actions">
          <Button
            variant={started ? 'secondary' : 'primary'}
            icon={<ScanSearch size={16} aria-hidden="true" />}
            onClick={detect}
            disabled={suggestions.isFetching}
            data-testid="detect-button"
          >
            {suggestions.isFetching ? p.detecting : started ? p.redetect : p.detect}
          </Button>
          <Tooltip label={p.exportKeyTitle} align="end">
            <Button icon={<KeyRound size={16} aria-hidden="true" />} onClick={() => void exportKey()} disabled={exporting || list.length === 0} data-testid="export-key">
              {p.exportKey}
            </Button>
          </Tooltip>
        </div>
      </header>
      <div className="anonymization-tabs">
        <Tabs items={tabs} value={tab} onChange={setTab} label={p.tabsLabel} idPrefix="pseudonyms" />
      </div>
      <div role="tabpanel" id={tabPanelId('pseudonyms', tab)} aria-labelledby={tabId('pseudonyms', tab)} className="anonymization-panel" data-testid={`pseudonyms-panel-${tab}`}>
        <div className="anonymization-panel-inner">
          {tab === 'suggestions' ? (
            <SuggestionsPanel
              started={started}
              suggestions={suggestions.data?.suggestions}
              isFetching={suggestions.isFetching}
              onDetect={detect}
              onOpenQuote={onOpenQuote}
            />
          ) : tab === 'table' ? (
            <PseudonymTable entries={entries.data} />
          ) : tab === 'rejected' ? (
            <RejectedPanel rejected={rejected.data} />
          ) : tab === 'lists' ? (
            <WordListsPanel lists={lists.data} />
          ) : (
            <IdentifyingAttributes attributes={attributes.data} />
          )}
        </div>
      </div>
    </main>
  );
}
