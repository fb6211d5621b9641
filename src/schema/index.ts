export { slugSchema, slugify } from './slug';
export { sourceSchema, type Source } from './source';
export {
  plotSchema,
  plotDomainSchema,
  activationIdSchema,
  activationPlotAttributesSchema,
  PLOT_DOMAIN_LIMITS,
  type PlotSpec,
  type ActivationPlotAttributes,
} from './plot';
export { seoSchema, type SeoOverrides } from './seo';
export { categorySchema, type Category } from './category';
export { makeTermSchema, termSchema, type TermData, type Comparison } from './term';
export { zodIssues, formatIssue, formatPath, parseOrThrow, isError, type ContentIssue } from './errors';
export { constantSchema, type Constant } from './constant';
export { RULES } from './rules';
export {
  implementationSchema,
  FRAMEWORKS,
  FRAMEWORK_LABELS,
  type Framework,
  type Implementation,
} from './implementation';
