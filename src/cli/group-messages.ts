import type { VFileMessage } from 'vfile-message';

/** A message to print, and the later ones of its kind it stands for. */
export interface MessageGroup {
  readonly message: VFileMessage;
  readonly more: readonly VFileMessage[];
}

/**
 * Messages in order, warnings of one rule in one file grouped when there
 * are more than `limit` of them (78 links to other chapters, say): the
 * group prints as its first message with a count and the next places.
 * Errors always print one by one.
 */
export function groupMessages(messages: readonly VFileMessage[], limit = 3): MessageGroup[] {
  const byKind = new Map<string, VFileMessage[]>();
  const kindOf = (message: VFileMessage): string | undefined =>
    message.fatal === true || message.ruleId === undefined
      ? undefined
      : `${String(message.file)}\u0000${message.source ?? ''}:${message.ruleId}`;
  for (const message of messages) {
    const kind = kindOf(message);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), message]);
  }
  const groups: MessageGroup[] = [];
  for (const message of messages) {
    const kind = kindOf(message);
    const same = kind === undefined ? [message] : (byKind.get(kind) ?? [message]);
    if (same.length <= limit) groups.push({ message, more: [] });
    else if (same[0] === message) groups.push({ message, more: same.slice(1) });
  }
  return groups;
}
