/**
 * The parameter island's part for activation curves (loaded by main.ts when
 * the page has such a figure): it redraws each parametric figure with the
 * kernel's family function at the slider values and the build's own drawing
 * code (drawFigure, valuesTableRows): one code path, so at the default values
 * its SVG is the build's, byte for byte (test/browser/parameters.test.ts).
 */
import { loadFamily } from '../../kernel/lazy';
import { drawFigure } from '../activation-figure';
import { valuesTableRows } from '../values-table';
import { formatParameter, type ParameterPlotData } from '../parameter-controls';

/** How long the reader must pause before the live region reads the new description. */
const ANNOUNCE_AFTER_MS = 800;

/** Wires every parametric curve figure on the page; called once by main.ts. */
export function start(): Promise<void[]> {
  return Promise.all([...document.querySelectorAll<HTMLElement>('figure[data-param-plot]')].map(wire));
}

async function wire(figure: HTMLElement): Promise<void> {
  if (figure.dataset.paramLive) return;
  figure.dataset.paramLive = 'loading';
  const data = JSON.parse(figure.dataset.paramPlot!) as ParameterPlotData;
  const make = await loadFamily[data.fn]();
  // The comparisons do not move: the build traced them, so their kernel code is never loaded.
  const compare = data.compare.map((trace) => ({ name: trace.name, trace }));
  const inputs = [...figure.querySelectorAll<HTMLInputElement>('input[type=range]')];
  const live = figure.querySelector<HTMLElement>('[aria-live]');
  let frame = 0;
  let announce: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    frame = 0;
    const values: Record<string, number> = {};
    let moved = false;
    for (const input of inputs) {
      const value = Number(input.value);
      const initial = Number(input.defaultValue);
      // Browsers keep 15 significant digits of a slider's value (RReLU's u = 1/3 reads back as 0.333333333333333):
      // that close to the default is the default, so the figure is the build's.
      const atDefault = Math.abs(value - initial) <= 1e-14 * Math.abs(initial);
      values[input.dataset.param!] = atDefault ? initial : value;
      moved ||= !atDefault;
      const shown = formatParameter(values[input.dataset.param!], input.step === 'any' ? 'any' : Number(input.step));
      input.setAttribute('aria-valuetext', shown);
      const output = figure.querySelector(`output[for="${input.id}"]`);
      if (output) output.textContent = shown;
    }
    // Away from the defaults the description names the values; at them it is the build's, word for word.
    const drawn = drawFigure(make(values), compare, {
      domain: data.domain,
      derivative: data.derivative,
      idSuffix: data.idSuffix,
      parameters: moved
        ? inputs.map((i) => `${i.dataset.symbol} = ${i.getAttribute('aria-valuetext')}`).join(', ')
        : undefined,
    });
    figure.querySelector('svg.plot-svg')!.outerHTML = drawn.svg;
    const rows = figure.querySelector('details tbody');
    if (rows) rows.innerHTML = valuesTableRows(drawn.table);
    const caption = figure.querySelector('figcaption');
    if (caption && !data.caption) caption.textContent = drawn.description;
    clearTimeout(announce);
    if (live) announce = setTimeout(() => (live.textContent = drawn.description), ANNOUNCE_AFTER_MS);
  };

  const schedule = () => {
    frame ||= requestAnimationFrame(render);
  };
  for (const input of inputs) input.addEventListener('input', schedule);
  figure.dataset.paramLive = 'ready';
  // Values may have moved while the island loaded.
  render();
}
