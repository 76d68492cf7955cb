// The app page's Content-Security-Policy, in one place: the app scheme sends it as a
// response header, and the build writes the same text into index.html's meta tag (the
// meta tag also covers the e2e suite, which serves the built page over loopback HTTP).
// 'self' is app://folio in the app: only the built renderer's own files.
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Article images come only from the image protocol (the e2e bridge serves them same-origin).
  ['img-src', "'self' data: folio-image:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The placeholder index.html carries where the build puts the policy. */
export const CSP_PLACEHOLDER = '%FOLIO_CSP%';
