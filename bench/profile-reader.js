// Entry point of the reader-only profiling loop: node --cpu-prof bench/profile-reader.js [files] [rounds]
'use strict';
require('./register');
require('./profile-reader.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
