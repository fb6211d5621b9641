export { slugSchema, slugify } from './slug';
export { sourceSchema, type Source } from './source';
export {
  plotSchema,
  plotDomainSchema,
  activationIdSchema,
  activationPlotAttributesSchema,
  PLOT_DOMAIN_LIMITS,
  type ActivationPlotAttributes,
} from './plot';
export { seoSchema } from './seo';
export { categorySchema, type Category } from './category';
export { makeTermSchema, termSchema, type TermData } from './term';
export { zodIssues, formatIssue, formatPath, isError, type ContentIssue } from './errors';
export { constantSchema, type Constant } from './constant';
export { RULES } from './rules';
export {
  implementationSchema,
  FRAMEWORKS,
  FRAMEWORK_LABELS,
  type Framework,
  type Implementation,
} from './implementation';
