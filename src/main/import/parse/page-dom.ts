// A saved page parsed into a tree (htmlparser2 + domhandler), as parseDocument does, but built
// at the cost the node constructors have in isolation. domhandler declares its nodes' fields as
// class fields, and V8 defines such fields through one initialiser per class, shared by every
// kind of node. Once that initialiser has met more than four kinds of node it goes megamorphic,
// and every node after costs ~14× as much (570 ns against 40, measured): the first page with a
// comment and a doctype did that for the rest of an import, and building page trees became a
// twentieth of the import's CPU. Comments and doctypes, a few a page, are therefore made here
// without their constructors, so the initialisers only ever meet text, elements and documents.
// The tree is the same, node for node.
import { Comment, DomHandler, ProcessingInstruction } from 'domhandler';
import type { Document } from 'domhandler';
import { Parser } from 'htmlparser2';

/** A node of the given class with the fields its constructor would give it, made without running it. */
function unconstructed<T extends object>(prototype: T, fields: Record<string, unknown>): T {
  return Object.assign(Object.create(prototype) as T, { parent: null, prev: null, next: null, startIndex: null, endIndex: null }, fields);
}

class PageHandler extends DomHandler {
  // The page is given to the parser whole, so a comment arrives in one piece (domhandler also
  // joins pieces written in several chunks).
  override oncomment(data: string): void {
    const node = unconstructed(Comment.prototype, { data, type: 'comment' });
    this.addNode(node);
    this.lastNode = node;
  }

  override onprocessinginstruction(name: string, data: string): void {
    const fields = { data, type: 'directive', name, 'x-name': undefined, 'x-publicId': undefined, 'x-systemId': undefined };
    this.addNode(unconstructed(ProcessingInstruction.prototype, fields));
  }
}

/** The page's tree: tags lower-cased, entities decoded. */
export function parsePage(html: string): Document {
  const handler = new PageHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true }).end(html);
  return handler.root;
}
