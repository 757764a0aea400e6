/**
 * "The laboratory was officially opened yesterday by …": a place opened, named by the noun the
 * text gave it before ("… to establish the HeartTwin Laboratory at …"). The event is its opening,
 * named after that name: "Opening of the HeartTwin Laboratory".
 */
const OPENED =
  /\b[Tt]he\s+(?:new\s+)?(laboratory|lab|centre|center|hub|clinic|unit|facility|building|institute|wing)\s+(?:was|has\s+been|is|will\s+be)\s+(?:officially\s+|formally\s+)?(opened|inaugurated|launched)\b/;
const EVENT_OF: Readonly<Record<string, string>> = {
  opened: 'Opening',
  inaugurated: 'Inauguration',
  launched: 'Launch',
};

export function openedBefore(text: string, at: number, sentence: string): string | undefined {
  const m = OPENED.exec(sentence);
  if (!m) return undefined;
  const noun = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  // (named where the text says it is being set up: "to establish the HeartTwin Laboratory"; not
  // any earlier "… Facility" or "… Centre": "the Recovery and Resilience Facility")
  const named = new RegExp(
    String.raw`\b(?:establish|set up|build|create|fund|open|launch|inaugurate)\w*\s+(?:a|an|the|its|their)\s+(?:new\s+)?((?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,4})${noun}\b`,
    'gu',
  );
  const last = [...text.slice(0, at).matchAll(named)].at(-1);
  if (!last) return undefined;
  return `${EVENT_OF[m[2]!]} of the ${last[1]!.replace(/^The\s+/, '')}${noun}`;
}
