import { describe, expect, it } from 'vitest';
import { contract, eventNames, events, isSessionMethod, isShellMethod, methods, sessionMethods, shellMethods } from '../../shared/contract';
import { createTestCore } from '../helpers/test-core';

describe('the contract', () => {
  it('names every method <entity>:<verb>', () => {
    for (const m of methods) expect(m).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    for (const e of eventNames) expect(e).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('has a handler for every method the core answers, and none for shell methods', async () => {
    const core = await createTestCore();
    const project = core.session.current()!.handlers as Record<string, unknown>;
    const session = core.session.handlers as Record<string, unknown>;
    for (const m of methods) {
      if (isShellMethod(m)) {
        expect(project[m], m).toBeUndefined();
        expect(session[m], m).toBeUndefined();
      } else if (isSessionMethod(m)) {
        expect(typeof session[m], m).toBe('function');
      } else {
        expect(typeof project[m], m).toBe('function');
      }
    }
    expect(Object.keys(project).sort()).toEqual(methods.filter((m) => !isSessionMethod(m) && !isShellMethod(m)).sort());
    expect(Object.keys(session).sort()).toEqual([...sessionMethods].sort());
    expect(shellMethods.length).toBeGreaterThan(0);
  });

  it('refuses unknown methods, shell methods and invalid input without throwing', async () => {
    const core = await createTestCore();
    await expect(core.session.dispatch('codes:explode', {})).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(core.session.dispatch('shell:pickImportFiles', {})).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const r = await core.session.dispatch('codings:apply', { documentId: 'one' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(r.ok ? '' : r.error.message).toContain('documentId');
  });

  it('turns an unexpected failure into INTERNAL without leaking its details', async () => {
    const core = await createTestCore();
    core.session.current()!.context.db.exec('DROP TABLE codings');
    const logged: unknown[] = [];
    const r = await core.session.dispatch('codes:list', {}, { log: { error: (...a) => logged.push(a) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toMatch(/codings|SQL/i);
    expect(logged).toHaveLength(1);
  });

  it('declares a schema for every event payload that events actually carry', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'A', parentId: null });
    await core.call('documents:import', { paths: [core.file('a.txt', 'Bonjour.')] });
    expect(core.events.length).toBeGreaterThan(2);
    for (const e of core.events) expect(events[e.name].safeParse(e.payload).success, e.name).toBe(true);
    expect(Object.keys(contract)).toEqual(methods);
  });
});
