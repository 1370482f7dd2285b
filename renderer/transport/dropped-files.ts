/**
 * Files dropped on the window, as the shell can stage them. Electron gives every dropped item a path
 * (folders included: the core walks them). A browser gives bytes only, so folders are walked here
 * with the File System entries API and only importable files are kept.
 */
import { importableInFolder } from './browser-shell';

type Entry = FileSystemEntry;

const isFile = (e: Entry): e is FileSystemFileEntry => e.isFile;
const isFolder = (e: Entry): e is FileSystemDirectoryEntry => e.isDirectory;

const fileOf = (entry: FileSystemFileEntry): Promise<File | null> =>
  new Promise((resolve) => entry.file(resolve, () => resolve(null)));

/** Every entry of a folder (`readEntries` answers in batches until it answers none). */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = folder.createReader();
  const out: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function collect(entry: Entry, into: File[]): Promise<void> {
  if (entry.name.startsWith('.') || entry.name.startsWith('~$')) return;
  if (isFile(entry)) {
    const file = await fileOf(entry);
    if (file) into.push(file);
  } else if (isFolder(entry)) {
    const children = (await entriesOf(entry)).sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true }));
    const inFolder: File[] = [];
    for (const child of children) await collect(child, inFolder);
    into.push(...importableInFolder(inFolder));
  }
}

/**
 * The files of a drop. With `walkFolders` (browser mode), dropped folders are replaced by the
 * importable files they contain; without it (Electron), items are returned as dropped.
 */
export async function filesOfDrop(data: DataTransfer, { walkFolders }: { walkFolders: boolean }): Promise<File[]> {
  if (!walkFolders || !data.items || typeof data.items[0]?.webkitGetAsEntry !== 'function') return Array.from(data.files);
  // Entries must be taken synchronously, before the drop event returns.
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  const files: File[] = [];
  for (const entry of entries) if (entry) await collect(entry, files);
  return files;
}
