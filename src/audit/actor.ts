import { userInfo } from 'node:os';

/** `cli:<user>` for a command run by a person on this machine. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}
