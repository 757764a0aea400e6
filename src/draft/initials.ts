/** How a name's words are read for their initials. */
export interface InitialsOptions {
  /** A hyphen parts words too: "Non-Governmental Organisation" → "NGO". */
  readonly hyphens?: boolean;
  /** Only capitalised words count: "European Health Data Space" → "EHDS", "of" left out. */
  readonly capitalised?: boolean;
  /** Words (in small letters) left out: an event's generic words ("Forum", "Annual"). */
  readonly skip?: ReadonlySet<string>;
}

/** The initials of a name's words, in capitals: "Virtual Human Twins" → "VHT". */
export function initialsOf(name: string, options: InitialsOptions = {}): string {
  const { hyphens = false, capitalised = false, skip } = options;
  return name
    .split(hyphens ? /[\s-]+/ : /\s+/)
    .filter((w) => w !== '' && (!capitalised || /^\p{Lu}/u.test(w)))
    .filter((w) => !skip?.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
