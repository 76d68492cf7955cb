// What stands in for an image the library does not hold: its alt text, the host it
// lives on, why downloading it failed (when it was tried), and one click to download
// the article's images. Nothing here loads the remote address.

export interface MissingImageLabels {
  /** For an image without alt text: a remote one not downloaded, a local one not found. */
  remote: string;
  missing: string;
  download: string;
  downloading: string;
  failed(reason: string): string;
}

export interface MissingImageOptions {
  labels: MissingImageLabels;
  /** Why downloads failed, by URL. */
  failures: Readonly<Record<string, string>>;
  /** The article's images are being downloaded right now. */
  downloading: boolean;
}

function hostOf(url: string): string | null {
  if (url.startsWith('data:')) return null;
  try {
    return new URL(url, 'https://host.invalid').host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function part(className: string, text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

export function missingImage(img: Element, { labels, failures, downloading }: MissingImageOptions): HTMLElement {
  const remote = img.getAttribute('data-folio-remote');
  const alt = img.getAttribute('alt')?.trim() || img.getAttribute('title')?.trim() || (remote ? labels.remote : labels.missing);
  const box = document.createElement('span');
  box.className = 'missing-image';
  const name = part('missing-image-alt', alt);
  name.setAttribute('role', 'img');
  name.setAttribute('aria-label', alt);
  box.append(name);
  if (!remote) return box;
  const host = hostOf(remote);
  if (host) {
    box.append(part('missing-image-host', host));
    box.title = remote;
  }
  const reason = failures[remote];
  if (reason) box.append(part('missing-image-reason', labels.failed(reason)));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'missing-image-download';
  button.setAttribute('data-folio-download', '');
  button.textContent = downloading ? labels.downloading : labels.download;
  button.disabled = downloading;
  box.append(button);
  return box;
}
