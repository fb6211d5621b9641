/**
 * The parameter island's part for softmax's temperature bars (loaded by
 * main.ts when the page has such a figure): it redraws the bars with the
 * build's own temperatureBars, which calls the kernel's softmax, so at the
 * default temperature its SVG is the build's, byte for byte
 * (test/browser/temperature.test.ts).
 */
import { DEFAULT_TEMPERATURE } from '../../kernel/softmax';
import { formatParameter, sliderValue } from '../parameter-controls';
import { temperatureBars, type TemperatureBarsData } from '../temperature-bars';

/** How long the reader must pause before the live region reads the new description. */
const ANNOUNCE_AFTER_MS = 800;

/** Wires every temperature-bars figure on the page; called once by main.ts. */
export function start(): void {
  document.querySelectorAll<HTMLElement>('figure[data-param-bars]').forEach(wire);
}

function wire(figure: HTMLElement): void {
  if (figure.dataset.paramLive) return;
  const data = JSON.parse(figure.dataset.paramBars!) as TemperatureBarsData;
  const input = figure.querySelector<HTMLInputElement>('input[type=range]')!;
  const output = figure.querySelector(`output[for="${input.id}"]`);
  const live = figure.querySelector<HTMLElement>('[aria-live]');
  let frame = 0;
  let announce: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    frame = 0;
    const position = Number(input.value);
    // At the default position the temperature is the kernel's default itself, not 10 ** 0 recomputed.
    const t = position === Number(input.defaultValue) ? DEFAULT_TEMPERATURE : sliderValue(position, 'log');
    const shown = formatParameter(t, 'any', 'log');
    input.setAttribute('aria-valuetext', shown);
    if (output) output.textContent = shown;
    const drawn = temperatureBars(data.z, t, data.idPrefix, shown);
    figure.querySelector('svg.plot-svg')!.outerHTML = drawn.svg;
    const caption = figure.querySelector('figcaption');
    if (caption) caption.textContent = drawn.description;
    clearTimeout(announce);
    if (live) announce = setTimeout(() => (live.textContent = drawn.description), ANNOUNCE_AFTER_MS);
  };

  input.addEventListener('input', () => {
    frame ||= requestAnimationFrame(render);
  });
  figure.dataset.paramLive = 'ready';
  // The value may have moved while the island loaded.
  render();
}
