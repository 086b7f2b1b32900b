import { defaultDelivery, notificationKinds, type DeliveryMode, type NotificationKind, type NotificationPreferences, type Role } from '@koers/domain';

/** Where a notification leads inside the app, or outside it; null when it has no usable link. */
export type NotificationTarget = { kind: 'internal'; path: string } | { kind: 'external'; href: string } | null;

/**
 * Functions write either an app path ('/berichten/t1') or a full URL (mails need one). A full
 * URL to this very app is turned back into a path, so the router navigates without a reload.
 */
export function notificationTarget(link: string, origin: string): NotificationTarget {
  const trimmed = link.trim();
  if (!trimmed) return null;
  // '//host' is protocol-relative: another site, not an app path.
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return { kind: 'internal', path: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.origin === origin) return { kind: 'internal', path: `${url.pathname}${url.search}${url.hash}` };
  return { kind: 'external', href: url.href };
}

/** The count the bell shows; capped so the badge stays small. */
export function unreadBadgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * Kinds of notification a person can receive, by role: a candidate only hears of messages,
 * schools and training institutes also of mentions and matches, directors of mentions,
 * staff of everything. Several roles give the union, in the canonical order.
 */
const kindsByRole: Record<Role, readonly NotificationKind[]> = {
  admin: [],
  coordinator: notificationKinds,
  adviser: notificationKinds,
  director: ['message', 'mention'],
  hr: ['message', 'mention', 'match'],
  training: ['message', 'mention', 'match'],
  candidate: ['message'],
};

export function notificationKindsFor(roles: readonly Role[]): NotificationKind[] {
  const held = new Set(roles.flatMap((role) => kindsByRole[role]));
  return notificationKinds.filter((kind) => held.has(kind));
}

/** The form's starting values: the stored choice per shown kind, else the default. */
export function preferenceValues(stored: NotificationPreferences | null | undefined, kinds: readonly NotificationKind[]): Record<string, DeliveryMode> {
  return Object.fromEntries(kinds.map((kind) => [kind, stored?.[kind] ?? defaultDelivery[kind]]));
}

/**
 * What to store: the edited kinds over the stored ones, so kinds this page did not show
 * (a role held before, say) keep their choice.
 */
export function mergePreferences(stored: NotificationPreferences | null | undefined, edited: NotificationPreferences): NotificationPreferences {
  return { ...stored, ...edited };
}

const relativeUnits: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago" as a value and unit for Intl.RelativeTimeFormat; under a minute is 'now' (null). */
export function relativeTime(at: Date, now: Date): { value: number; unit: Intl.RelativeTimeFormatUnit } | null {
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size) return { value: Math.trunc(seconds / size), unit };
  }
  return null;
}
