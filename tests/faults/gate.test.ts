/** The gate every call passes: the order it lets calls run in around a restore, step by step (no timing involved). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseGate } from '../../main/services/backups/gate';
import { makeTempDir } from '../support/tempDatabase';

/** A call that runs until the test lets it end. */
function heldCall(log: string[], name: string) {
  let finish!: () => void;
  const released = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`${name} begins`);
      await released;
      log.push(`${name} ends`);
      return name;
    },
    finish,
  };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the gate around a restore', () => {
  it('a restore waits for the calls in flight, and calls made meanwhile wait for the restore', async () => {
    const gate = new DatabaseGate(null);
    const log: string[] = [];
    const save = heldCall(log, 'zapis w toku');
    const restore = heldCall(log, 'przywracanie');
    const later = heldCall(log, 'zapis później');
    const saving = gate.run('institutions.save', save.work);
    await settle();
    const restoring = gate.run('backups.restore', restore.work);
    await settle();
    const laterSaving = gate.run('institutions.save', later.work);
    await settle();
    // The restore has not begun while a save is in flight; the later save waits behind it.
    expect(log).toEqual(['zapis w toku begins']);
    save.finish();
    await settle();
    expect(log).toEqual(['zapis w toku begins', 'zapis w toku ends', 'przywracanie begins']);
    restore.finish();
    await settle();
    expect(log).toEqual(['zapis w toku begins', 'zapis w toku ends', 'przywracanie begins', 'przywracanie ends', 'zapis później begins']);
    later.finish();
    expect(await Promise.all([saving, restoring, laterSaving])).toEqual(['zapis w toku', 'przywracanie', 'zapis później']);
  });

  it('calls without a restore run side by side', async () => {
    const gate = new DatabaseGate(null);
    const log: string[] = [];
    const a = heldCall(log, 'a');
    const b = heldCall(log, 'b');
    const both = Promise.all([gate.run('institutions.save', a.work), gate.run('people.save', b.work)]);
    await settle();
    expect(log).toEqual(['a begins', 'b begins']);
    b.finish();
    a.finish();
    expect(await both).toEqual(['a', 'b']);
  });

  it('a call during which the file was replaced is not confirmed, and no call after it runs', async () => {
    const dir = makeTempDir('Kooperator bramka ');
    try {
      const file = path.join(dir, 'kooperator.sqlite');
      fs.writeFileSync(file, 'baza');
      const gate = new DatabaseGate(file);
      expect(await gate.run('institutions.save', async () => 'przed')).toBe('przed');
      const during = gate.run('institutions.save', async () => {
        fs.writeFileSync(`${file}.inna`, 'inna baza');
        fs.renameSync(`${file}.inna`, file);
        return 'w trakcie';
      });
      await expect(during).rejects.toThrow(/Zmiany tej operacji trafiły do zastąpionego pliku i nie ma ich w bazie/);
      let ran = false;
      await expect(gate.run('institutions.list', async () => (ran = true))).rejects.toThrow(/Nic nie zostało zapisane\. Kooperator przestał pracować z tym plikiem/);
      expect(ran).toBe(false);
      expect(gate.stopped).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
