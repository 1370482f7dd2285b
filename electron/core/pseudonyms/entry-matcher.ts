import { createMatcher, type Matcher } from './matcher';
import type { PseudonymEntry } from './pseudonym-repo';

/**
 * The matcher of a pseudonym table: each entry's original and variants, `whole-name` entries only
 * where written with a capital. The same matcher replaces (anonymization), highlights (the
 * transcript view) and checks (the leak check), so that what is replaced is what is checked.
 */
export function entryMatcher(entries: readonly PseudonymEntry[], { enabledOnly }: { enabledOnly: boolean }): Matcher {
  const forms = [];
  for (const e of entries) {
    if (enabledOnly && !e.enabled) continue;
    const wholeName = e.matching === 'whole-name';
    forms.push({ entryId: e.id, text: e.original, wholeName });
    for (const v of e.variants) forms.push({ entryId: e.id, text: v, wholeName });
  }
  return createMatcher(forms);
}
