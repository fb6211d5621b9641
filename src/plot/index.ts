export { linearScale, ticks, nice, tickStep, formatTick, type LinearScale } from './scale';
export { sampleCurve, type SampleOptions, type SampledCurve } from './sample';
export {
  simplify,
  clipPolyline,
  clipSegment,
  distanceToSegment,
  type Point,
  type Polyline,
  type Box,
} from './geometry';
export { pathData } from './path';
export { writeSvg, type Series, type SvgFigure } from './svg';
export { maxDeviation } from './deviation';
export { describeActivation, describeDerivative, tailPhrase } from './describe';
export {
  activationFigure,
  drawActivationFigure,
  derivativeJumps,
  getActivation,
  type ActivationFigure,
  type ActivationFigureOptions,
} from './figure';
export { gatedFigure, getGated, type GatedFigure } from './gated-figure';
export { formatNumber } from './format';
export { pairFigure } from './figure';
export { propertyRows, formatRange } from './properties-table';
export { activationPlotHtml, plotFigures, type ActivationPlotProps } from './figure-html';
export { activationPropertyRows, formatLimit, propertiesByFamily, type PropertyCell } from './term-properties';
