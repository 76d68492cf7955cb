import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogFile } from '../../../src/main/desktop/log-file';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const at = () => new Date('2026-12-01T10:00:00Z');

describe('the log file', () => {
  it('writes one line per event: time, level, event, fields; errors with their stack', () => {
    const log = new LogFile(join(tempDir(), 'logs', 'folio.log'), { now: at });
    log.info('import-finished', { imported: 3, cancelled: false });
    log.error('start-failed', new Error('library locked'));
    const lines = readFileSync(log.file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('2026-12-01T10:00:00.000Z info import-finished {"imported":3,"cancelled":false}');
    expect(lines[1]).toMatch(/^2026-12-01T10:00:00.000Z error start-failed \{"error":"Error: library locked\\n {4}at /);
  });

  it('rotates by size and keeps only the newest files', () => {
    const log = new LogFile(join(tempDir(), 'folio.log'), { maxBytes: 200, keep: 2 });
    for (let n = 0; n < 40; n++) log.info('event', { n });
    expect(existsSync(`${log.file}.1`)).toBe(true);
    expect(existsSync(`${log.file}.2`)).toBe(true);
    expect(existsSync(`${log.file}.3`)).toBe(false);
    expect(readFileSync(log.file, 'utf8')).toContain('"n":39');
    expect(readFileSync(`${log.file}.1`, 'utf8').length).toBeGreaterThanOrEqual(200);
  });

  it('never throws, even where it cannot write', () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'a file where the log folder should be');
    const log = new LogFile(join(blocker, 'logs', 'folio.log'));
    expect(() => log.info('start')).not.toThrow();
    expect(() => log.error('failed', 'not even an Error')).not.toThrow();
  });
});
