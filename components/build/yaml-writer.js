// The part of the `yaml` package the renderers use (the writer), by module path, for the browser
// build only (see astro.config.mjs): importing the package's index would also pull the YAML
// parser, which only the lazily loaded linter needs, into every page's JavaScript.
export { Document } from '../../node_modules/yaml/browser/dist/doc/Document.js';
export { isMap, isScalar } from '../../node_modules/yaml/browser/dist/nodes/identity.js';
export { Scalar } from '../../node_modules/yaml/browser/dist/nodes/Scalar.js';
