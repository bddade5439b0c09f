#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build:cli` (run by `npm ci` through the `prepare` script).
// Called explicitly: npm links this file as node_modules/.bin/xep-hang-cntt, so the compiled
// module cannot tell from its own path that it is the program being run.
const { main } = require('../dist/node/cli/main.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
