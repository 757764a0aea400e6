/** Facts of the curated founding document (seed/2025-10-21-ebrains-vht-event.yaml) that tests check. */
export const EVENT = 'event:2025-10-21-vht-high-level-event';
export const ARTICLE = 'doc:2025-10-21-ebrains-vht-article';

/** The nine speakers of the 21 October 2025 event, by name, sorted. */
export const SPEAKERS = [
  'Fabian Schmich',
  'Frank E. Rademakers',
  'Henna Virkkunen',
  'Jean Colombel',
  'Lucilla Sioli',
  'Matt Truppo',
  'Mikael Benson',
  'Saila Rinne',
  'Sandra Gallina',
];
