import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../renderer/transport/http-transport';
import { createIpcTransport } from '../../renderer/transport/ipc-transport';
import { createPathPrompt } from '../../renderer/transport/path-prompt';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const staged = async (url: RequestInfo | URL) => json({ ok: true, value: { path: `/staging/${decodeURIComponent(String(url).split('name=')[1]!)}` } });

describe('importing through the shells', () => {
  it('browser mode: asks the file chooser for the kind of import, and reports the upload of a folder as progress', async () => {
    const chooseFiles = vi.fn(async (kind: string) =>
      kind === 'folder' ? [new File(['a'], 'E01.txt'), new File(['b'], 'E02.docx')] : [new File(['c'], 'participants.csv')],
    );
    const transport = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch: vi.fn(staged), chooseFiles });
    const progress: unknown[] = [];
    transport.on((name, payload) => name === 'import:progress' && progress.push(payload));

    await expect(transport.invoke('shell:pickImportFiles', { kind: 'folder' })).resolves.toEqual({ ok: true, value: { paths: ['/staging/E01.txt', '/staging/E02.docx'] } });
    expect(chooseFiles).toHaveBeenLastCalledWith('folder');
    expect(progress).toEqual([
      { done: 0, total: 2, file: 'E01.txt' },
      { done: 1, total: 2, file: 'E02.docx' },
      { done: 2, total: 2, file: '' },
    ]);

    await expect(transport.invoke('shell:pickImportFiles', { kind: 'participants' })).resolves.toEqual({ ok: true, value: { paths: ['/staging/participants.csv'] } });
    expect(chooseFiles).toHaveBeenLastCalledWith('participants');
    await transport.invoke('shell:pickImportFiles', { kind: 'project' });
    expect(chooseFiles).toHaveBeenLastCalledWith('project');
    await transport.invoke('shell:pickImportFiles', {});
    expect(chooseFiles).toHaveBeenLastCalledWith('documents');
  });

  it('browser mode: stages dropped files by uploading them', async () => {
    const transport = createHttpTransport({ token: 't', pathPrompt: createPathPrompt(), fetch: vi.fn(staged) });
    await expect(transport.stageFiles?.([new File(['x'], 'E03 - Léa.vtt')])).resolves.toEqual({ ok: true, value: { paths: ['/staging/E03 - Léa.vtt'] } });
  });

  it('Electron: a dropped file or folder is read where it lies', async () => {
    const pathOf = vi.fn((f: File) => `/home/me/Entretiens/${f.name}`);
    const transport = createIpcTransport({ invoke: vi.fn(), on: () => () => undefined, pathOf });
    await expect(transport.stageFiles?.([new File([], 'E01.docx'), new File([], 'Vague 2')])).resolves.toEqual({
      ok: true,
      value: { paths: ['/home/me/Entretiens/E01.docx', '/home/me/Entretiens/Vague 2'] },
    });
  });
});

describe('browser mode: the file chooser for Merge…', () => {
  it('offers one Verbatim or REFI-QDA project file', async () => {
    const { chooseFiles } = await import('../../renderer/transport/browser-shell');
    const seen: HTMLInputElement[] = [];
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      seen.push(this);
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(chooseFiles('project')).resolves.toEqual([]);
    click.mockRestore();
    expect(seen[0]).toMatchObject({ accept: '.verbatim,.qdpx,.qde', multiple: false });
    expect(seen[0]!.dataset.testid).toBe('merge-file-input');
  });
});
