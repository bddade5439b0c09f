/**
 * A copy of a string that keeps nothing else alive. V8 makes a substring of 13 or more characters a view
 * into its parent, so one evidence text kept from a file would pin that file's whole shared-string part
 * (about 85 KB in a survey form; 35 MB held by 400 checked submissions).
 */
export function detachedText(s: string): string {
  // Concatenation makes a pair; slicing it copies the pair into one new string first, so the result views only that copy.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
