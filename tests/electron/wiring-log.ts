// Reading a wiring run's log: what the app did to the stand-in, and what the probes got back.
import { expect } from 'vitest';
import type { ImportReport } from '../../src/shared/model';
import type { LogEntry, WiredRun } from './run-wired-app';

interface MenuItem {
  label?: string;
  accelerator?: string;
  role?: string;
  submenu?: MenuItem[];
}

type Answer<T> = { ok: boolean; value?: T; error?: { code: string; message: string } };

function findItem(items: MenuItem[], label: string): MenuItem | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = item.submenu ? findItem(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

export function wiringReader(run: WiredRun) {
  const entries = (what: string): LogEntry[] => run.log.filter((entry) => entry.what === what);
  const details = <T>(what: string): T[] => entries(what).map((entry) => entry.detail as T);
  const probe = <T>(kind: string, call: string): T => {
    const found = details<{ call: string } & T>(kind).find((detail) => detail.call === call);
    expect(found, `probe ${call} did not run`).toBeDefined();
    return found as T;
  };
  return {
    entries,
    details,
    probe,
    indexOf(what: string): number {
      const index = run.log.findIndex((entry) => entry.what === what);
      expect(index, `${what} was never called`).toBeGreaterThanOrEqual(0);
      return index;
    },
    /** What an IPC probe got back. */
    answer<T = unknown>(call: string): Answer<T> {
      return probe<{ answer: Answer<T> }>('probe.ipc', call).answer;
    },
    /** The report of an import a probe waited for. */
    importReport(call: string): ImportReport {
      const { report } = probe<{ report: ImportReport | null }>('probe.import', call);
      expect(report, `the ${call} import never finished`).not.toBeNull();
      return report!;
    },
    windowOptions(): Record<string, unknown> & { webPreferences: Record<string, unknown> } {
      const [options] = details<Record<string, unknown> & { webPreferences: Record<string, unknown> }>('new BrowserWindow');
      expect(options).toBeDefined();
      return options!;
    },
    menuItem(label: string): MenuItem | undefined {
      const [template] = details<MenuItem[]>('Menu.buildFromTemplate');
      return findItem(template ?? [], label);
    },
  };
}
