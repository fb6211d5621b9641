import { activations, type Activation } from '../kernel';
import { limitsOf, type Limit } from '../kernel/facts';
import { ACTIVATION_FAMILIES } from '../kernel/families';
import { formatNumber } from './format';
import { propertyRows } from './properties-table';

/** Names sorted as an English reader sorts them; one collator, not one per comparison. */
const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * A limit as a page shows it.
 * @example formatLimit({ kind: 'infinite', sign: -1, slope: 0.01 }) // '−∞, like 0.01·x'
 */
export function formatLimit(l: Limit): string {
  if (l.kind === 'finite') return formatNumber(l.value, 4);
  const end = l.sign > 0 ? '∞' : '−∞';
  if (l.slope === undefined) return `${end}, faster than linearly`;
  return l.slope === 1 ? `${end}, like x` : `${end}, like ${formatNumber(l.slope, 4)}·x`;
}

/** One computed property as a page shows it. */
export interface PropertyCell {
  label: string;
  text: string;
}

/**
 * Every computed property of a one-input activation: the compare pages' rows
 * (src/plot/properties-table.ts) followed by the limits at ±∞.
 */
export function activationPropertyRows(a: Activation): PropertyCell[] {
  const { minusInfinity, plusInfinity } = limitsOf(a);
  return [
    ...propertyRows(a).map(([label, text]) => ({ label, text })),
    { label: 'As x → −∞', text: formatLimit(minusInfinity) },
    { label: 'As x → +∞', text: formatLimit(plusInfinity) },
  ];
}

/** The table of every activation: one group per family, members sorted by name. */
export function propertiesByFamily(): { family: string; rows: { activation: Activation; cells: PropertyCell[] }[] }[] {
  return ACTIVATION_FAMILIES.map((f) => ({
    family: f.name,
    rows: f.ids
      .map((id) => activations[id])
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((activation) => ({ activation, cells: activationPropertyRows(activation) })),
  }));
}
