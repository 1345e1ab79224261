import { describe, expect, it } from 'vitest';
import { embedCode, embedSearch, readEmbedSearch } from '../../src/lib/embed-url.ts';

describe('the embed’s URL', () => {
  it('reads its own setting apart from the view’s, dropping a bad value with a notice', () => {
    const read = (query: string) => readEmbedSearch(new URLSearchParams(query));
    expect(read('recipient=PAK&from=2011')).toEqual({ controls: 'slider', viewSearch: new URLSearchParams('recipient=PAK&from=2011'), notices: [] });
    const none = read('recipient=PAK&controls=none');
    expect(none.controls).toBe('none');
    expect(none.viewSearch.toString()).toBe('recipient=PAK');
    expect(read('controls=all').notices).toEqual(['Ignored controls=“all”: expected slider or none.']);
    expect(read('controls=all').controls).toBe('slider');
  });

  it('writes controls=none only when the slider is hidden', () => {
    const view = new URLSearchParams('recipient=PAK&from=2011');
    expect(embedSearch(view, 'slider').toString()).toBe('recipient=PAK&from=2011');
    expect(embedSearch(view, 'none').toString()).toBe('recipient=PAK&from=2011&controls=none');
    expect(readEmbedSearch(embedSearch(view, 'none')).viewSearch.toString()).toBe(view.toString());
  });

  it('makes an iframe whose attributes cannot be broken out of', () => {
    expect(embedCode({ src: 'https://example.org/embed/shares?recipient=PAK&from=2011', title: 'Who supplied Pakistan’s arms imports, 2011–2025', height: 640 })).toBe(
      '<iframe src="https://example.org/embed/shares?recipient=PAK&amp;from=2011" title="Who supplied Pakistan’s arms imports, 2011–2025" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(embedCode({ src: 'https://x/embed/pairs', title: 'a "b" <c>', height: 600 })).toContain('title="a &quot;b&quot; &lt;c&gt;"');
  });
});
