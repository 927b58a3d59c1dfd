/** The one HTML → text converter: what a customer wrote survives as text. */
import { describe, expect, it } from 'vitest';
import { comparableText, htmlToText, sameText } from '../../src/transform/html-text.js';

describe('htmlToText', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>Caf&eacute; &hellip; &amp; &lt;b&gt; &#39;x&#39; &#x1F600; &quot;q&quot;</p>')).toBe('Café … & <b> \'x\' 😀 "q"');
  });

  it('keeps link targets after the text, once when the text is the target', () => {
    expect(htmlToText('<p>See <a href="https://help.example/x">the guide</a> or <a href="https://help.example">https://help.example</a>.</p>')).toBe(
      'See the guide (https://help.example/x) or https://help.example.',
    );
  });

  it('drops <style>, <script> and images, keeps the text around them', () => {
    expect(htmlToText('<style>p { color: red }</style><script>alert(1)</script><p>Hello<img src="https://x/y.png"> there</p>')).toBe('Hello there');
  });

  it('turns <br> and paragraphs into line breaks', () => {
    expect(htmlToText('<p>line 1<br>line 2<br/>line 3</p><p>next</p><div>block</div>')).toBe('line 1\nline 2\nline 3\n\nnext\n\nblock');
  });

  it('bullets and numbers list items, nested lists indented', () => {
    expect(htmlToText('<ul><li>one</li><li>two<ul><li>two a</li></ul></li></ul><ol><li>first</li><li>second</li></ol>')).toBe(
      ' * one\n * two\n   * two a\n\n 1. first\n 2. second',
    );
  });

  it('lays tables out as columns, headers in the author’s case', () => {
    expect(htmlToText('<table><tr><th>Plan</th><th>Seats</th></tr><tr><td>Team</td><td>5</td></tr></table>')).toBe('Plan   Seats\nTeam   5');
  });

  it('quotes with "> ", nested quotes twice', () => {
    expect(htmlToText('<blockquote>outer<blockquote>inner</blockquote></blockquote><p>reply</p>')).toBe('> outer\n> \n> > inner\n\nreply');
  });

  it('keeps headings in their case and plain text as it is', () => {
    expect(htmlToText('<h2>Getting started</h2><p>Text</p>')).toBe('Getting started\n\nText');
    expect(htmlToText('just text')).toBe('just text');
    expect(htmlToText('')).toBe('');
  });
});

describe('comparing re-rendered bodies', () => {
  it('sees through markup and whitespace, not through changed words', () => {
    expect(comparableText('<p>Hello&nbsp;<b>world</b></p>\n<p>again</p>')).toBe('Hello world again');
    expect(comparableText('<div class="x"><p>Hello world</p><p>again</p></div>')).toBe(comparableText('<p>Hello <b>world</b></p><p>again</p>'));
    expect(sameText('a  b\nc', ' a b c ')).toBe(true);
    expect(sameText('a b', 'a c')).toBe(false);
  });
});
