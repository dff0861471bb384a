import { describe, expect, it } from 'vitest';
import { renderTableHtml } from '../../../viz/charts/tableHtml.js';
import { XSS, XSS_ESCAPED } from './chartTestKit.js';

describe('renderTableHtml', () => {
  it('writes caption, column and row headers, escaped', () => {
    const html = renderTableHtml({ caption: XSS, header: ['時刻', '値'], rows: [['09:00', '1 & 2']] }, 't1');
    expect(html).toBe(
      `<table id="t1" class="wardsim-chart-table"><caption>${XSS_ESCAPED}</caption>` +
        '<thead><tr><th scope="col">時刻</th><th scope="col">値</th></tr></thead>' +
        '<tbody><tr><th scope="row">09:00</th><td>1 &amp; 2</td></tr></tbody></table>',
    );
  });
});
