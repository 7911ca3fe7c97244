import { describe, expect, it } from 'vitest';
import { formatOfFile, readDocument } from '../../server/ingest/document.js';

describe('readDocument', () => {
  it('keeps plain text byte for byte and takes its first line as the title', () => {
    const text = '\n  Astana hosts the forum  \r\nThe forum opened on Monday.\u00a0Kazakhstan chaired it.\n';
    const doc = readDocument(text, 'text');
    expect(doc.text).toBe(text);
    expect(doc.title).toBe('Astana hosts the forum');
    expect(doc.original).toBeUndefined();
  });

  it('reads Markdown blocks as paragraphs, drops the markup, and takes the first heading as the title', () => {
    const md = '# The *Middle* Corridor\n\nThe route runs **through** [Kazakhstan](https://example.org) and\nAzerbaijan &amp; Georgia.\n\n- Rail `freight`\n- Ports on the Caspian\n\n> A quoted line.\n\n## Outlook\n\nMore to come.\n';
    const doc = readDocument(md, 'markdown');
    expect(doc.title).toBe('The Middle Corridor');
    expect(doc.text).toBe('The Middle Corridor\n\nThe route runs through Kazakhstan and Azerbaijan & Georgia.\n\nRail freight\n\nPorts on the Caspian\n\nA quoted line.\n\nOutlook\n\nMore to come.\n');
    expect(doc.original).toEqual({ mediaType: 'text/markdown', text: md });
  });

  it('reads the main content of an HTML page, without navigation, footer or scripts, with its title, language and date', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Rail link opens</title>
      <meta property="article:published_time" content="2024-06-03T08:00:00Z"><style>p { color: red }</style></head><body>
      <nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/login">Log in</a></nav>
      <main><article>
        <h2>A new line</h2>
        <p>The railway between   Kazakhstan and Turkmenistan opened on Monday, the ministry said in a statement.</p>
        <p>Freight trains will run<br>twice a week from July, carrying grain and metals to ports on the Caspian Sea.</p>
        <ul><li>Length: 700 km</li><li>Cost: $1 bn</li></ul>
      </article></main>
      <footer>Copyright Example Media. Terms of use.</footer><script>track()</script></body></html>`;
    const doc = readDocument(html, 'html');
    expect(doc).toMatchObject({ title: 'Rail link opens', language: 'en-GB', published: '2024-06-03' });
    expect(doc.text).toContain('The railway between Kazakhstan and Turkmenistan opened on Monday, the ministry said in a statement.\n\nFreight trains will run\ntwice a week from July');
    expect(doc.text).toContain('\n\nLength: 700 km\n\nCost: $1 bn\n');
    for (const noise of ['Home', 'Log in', 'Copyright', 'track()', 'color']) expect(doc.text).not.toContain(noise);
    expect(doc.original).toEqual({ mediaType: 'text/html', text: html });
  });
});

describe('formatOfFile', () => {
  it('knows text, Markdown and HTML by extension and nothing else', () => {
    expect(['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.HTM', 'f.pdf', 'g'].map(formatOfFile)).toEqual(['text', 'markdown', 'markdown', 'html', 'html', null, null]);
  });
});
