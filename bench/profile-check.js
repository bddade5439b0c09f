// Entry point of the check-and-merge profiling loop: node --cpu-prof bench/profile-check.js [files] [rounds]
'use strict';
require('./register');
require('./profile-check.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
