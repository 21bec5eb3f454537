// Group commit: turns that finish together share a commit; a lone turn never waits; errors stay with their turn.
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/store/group.ts';

/** A group commit over a fake database that records its transactions. */
function fake(fail?: (write: string) => Error | undefined) {
  const commits: string[][] = [];
  let broken = false;
  const group = new GroupCommit<string, string>(
    (writes) => {
      if (broken) throw new Error('disk full');
      commits.push([...writes]);
      return writes.map((w) => fail?.(w) ?? `ok:${w}`);
    },
    (err) => new Error(`store failed: ${err instanceof Error ? err.message : String(err)}`),
  );
  return { group, commits, breakIt: () => void (broken = true) };
}

describe('a lone turn', () => {
  it('is committed at once, in the same tick', async () => {
    const { group, commits } = fake();
    group.begin();
    const done = group.submit('a');
    expect(commits).toEqual([['a']]);
    expect(await done).toBe('ok:a');
  });
});

describe('turns that finish playing together', () => {
  it('share one commit, made when the last of them finishes', async () => {
    const { group, commits } = fake();
    group.begin();
    group.begin();
    group.begin();
    const a = group.submit('a');
    const b = group.submit('b');
    expect(commits).toEqual([]);
    group.end(); // the third wrote nothing
    expect(commits).toEqual([['a', 'b']]);
    expect(await Promise.all([a, b])).toEqual(['ok:a', 'ok:b']);
  });

  it('keep their own outcome: one refused write fails alone', async () => {
    const { group } = fake((w) => (w === 'bad' ? new Error('protocol taken') : undefined));
    group.begin();
    group.begin();
    const bad = group.submit('bad');
    const good = group.submit('good');
    await expect(bad).rejects.toThrow('protocol taken');
    expect(await good).toBe('ok:good');
  });

  it('all fail, in the store’s words, when the transaction itself fails', async () => {
    const { group, breakIt } = fake();
    breakIt();
    group.begin();
    group.begin();
    const a = group.submit('a');
    const b = group.submit('b');
    await expect(a).rejects.toThrow('store failed: disk full');
    await expect(b).rejects.toThrow('store failed: disk full');
  });
});

describe('a turn that keeps playing', () => {
  it('holds the others back one event-loop turn at most', async () => {
    const { group, commits } = fake();
    group.begin(); // never finishes
    group.begin();
    const a = group.submit('a');
    expect(commits).toEqual([]);
    expect(await a).toBe('ok:a');
    expect(commits).toEqual([['a']]);
  });
});
