/** Detection's precision and recall on labelled interviews (used by the test and the benchmark). */
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

/**
 * Occurrence-level figures: every suggestion accepted as is (its text and variants), then each
 * match in the texts is a prediction. Recall: labelled identifiers fully covered by a prediction.
 * Precision: predictions that overlap a labelled identifier.
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
  for (const d of interviews) {
    const matches = matcher.find(d.text);
    predicted += matches.length;
    for (const m of matches) {
      if (d.spans.some((s) => m.start < s.end && s.start < m.end)) correct++;
      else wrong.add(d.text.slice(m.start, m.end));
    }
    for (const s of d.spans) {
      gold++;
      if (matches.some((m) => m.start <= s.start && m.end >= s.end)) found++;
      else missed.push(`${s.category}:${s.text}`);
    }
  }
  return { precision: correct / predicted, recall: found / gold, gold, predicted, suggestions: detections.length, missed, wrong: [...wrong] };
}
