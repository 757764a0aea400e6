/** How the words after a name's comma go on when they are no apposition of the name. */

/**
 * ", who will share …": a clause about the person, not their title (", who leads …" is one);
 * "the Minister of Social Affairs, Kadri Saar, today witnessed …": the sentence goes on;
 * "According to X, those will follow …": the sentence goes on;
 * "Following a presentation by X, the Board approved …": a clause with its own subject;
 * "Our Deputy Minister, X, attended the event with …": the sentence's verb.
 */
export const NEW_CLAUSE =
  /^,\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:(?!(?:elected|appointed|named|nominated|re-elected|chosen|hired|based)\s)\p{Ll}+ed\s+(?:the|a|an|its|their|this|that)\s|(?:has|had|have|is|was|were|will)\s)|^,\s+(?!(?:elected|appointed|named|nominated|re-elected|chosen|hired|based)\s)\p{Ll}+ed\s+(?:the|a|an|this|that|its|their|his|her|our)\s/u;
export const RELATIVE_CLAUSE =
  /^,\s+(?:those|these|they|it|this|there|we|he|she|today|yesterday|tomorrow|also|then|now|jointly|together)\s|^,\s+(?:and|or|but)\s|^,\s+(?:told|said|says|added|argued|warned|stressed|explained)\s|^,\s+(?:who|whose|whom|which|where|when)\b(?!\s+(?:leads|heads|directs|chairs|coordinates|runs|manages|works|is|was|has been|serves|founded|co-founded))/i;
