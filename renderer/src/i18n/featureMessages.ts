/** The shape of a feature's texts: `{ pl: {…}, en: {…} }`, each with the feature's own top-level keys. */
export interface FeatureMessages {
  pl: Record<string, unknown>;
  en: Record<string, unknown>;
}
