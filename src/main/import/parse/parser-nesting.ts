// How htmlparser2 nests a sequence of tags, for reading sanitised output from the tags the
// sanitiser wrote instead of parsing it again. The written tags are balanced as the page's parse
// nested them, but parsing them again need not give that nesting: with an unwrapped element gone
// from between them, `<p>a<font><div>b</div></font></p>` is written `<p>a<div>b</div></p>`, and
// the <div> now closes the <p> (a blank line before "b" in the text instead of a line break).
// The rules are htmlparser2's own (dist/Parser.js: openImpliesClose, voidElements, onclosetag,
// onend) but for a second <form> and SVG or MathML, which the allow-list never writes; the test
// comparing the two readings (written-text.test.ts) holds them to the parser's.
import { NO_ATTRIBUTES } from './allow-list-sanitizer';

const P = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const DD_DT = ['dd', 'dt'];
const TABLE_SECTIONS = ['thead', 'tbody'];
const RT_RP = ['rt', 'rp'];

/** Open elements an opening tag closes while one of them is the innermost. */
const CLOSED_BY_OPENING: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    a: ['a'],
    li: ['li'],
    p: P,
    h1: HEADINGS,
    h2: HEADINGS,
    h3: HEADINGS,
    h4: HEADINGS,
    h5: HEADINGS,
    h6: HEADINGS,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: DD_DT,
    dt: DD_DT,
    address: P,
    article: P,
    aside: P,
    blockquote: P,
    details: P,
    div: P,
    dl: P,
    fieldset: P,
    figcaption: P,
    figure: P,
    footer: P,
    form: P,
    header: P,
    hr: P,
    main: P,
    nav: P,
    ol: P,
    pre: P,
    section: P,
    table: P,
    ul: P,
    rt: RT_RP,
    rp: RT_RP,
    tbody: TABLE_SECTIONS,
    tfoot: TABLE_SECTIONS,
  }).map(([tag, closed]) => [tag, new Set(closed)]),
);

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** What reading the tags reports, as htmlparser2's handler would be called. */
export interface NestingEvents {
  onopentag(name: string, attributes: Readonly<Record<string, string>>): void;
  onclosetag(name: string): void;
}

/** Written HTML tags in, the element events htmlparser2 gives for them out (text goes straight to the reader between tags). */
export class ParserNesting {
  /** Open elements, innermost last. */
  private readonly open: string[] = [];

  constructor(private readonly events: NestingEvents) {}

  openTag(name: string, attributes: Readonly<Record<string, string>>): void {
    const closed = CLOSED_BY_OPENING.get(name);
    if (closed) while (this.open.length > 0 && closed.has(this.open.at(-1) as string)) this.pop();
    this.events.onopentag(name, attributes);
    if (VOID.has(name)) this.events.onclosetag(name);
    else this.open.push(name);
  }

  closeTag(name: string): void {
    if (VOID.has(name)) {
      // `</br>` is read as a <br>; other void end tags are ignored.
      if (name === 'br') this.openTag('br', NO_ATTRIBUTES);
      return;
    }
    const at = this.open.lastIndexOf(name);
    if (at !== -1) {
      while (this.open.length > at) this.pop();
    } else if (name === 'p') {
      // A `</p>` with no <p> open is read as an empty paragraph.
      this.openTag('p', NO_ATTRIBUTES);
      this.pop();
    }
  }

  /** The end of the HTML closes what is still open. */
  end(): void {
    while (this.open.length > 0) this.pop();
  }

  private pop(): void {
    this.events.onclosetag(this.open.pop() as string);
  }
}
