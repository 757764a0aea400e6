/**
 * An e-mail copied with its headers ("From: … / Sent: … / To: … / Subject: FW: …"): its subject is
 * its title, without the "FW:"/"RE:" a forward or a reply puts before it.
 */
const HEADER = /^(?:From|Sent|Date|To|Cc|Subject)[ \t]*:/i;
const SENDER = /^(?:From|To|Sent)[ \t]*:/i;
const SUBJECT = /^Subject[ \t]*:[ \t]*(?:(?:FWD?|RE|AW|TR|WG)[ \t]*:[ \t]*)*(\S.*)$/i;

/** The subject of an e-mail whose first lines are its headers (two or more of them). */
export function mailSubject(lines: readonly string[]): string | undefined {
  const head = lines.slice(0, 5);
  // (an e-mail's sender or recipient among them: an event notice's "Date:" and "Subject:" are not)
  if (head.filter((l) => HEADER.test(l)).length < 2 || !head.some((l) => SENDER.test(l)))
    return undefined;
  for (const line of head) {
    const m = SUBJECT.exec(line);
    if (m) return m[1]!.trim();
  }
  return undefined;
}
