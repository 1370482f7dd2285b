/**
 * How turns look in the transcript: each speaker label in its speaker's colour (the interviewer's in
 * a neutral tone), the turn's start time in the left margin, and — where a speaker was renamed or
 * merged after import — the current name in place of the label as written (the text is unchanged).
 */
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import type { Turn } from '../../../shared/contract';
import { formatTimestamp } from '../../../shared/time-format';
import { speakerTones, toneClass, type SpeakerTone } from '../speakers';

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[\s\p{P}]+/gu, '');

/** The label as written splits into the name and what follows it (` : `, `: `, `. `). */
function splitLabel(label: string): { name: string; separator: string } {
  const m = /^(.*?)(\s*[:：.\-–—]?\s*)$/su.exec(label);
  return { name: m?.[1] ?? label, separator: m?.[2] ?? '' };
}

class SpeakerWidget extends WidgetType {
  constructor(
    readonly text: string,
    readonly className: string,
    readonly title: string,
  ) {
    super();
  }
  override eq(other: SpeakerWidget): boolean {
    return other.text === this.text && other.className === this.className && other.title === this.title;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = this.className;
    el.textContent = this.text;
    el.title = this.title;
    return el;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

export type TurnDecorationOptions = {
  text: string;
  turns: readonly Turn[];
  /** The tooltip of a renamed speaker's label: how it is written in the text. */
  writtenAs: (label: string) => string;
};

/** The tones of a document's speakers (by order of first appearance), shared with the speakers list. */
export const tonesOf = (turns: readonly Turn[]): Map<string, SpeakerTone> => speakerTones(turns.map((t) => t.speaker));

export function buildTurnDecorations({ text, turns, writtenAs }: TurnDecorationOptions): { lines: DecorationSet; labels: DecorationSet; hasTimes: boolean } {
  const length = text.length;
  const tones = tonesOf(turns);
  const lines = new RangeSetBuilder<Decoration>();
  const labels = new RangeSetBuilder<Decoration>();
  let hasTimes = false;
  let lastLine = -1;
  const sorted = [...turns].sort((a, b) => a.start - b.start);
  for (const t of sorted) {
    if (t.start >= length || t.start < lastLine) continue;
    const tone = t.speaker === null ? undefined : tones.get(t.speaker);
    const classes = ['cm-turn'];
    if (tone === 'interviewer') classes.push('cm-turn-interviewer');
    const attributes: Record<string, string> = {};
    if (t.tStartMs !== null) {
      attributes['data-time'] = formatTimestamp(t.tStartMs);
      hasTimes = true;
    }
    // A turn is a paragraph: its first line carries the turn's look.
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (lineStart > lastLine) {
      lines.add(lineStart, lineStart, Decoration.line({ class: classes.join(' '), attributes }));
      lastLine = lineStart;
    }
    if (t.labelEnd > t.start && t.speaker !== null) {
      const end = Math.min(t.labelEnd, length);
      const written = text.slice(t.start, end);
      const { name, separator } = splitLabel(written);
      const className = `cm-speaker ${toneClass(tone)}`;
      if (fold(name) === fold(t.speaker)) {
        labels.add(t.start, end, Decoration.mark({ class: className }));
      } else {
        labels.add(
          t.start,
          end,
          Decoration.replace({ widget: new SpeakerWidget(`${t.speaker}${separator || ' : '}`, `${className} cm-speaker-renamed`, writtenAs(name.trim())) }),
        );
      }
    }
  }
  return { lines: lines.finish(), labels: labels.finish(), hasTimes };
}

/** The decorations as one extension (static: a new document or new turns build a new editor state). */
export function turnDecorations(options: TurnDecorationOptions): Extension {
  const { lines, labels, hasTimes } = buildTurnDecorations(options);
  return [
    EditorView.decorations.of(lines),
    EditorView.decorations.of(labels),
    EditorView.editorAttributes.of({ class: hasTimes ? 'has-times' : '' }),
  ];
}
