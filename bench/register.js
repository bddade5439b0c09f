// Lets `node` run the benchmark's TypeScript (and the src/ modules it imports) directly:
// each .ts file is transpiled with @swc/core (already a dev dependency via @swc/jest) on require.
'use strict';
const fs = require('fs');
const swc = require('@swc/core');

/** @param {NodeJS.Module} module @param {string} filename */
require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  // Module#_compile is Node's own (undocumented, untyped) way for a require hook to run source.
  /** @type {NodeJS.Module & { _compile(code: string, filename: string): void }} */ (module)._compile(
    code,
    filename,
  );
};
