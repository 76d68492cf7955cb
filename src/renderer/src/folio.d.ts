import type { FolioBridge } from '../../shared/contract';

declare global {
  interface Window {
    folio: FolioBridge;
  }
}

export {};
