/**
 * How many random cases a property test draws. Mutation runs (jest.mutate.config.js sets MUTATION_RUN) draw a
 * fifth, at least 4: every surviving mutant runs its covering properties in full, and the HyperFormula ones take
 * seconds each. The mutation score is then a lower bound; `npm test` always draws the full count.
 */
export function propertyRuns(full: number): number {
  return process.env['MUTATION_RUN'] ? Math.max(4, Math.ceil(full / 5)) : full;
}
