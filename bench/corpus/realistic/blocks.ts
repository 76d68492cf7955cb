// An article's body as blocks — paragraphs, subheadings, quotes, lists, tables,
// figures — and the plain text a reader (and the importer) gets from them.

export interface Picture {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'figure'; picture: Picture; caption: string }
  | { kind: 'image'; picture: Picture };

/** The text of a block as an importer extracts it (table cells joined by spaces). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
    case 'h2':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((r) => r.join(' ')).join('\n');
    case 'figure':
      return block.caption;
    case 'image':
      return '';
  }
}

export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t !== '')
    .join('\n');
}

/** The same block with every piece of its text passed through f (e.g. to Traditional characters). */
export function mapBlockText(block: Block, f: (text: string) => string): Block {
  switch (block.kind) {
    case 'p':
    case 'h2':
    case 'quote':
      return { ...block, text: f(block.text) };
    case 'list':
      return { ...block, items: block.items.map(f) };
    case 'table':
      return { ...block, rows: block.rows.map((r) => r.map(f)) };
    case 'figure':
      return { ...block, caption: f(block.caption) };
    case 'image':
      return block;
  }
}
