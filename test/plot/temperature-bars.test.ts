import { describe, expect, test } from 'vitest';
import { softmax } from '../../src/kernel';
import { TEMPERATURE_BARS } from '../../src/kernel/parameters';
import { activationPlotHtml } from '../../src/plot/figure-html';
import { formatNumber } from '../../src/plot/format';
import { formatParameter, sliderValue } from '../../src/plot/parameter-controls';
import { temperatureBars } from '../../src/plot/temperature-bars';
import { SIMPLEX_SCORES } from '../../src/plot/vector-figures';

/** The bars figure the build writes after softmax's own figure. */
const barsFigure = (html: string) => /<figure[^>]*data-param-bars="[^"]*"[^>]*>.*?<\/figure>/s.exec(html)![0];
const widths = (svg: string) => [...svg.matchAll(/<rect class="bar"[^>]* width="([^"]+)"/g)].map((m) => Number(m[1]));
const values = (svg: string) => [...svg.matchAll(/<text class="pv"[^>]*>([^<]+)</g)].map((m) => m[1]);

describe('softmax temperature bars', () => {
  test.each(Object.keys(TEMPERATURE_BARS))(
    '%s: the build draws the kernel’s softmax at T = 1 under a log slider',
    (fn) => {
      const figure = barsFigure(activationPlotHtml({ fn }));
      const p = softmax(SIMPLEX_SCORES);
      expect(values(figure)).toEqual(p.map((v) => formatNumber(v, 3)));
      // Bars on a 220-unit track, as long as their probability.
      widths(figure).forEach((w, i) => expect(Math.abs(w - p[i] * 220)).toBeLessThanOrEqual(0.05));
      const input = /<input type="range"[^>]*>/.exec(figure)![0];
      expect(input).toMatch(/min="-1" max="1" step="0.05" value="0" data-scale="log" aria-valuetext="1"/);
      expect(figure).toMatch(/<label for="bars-[\w-]+-p-temperature">Temperature T<\/label>/);
      expect(figure).toContain(`<figcaption>${temperatureBars(SIMPLEX_SCORES, 1, 'x').description}</figcaption>`);
    },
  );

  test('a higher temperature flattens the bars, a lower one sharpens them', () => {
    const spread = (t: number) => {
      const p = temperatureBars(SIMPLEX_SCORES, t, 'x').probabilities;
      return Math.max(...p) - Math.min(...p);
    };
    expect(spread(sliderValue(1, 'log'))).toBeLessThan(spread(1));
    expect(spread(sliderValue(-1, 'log'))).toBeGreaterThan(spread(1));
    // At T = 10 the three scores are within 0.15/10 of each other: close to 1/3 each.
    for (const v of temperatureBars(SIMPLEX_SCORES, 10, 'x').probabilities)
      expect(Math.abs(v - 1 / 3)).toBeLessThan(0.05);
  });

  test('the log slider shows T to 3 significant digits', () => {
    expect(formatParameter(sliderValue(0.1, 'log'), 0.05, 'log')).toBe('1.26');
    expect(formatParameter(sliderValue(-1, 'log'), 0.05, 'log')).toBe('0.1');
  });
});
