/**
 * Vietnamese text as typed in real spreadsheets: NFC or NFD (Windows/macOS keyboards vs Unikey), old or new
 * tone-mark placement (Thanh Hoá / Thanh Hóa), non-breaking and zero-width spaces pasted from web pages.
 */

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;
// \s covers NBSP, U+1680, U+2000–U+200A, U+2028/2029, U+202F, U+205F, U+3000 and ASCII whitespace.
const ANY_SPACE = /\s+/gu;

/** The five tone marks as combining characters (after NFD): grave, acute, hook above, tilde, dot below. */
const TONE = '\u0300\u0301\u0309\u0303\u0323';

// An open syllable ending in oa / oe / uy (not qu-y): "hoá" -> "hóa", "khoẻ" -> "khỏe", "thuỷ" -> "thủy".
// Syllables with a final consonant or glide (hoàng, thuyền, ngoài) keep the tone on the second vowel in both styles.
const NEW_STYLE_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Moves the tone mark of open oa/oe/uy syllables to the first vowel (hóa, khỏe, thủy): the placement the
 * roster uses, so both placements compare equal. Returns NFC.
 */
export function unifyToneMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(NEW_STYLE_TONE, (_m, pair: string, tone: string) => `${pair.charAt(0)}${tone}${pair.charAt(1)}`)
    .normalize('NFC');
}

/** Anything cleanText would change in NFC text: a zero-width character, a space other than one ASCII space between words. */
const NOT_CLEAN = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]|[^\S ]| {2}|^ | $/u;

/** NFC, zero-width characters removed, every kind of space made an ASCII space, trimmed and collapsed. Keeps case. */
export function cleanText(s: string): string {
  const nfc = s.normalize('NFC');
  // Most text is clean already (every evidence cell of every form is cleaned): one test instead of two rewrites.
  if (!NOT_CLEAN.test(nfc)) return nfc;
  return nfc.replace(ZERO_WIDTH, '').replace(ANY_SPACE, ' ').trim();
}

/** The comparison key of a name: two spellings of the same name (form, tone placement, case, spaces) share it. */
export function nameKey(s: string): string {
  // Vietnamese has no casing rules of its own (only Turkish, Azeri and Lithuanian do): plain lower case is the
  // same, without a locale look-up per call.
  return unifyToneMarks(cleanText(s)).toLowerCase();
}
