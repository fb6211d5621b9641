/**
 * Does a description stop mid-sentence: an ellipsis, or no closing punctuation?
 * @example cutMidSentence('GELU weights its input by…') // true
 */
export const cutMidSentence = (d: string): boolean => /…$/.test(d.trim()) || !/[.!?]["”’)]?$/.test(d.trim());
