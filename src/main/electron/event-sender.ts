// Events for the renderer. The service is opened (and may emit) before the
// window exists, so events go to whichever window is attached, or nowhere.
import type { WebContents } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract';
import type { FolioEvent } from '../../shared/contract';

export interface EventSender {
  attach(target: WebContents): void;
  emit(event: FolioEvent): void;
}

export function createEventSender(): EventSender {
  let target: WebContents | null = null;
  return {
    attach(next) {
      target = next;
    },
    emit(event) {
      if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event);
    },
  };
}
