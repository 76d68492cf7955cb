// The settings a new library starts with: the service falls back to them for anything unset or
// damaged, and the renderer draws with them until the service has answered.
import type { Settings } from './model';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  fontSize: 18,
  lineHeight: 1.8,
  columnWidth: 36,
  readingFont: 'sans',
  justify: false,
  markReadOnScroll: false,
  downloadNewImages: false,
  imageProxy: '',
  imageUserAgent: '',
  imageReferer: 'article',
};
