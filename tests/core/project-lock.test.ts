import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { acquireLock, lockPathOf, processStartOf } from '../../electron/core/db/lock';
import { createTestCore } from '../helpers/test-core';
import { tempDir } from '../helpers/temp-dir';

/** Above Linux's largest pid (2^22): no process can have it. */
const DEAD_PID = 2 ** 22 + 12345;
const RACERS = 6;
const ROUNDS = 15;

type Racer = { child: ChildProcess; next(): Promise<string> };

function startRacer(projectPath: string): Racer {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'helpers', 'lock-racer.ts'), projectPath], { stdio: ['pipe', 'pipe', 'inherit'] });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  });
  return { child, next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r))) };
}

describe('the project lock', () => {
  it(`goes to exactly one of ${RACERS} processes racing for a stale lock, ${ROUNDS} times in a row`, async () => {
    const dir = tempDir();
    const project = join(dir, 'p.verbatim');
    writeFileSync(project, '');
    const racers = Array.from({ length: RACERS }, () => startRacer(project));
    onTestFinished(() => racers.forEach((r) => r.child.kill()));
    for (const r of racers) expect(await r.next()).toBe('ready');
    const outcomes: string[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      writeFileSync(lockPathOf(project), JSON.stringify({ pid: DEAD_PID, host: hostname(), startedAt: 'before the crash' }));
      for (const r of racers) r.child.stdin!.write('go\n');
      const results = await Promise.all(racers.map((r) => r.next()));
      outcomes.push(results);
      for (const r of racers) r.child.stdin!.write('release\n');
      await Promise.all(racers.map((r) => r.next()));
    }
    const winners = outcomes.map((results) => results.filter((x) => x === 'won').length);
    expect(winners).toEqual(Array(ROUNDS).fill(1));
    expect(outcomes.flat().filter((x) => x !== 'won').every((x) => x === 'PROJECT_LOCKED')).toBe(true);
    // No guard or temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['p.verbatim']);
  }, 60_000);

  it('takes over a lock whose pid now belongs to another program (its start time differs)', async () => {
    const core = await createTestCore();
    await core.close();
    expect(processStartOf(process.pid)).toMatch(/:\d+$/);
    writeFileSync(lockPathOf(core.projectPath), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'last week', processStart: 'another-boot:42' }));
    await expect(core.call('project:open', { path: core.projectPath })).resolves.toBeTruthy();
  });

  it('never takes over a lock from another computer, even naming a pid alive here, and names the lock file', async () => {
    const core = await createTestCore();
    await core.close();
    const lock = lockPathOf(core.projectPath);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'another-laptop', startedAt: 'today', processStart: 'x:1' }));
    const error = await core.call('project:open', { path: core.projectPath }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROJECT_LOCKED', message: expect.stringContaining('another-laptop'), details: { lockFile: lock } });
    expect((error as Error).message).toContain(lock);
    writeFileSync(lock, JSON.stringify({ pid: DEAD_PID, host: 'another-laptop', startedAt: 'today' }));
    await expect(core.call('project:open', { path: core.projectPath })).rejects.toMatchObject({ code: 'PROJECT_LOCKED' });
    expect(existsSync(lock)).toBe(true);
  });

  it('keeps a live lock of this process and waits out a lock being written, then takes an abandoned unreadable one', () => {
    const dir = tempDir();
    const project = join(dir, 'p.verbatim');
    const first = acquireLock(project);
    expect(() => acquireLock(project)).toThrow(expect.objectContaining({ code: 'PROJECT_LOCKED', message: expect.stringContaining(lockPathOf(project)) }));
    first.release();
    expect(existsSync(lockPathOf(project))).toBe(false);
    // Half-written (unparseable) and old: abandoned.
    writeFileSync(lockPathOf(project), '{"pid":');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(project), old, old);
    const second = acquireLock(project);
    second.release();
  });
});
