// Entry point of `npm run bench` (see bench/README.md). Usage: npm run bench [-- --n 100]
'use strict';
require('./register');
require('./consolidate-bench.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
