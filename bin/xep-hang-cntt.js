#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build:cli` (run by `npm ci` through the `prepare` script).
require('../dist/node/cli/main.js');
