// The plain text that search indexes and snippets show.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/main/import/parse/html-text';

describe('htmlToText', () => {
  it('separates paragraphs by a blank line and ends a line at other blocks', () => {
    expect(htmlToText('<p>One</p><p>Two</p><div>Three</div><div>Four<br>Five</div><ul><li>a</li><li>b</li></ul><h2>Six</h2>')).toBe(
      'One\n\nTwo\n\nThree\nFour\nFive\n\na\nb\n\nSix',
    );
  });

  it('collapses whitespace inside a paragraph and decodes entities', () => {
    expect(htmlToText('<p>  Tom\n   &amp;\tJerry &lt;3 &#x4E2D;&#25991; &nbsp;</p>')).toBe('Tom & Jerry <3 中文');
  });

  it('keeps inline elements inside their line', () => {
    expect(htmlToText('<p>普京<strong>与</strong><a href="https://e.org">习近平</a>会谈</p>')).toBe('普京与习近平会谈');
  });

  it('keeps the lines of preformatted text and separates table cells', () => {
    expect(htmlToText('<pre>line one\nline two</pre><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe(
      'line one\nline two\n\na b\nc',
    );
  });

  it('ignores script and style content and empty blocks', () => {
    expect(htmlToText('<div></div><script>var x = 1;</script><style>p{}</style><p> </p><p>Only</p>')).toBe('Only');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves markup-like text alone', () => {
    expect(decodeEntities('Tom &amp; Jerry &quot;0day&quot; &#169; a <b> c')).toBe('Tom & Jerry "0day" © a <b> c');
  });
});
