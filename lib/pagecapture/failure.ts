import type { PageCaptureError } from '../protocol';

/** Ends a capture with a reason the UI words through i18n (`channels.capture.error.*`). */
export class PageCaptureFailure extends Error {
  constructor(
    readonly code: PageCaptureError,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'PageCaptureFailure';
  }
}
