import { describe, expect, it } from 'vitest';
import { generateInterviews } from './generate-interviews';
import { labelledInterviews } from './labelled-interviews';
import { measure } from './measure-detection';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('detection quality on labelled interviews', () => {
  it('finds nearly every identifier of the hand-written interviews, with few false alarms', () => {
    const r = measure(labelledInterviews);
    console.log(`hand-written (4 interviews, FR+EN): precision ${percent(r.precision)}, recall ${percent(r.recall)} over ${r.gold} labelled occurrences, ${r.predicted} predicted; missed: ${r.missed.join(', ') || 'none'}; false alarms: ${r.wrong.join(', ') || 'none'}`);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds nearly every identifier of generated interviews', () => {
    const r = measure(generateInterviews({ count: 12, words: 1500 }));
    console.log(`generated (12 × 1,500 words): precision ${percent(r.precision)}, recall ${percent(r.recall)} over ${r.gold} labelled occurrences, ${r.predicted} predicted; missed: ${[...new Set(r.missed)].slice(0, 10).join(', ') || 'none'}; false alarms: ${r.wrong.slice(0, 10).join(', ') || 'none'}`);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });
});
