// Pictures in the reading pane: each shown image keeps the space its recorded size
// needs (no jump when it loads), gets a caption when the article gave it none — its
// title, or alt text that says something — unless the text right under it already
// says the same, and its photo credit is set apart from the caption's words.
import type { ArticleImage } from '../../../shared/model';
import { isCreditLine, splitCredit } from './image-credit';

const GENERIC_ALT = /^(?:image|img|photo|picture|pic|图片?|圖片?|照片|配图|配圖|\d+)$/i;
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
/** Elements that only wrap an image when it is alone in them. */
const WRAPPERS = new Set(['P', 'A', 'SPAN', 'DIV', 'CENTER', 'STRONG', 'B', 'EM']);

const normalised = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function captionOf(image: ArticleImage, articleTitle: string): string {
  if (image.caption) return image.caption;
  if (image.title.trim()) return normalised(image.title);
  const alt = normalised(image.alt);
  const saysSomething = alt.length >= 2 && !GENERIC_ALT.test(alt) && !FILE_NAME.test(alt) && alt !== normalised(articleTitle);
  return saysSomething ? alt : '';
}

/** The outermost element that holds nothing but this image (its paragraph, its link), or the image itself. */
function holderOf(img: Element): Element {
  let node: Element = img;
  for (let parent = node.parentElement; parent && WRAPPERS.has(parent.tagName); parent = node.parentElement) {
    if (normalised(parent.textContent) !== normalised(node.textContent) || parent.querySelectorAll('img, .missing-image').length > 1) break;
    node = parent;
  }
  return node;
}

/** Puts a caption's credit in its own span, where the caption ends with one. */
function setCreditApart(caption: Element): void {
  const last = caption.lastChild;
  if (last?.nodeType === Node.TEXT_NODE) {
    const { text, credit } = splitCredit(last.textContent ?? '');
    if (!credit) return;
    const span = document.createElement('span');
    span.className = 'image-credit';
    span.textContent = credit;
    last.replaceWith(document.createTextNode(text ? `${text} ` : ''), span);
  } else if (last instanceof Element && isCreditLine(last.textContent ?? '')) {
    last.classList.add('image-credit');
  }
}

function newCaption(text: string): HTMLElement {
  const caption = document.createElement('figcaption');
  caption.textContent = text;
  setCreditApart(caption);
  return caption;
}

/** A line under a picture (shown or standing in) that only credits it is styled as a credit. */
function markCreditUnder(holder: Element): Element | null {
  const following = holder.nextElementSibling;
  if (following && isCreditLine(following.textContent ?? '')) following.classList.add('image-credit');
  return following;
}

export function dressImages(root: ParentNode, images: readonly ArticleImage[], articleTitle: string): void {
  for (const stand of Array.from(root.querySelectorAll('.missing-image'))) markCreditUnder(holderOf(stand));
  for (const img of Array.from(root.querySelectorAll('img[data-viewer-index]'))) {
    const image = images[Number(img.getAttribute('data-viewer-index'))];
    if (!image) continue;
    if (image.width && image.height) {
      img.setAttribute('width', String(image.width));
      img.setAttribute('height', String(image.height));
    }
    const figure = img.closest('figure');
    const existing = figure?.querySelector('figcaption');
    if (existing) {
      setCreditApart(existing);
      continue;
    }
    const holder = holderOf(img);
    const following = markCreditUnder(holder);
    const caption = captionOf(image, articleTitle);
    // The text right under the picture may already be its caption (a feed's <p> after the <img>): never print it twice.
    const under = normalised(following?.textContent);
    if (!caption || (under !== '' && (under === caption || (under.startsWith(caption) && under.length < caption.length * 1.5)))) continue;
    if (figure) {
      figure.append(newCaption(caption));
      continue;
    }
    const wrapper = document.createElement('figure');
    wrapper.className = 'folio-figure';
    holder.replaceWith(wrapper);
    wrapper.append(holder, newCaption(caption));
  }
}
