// Saved pages are parsed into trees by parsePage, which builds comments and doctypes without
// domhandler's constructors (page-dom.ts says why). Everything that reads a page's tree must see
// what htmlparser2's parseDocument gives: the same nodes, of the same classes, with the same fields.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Comment, ProcessingInstruction } from 'domhandler';
import type { ChildNode, Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { sampleArticles } from '../../../bench/corpus/generate';
import { parsePage } from '../../../src/main/import/parse/page-dom';
import { FIXTURES } from './fixture-files';

/** A node as plain data: its class, its own fields (links to other nodes as where they point), its children. */
function described(node: ChildNode | Document, count: Record<string, number>): unknown {
  const kind = (Object.getPrototypeOf(node) as { constructor: { name: string } }).constructor.name;
  count[kind] = (count[kind] ?? 0) + 1;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'children') continue;
    fields[key] = key === 'parent' || key === 'prev' || key === 'next' ? ((value as { type?: string } | null)?.type ?? null) : value;
  }
  const children = 'children' in node ? node.children.map((child) => described(child, count)) : null;
  return { kind, fields, children };
}

function expectSameTree(html: string, label: string): Record<string, number> {
  const count: Record<string, number> = {};
  const ours = described(parsePage(html), count);
  expect(ours, label).toEqual(described(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }), {}));
  return count;
}

function htmlFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesUnder(full);
    return /\.(?:html?|txt|md|markdown)$/i.test(entry.name) ? [full] : [];
  });
}

describe('a saved page parsed into a tree', () => {
  it('gives the same nodes as parseDocument, comments and doctypes included', () => {
    const count = expectSameTree(
      '<!DOCTYPE html><html><head><!-- saved from url=(0042)https://e.org/a --><title>T</title></head>' +
        '<body><!--a--><!--b--><p>x<!-- in a paragraph -->y</p><?xml-stylesheet href="s.css"?><![CDATA[c]]></body></html>',
      'hand-written page',
    );
    expect(count['Comment']).toBe(6);
    expect(count['ProcessingInstruction']).toBe(1);
  });

  it('builds comments and doctypes that are what domhandler would have built', () => {
    const document = parsePage('<!doctype html><!-- note --><p>a</p>');
    const [doctype, comment] = document.children;
    expect(doctype).toBeInstanceOf(ProcessingInstruction);
    expect(comment).toBeInstanceOf(Comment);
    expect((comment as Comment).nodeType).toBe(8);
    expect((comment as Comment).next?.type).toBe('tag');
  });

  it('gives the same nodes for every fixture file', () => {
    const files = htmlFilesUnder(FIXTURES);
    expect(files.length).toBeGreaterThan(20);
    let comments = 0;
    for (const file of files) comments += expectSameTree(fs.readFileSync(file, 'utf8'), file)['Comment'] ?? 0;
    expect(comments).toBeGreaterThan(0);
  });

  describe('on realistic saved pages', () => {
    let pages: string[] = [];
    beforeAll(() => {
      pages = sampleArticles(
        'realistic',
        5,
        Array.from({ length: 120 }, (_, i) => i * 41 + 3),
      ).articles.map((a) => a.content);
    });

    it('gives the same nodes for 120 generated pages', () => {
      let directives = 0;
      for (const [i, page] of pages.entries()) directives += expectSameTree(page, `page ${i}`)['ProcessingInstruction'] ?? 0;
      expect(directives).toBeGreaterThan(10);
    });
  });
});
