// The numbers an image download runs by, and how the reader's settings turn into
// the rules of one job. Tests shorten the waits; the app and the CLI use the defaults.
import type { Settings } from '../../shared/model';
import type { LocalHosts } from './address-policy';
import type { FetchRules } from './fetch-image';
import type { JobTuning } from './image-job';

export interface ImageTuning extends JobTuning {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_IMAGE_TUNING: ImageTuning = {
  timeoutMs: 30_000,
  maxBytes: 25_000_000,
  maxRedirects: 5,
  // Polite to each host, busy enough overall that a library of many hosts goes quickly.
  limits: { overall: 8, perHost: 4 },
  retries: 2,
  backoffMs: 2_000,
  maxPauseMs: 60_000,
  checkpointMs: 15_000,
};

/** Many image CDNs refuse clients that do not look like a browser. */
export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

export function fetchRules(settings: Settings, tuning: ImageTuning, localHosts: LocalHosts): FetchRules {
  return {
    userAgent: settings.imageUserAgent || DEFAULT_USER_AGENT,
    referer: settings.imageReferer,
    timeoutMs: tuning.timeoutMs,
    maxBytes: tuning.maxBytes,
    maxRedirects: tuning.maxRedirects,
    localHosts,
  };
}
