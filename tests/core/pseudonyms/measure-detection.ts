/** Detection's precision and recall on labelled interviews (used by the test and the benchmark). */
import type { PseudonymCategory } from '../../../shared/contract';
import { runDetection } from '../../../electron/core/pseudonyms/detect/run-detection';
import type { DetectionInput } from '../../../electron/core/pseudonyms/detect/types';
import { createMatcher } from '../../../electron/core/pseudonyms/matcher';
import type { LabelledInterview } from './labelled-interviews';

/** The interviews as detection sees them after import: speaker turns from `Label : ` lines, linked cases. */
export function detectionInput(interviews: readonly LabelledInterview[]): DetectionInput {
  return {
    documents: interviews.map((d, i) => {
      const turns: DetectionInput['documents'][number]['turns'] = [];
      let at = 0;
      for (const line of d.text.split('\n')) {
        const label = /^([^:\n]{1,40}?) ?: /u.exec(line);
        turns.push({ start: at, labelEnd: at + (label ? label[0].length : 0), speaker: label ? label[1]! : null });
        at += line.length + 1;
      }
      return { id: i + 1, name: d.name, text: d.text, caseId: i + 1, turns };
    }),
    cases: interviews.map((d, i) => ({ id: i + 1, name: d.caseName })),
    speakerCases: [],
    identifyingValues: [],
    wordLists: [],
  };
}

/** A participant is a person the table names after their case: either category is right for the other. */
const sameKind = (a: PseudonymCategory, b: PseudonymCategory) => a === b || ((a === 'person' || a === 'participant') && (b === 'person' || b === 'participant'));

export type CategoryFigures = { gold: number; found: number; predicted: number; correct: number; precision: number; recall: number };

/**
 * Occurrence-level figures: every suggestion accepted as is (its text and variants), then each
 * match in the texts is a prediction. Recall: labelled identifiers fully covered by a prediction.
 * Precision: predictions that overlap a labelled identifier. Per category, a prediction counts only
 * with the right category (a city suggested as a person is a miss for places and a false alarm for
 * persons; a town inside a longer organisation name that hides it is found).
 */
export function measure(interviews: readonly LabelledInterview[]) {
  const detections = runDetection(detectionInput(interviews));
  const matcher = createMatcher(detections.flatMap((d, i) => [d.text, ...d.variants].map((text) => ({ entryId: i, text, wholeName: d.matching === 'whole-name' }))));
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  const missed: string[] = [];
  const wrong = new Set<string>();
  const byCategory = new Map<PseudonymCategory, CategoryFigures>();
  const figures = (c: PseudonymCategory) => {
    let f = byCategory.get(c);
    if (!f) byCategory.set(c, (f = { gold: 0, found: 0, predicted: 0, correct: 0, precision: 1, recall: 1 }));
    return f;
  };
  for (const d of interviews) {
    const matches = matcher.find(d.text);
    predicted += matches.length;
    for (const m of matches) {
      const category = detections[m.entryId]!.category;
      const overlapping = d.spans.filter((s) => m.start < s.end && s.start < m.end);
      const f = figures(category);
      f.predicted++;
      if (overlapping.some((s) => sameKind(s.category, category))) f.correct++;
      else wrong.add(`${category}:${d.text.slice(m.start, m.end)}`);
      if (overlapping.length > 0) correct++;
    }
    for (const s of d.spans) {
      gold++;
      const f = figures(s.category);
      f.gold++;
      const covering = matches.filter((m) => m.start <= s.start && m.end >= s.end);
      if (covering.length > 0) found++;
      // The right category, or a longer name that contains it (`Saint-Éloi de Montpellier` hides the town).
      if (covering.some((m) => sameKind(s.category, detections[m.entryId]!.category) || m.end - m.start > s.end - s.start)) f.found++;
      else missed.push(`${s.category}:${s.text}`);
    }
  }
  for (const f of byCategory.values()) {
    f.precision = f.predicted === 0 ? 1 : f.correct / f.predicted;
    f.recall = f.gold === 0 ? 1 : f.found / f.gold;
  }
  return { precision: correct / predicted, recall: found / gold, gold, predicted, suggestions: detections.length, missed, wrong: [...wrong], byCategory };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** One line per category: `person: P 97.0 %, R 100.0 % (33 labelled, 34 predicted)`. */
export function formatByCategory(byCategory: ReadonlyMap<PseudonymCategory, CategoryFigures>): string {
  return [...byCategory]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, f]) => `  ${c}: precision ${percent(f.precision)}, recall ${percent(f.recall)} (${f.gold} labelled, ${f.predicted} predicted)`)
    .join('\n');
}
