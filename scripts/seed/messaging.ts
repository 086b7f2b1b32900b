// Demo conversations: one between the Nijmegen adviser and the demo candidate (one message
// waits for her), and one among Nijmegen stakeholders. Seeding runs with triggers paused, so
// the thread counters, delivery stamps and the candidate's timeline entry are written here
// the way the message trigger would write them. No generator draws: the rest of the seed stays
// exactly as it was.
import {
  auditEntrySchema,
  messageSchema,
  threadSchema,
  type Message,
  type ParticipantRole,
  type Thread,
} from '@koers/domain';
import { demoAccount, demoCandidateId, type DemoAccount } from './accounts.js';
import type { SeedDocument } from './build.js';

interface DemoMessage {
  author: DemoAccount;
  text: string;
  minutesAgo: number;
}

interface DemoThread {
  id: string;
  title: string;
  candidateId: string | null;
  includesCandidate: boolean;
  people: Array<{ account: DemoAccount; role: ParticipantRole; organisationName: string | null }>;
  createdMinutesAgo: number;
  messages: DemoMessage[];
  /** Per uid: the last message (by index) they have read; -1 for none. */
  readUpTo: Record<string, number>;
}

const minute = 60_000;

function demoThreads(): DemoThread[] {
  const adviser = demoAccount('adviser', 'nijmegen');
  const coordinator = demoAccount('coordinator', 'nijmegen');
  const hr = demoAccount('hr', 'nijmegen');
  const candidate = demoAccount('candidate');
  return [
    {
      id: 'demo-thread-kandidaat',
      title: 'Je route naar het onderwijs',
      candidateId: demoCandidateId,
      includesCandidate: true,
      people: [
        { account: adviser, role: 'adviser', organisationName: null },
        { account: candidate, role: 'candidate', organisationName: null },
      ],
      createdMinutesAgo: 3 * 24 * 60,
      messages: [
        { author: adviser, minutesAgo: 3 * 24 * 60, text: 'Hoi Sanne, fijn dat je je hebt aangemeld! Zullen we volgende week bellen over je mogelijkheden?' },
        { author: candidate, minutesAgo: 3 * 24 * 60 - 90, text: 'Graag! Dinsdagmiddag komt mij goed uit.' },
        { author: adviser, minutesAgo: 2 * 24 * 60, text: 'Top, ik bel je dinsdag om 14.00 uur. Kijk alvast naar de informatiebijeenkomst over zij-instroom.' },
      ],
      readUpTo: { [adviser.uid]: 2, [candidate.uid]: 1 },
    },
    {
      id: 'demo-thread-regio',
      title: 'Zij-instromers voorjaar',
      candidateId: null,
      includesCandidate: false,
      people: [
        { account: coordinator, role: 'coordinator', organisationName: null },
        { account: adviser, role: 'adviser', organisationName: null },
        { account: hr, role: 'hr', organisationName: 'Kindcentrum De Klimop' },
      ],
      createdMinutesAgo: 5 * 24 * 60,
      messages: [
        { author: coordinator, minutesAgo: 5 * 24 * 60, text: 'Welke scholen hebben dit voorjaar plek voor een zij-instromer? Graag voor vrijdag laten weten.' },
        { author: hr, minutesAgo: 4 * 24 * 60, text: 'De Klimop heeft plek voor één zij-instromer in groep 5/6.' },
      ],
      readUpTo: { [coordinator.uid]: 1, [adviser.uid]: 0, [hr.uid]: 1 },
    },
  ];
}

function amsterdamDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

export function messagingDocuments(baseDate: Date): SeedDocument[] {
  const documents: SeedDocument[] = [];
  const ago = (minutes: number) => new Date(baseDate.getTime() - minutes * minute);
  for (const demo of demoThreads()) {
    const createdAt = ago(demo.createdMinutesAgo);
    const creator = demo.people[0]!.account;
    const messages = demo.messages.map((message, index) => ({ id: `m${index + 1}`, at: ago(message.minutesAgo), message }));
    const last = messages.at(-1)!;
    const thread: Thread = threadSchema.parse({
      title: demo.title,
      regionId: 'nijmegen',
      candidateId: demo.candidateId,
      includesCandidate: demo.includesCandidate,
      participantUids: demo.people.map((person) => person.account.uid),
      participants: Object.fromEntries(
        demo.people.map((person) => [
          person.account.uid,
          { name: person.account.displayName, role: person.role, organisationName: person.organisationName, addedAt: createdAt, addedBy: creator.uid, history: 'all' },
        ]),
      ),
      visibleFrom: Object.fromEntries(demo.people.map((person) => [person.account.uid, createdAt])),
      createdBy: creator.uid,
      createdAt,
      lastActivityAt: last.at,
      lastMessage: { authorName: last.message.author.displayName, preview: last.message.text.slice(0, 140), at: last.at },
      messageCount: messages.length,
      unread: Object.fromEntries(
        demo.people.map((person) => {
          const readUpTo = demo.readUpTo[person.account.uid] ?? -1;
          const unread = messages.filter(({ message }, index) => index > readUpTo && message.author.uid !== person.account.uid).length;
          return [person.account.uid, unread];
        }),
      ),
      readAt: Object.fromEntries(
        demo.people.flatMap((person) => {
          const readUpTo = demo.readUpTo[person.account.uid] ?? -1;
          return readUpTo >= 0 ? [[person.account.uid, new Date(messages[readUpTo]!.at.getTime() + minute)]] : [];
        }),
      ),
    });
    documents.push({ path: `threads/${demo.id}`, data: thread });
    for (const { id, at, message } of messages) {
      const data: Message = messageSchema.parse({
        kind: 'text',
        authorUid: message.author.uid,
        authorName: message.author.displayName,
        text: message.text,
        mentions: [],
        createdAt: at,
        editedAt: null,
        deleted: false,
        deliveredAt: at,
        event: null,
      });
      documents.push({ path: `threads/${demo.id}/messages/${id}`, data });
    }
    if (demo.candidateId) {
      // The timeline's collapsed entries: one per thread and day, as the trigger keeps them.
      const days = new Map<string, typeof messages>();
      for (const entry of messages) days.set(amsterdamDate(entry.at), [...(days.get(amsterdamDate(entry.at)) ?? []), entry]);
      for (const [day, entries] of days) {
        const latest = entries.at(-1)!;
        documents.push({
          path: `candidates/${demo.candidateId}/audit/thread-${demo.id}-${day}`,
          data: auditEntrySchema.parse({
            action: 'message',
            actor: latest.message.author.uid,
            at: latest.at,
            changedFields: ['messages'],
            from: null,
            to: {
              threadId: demo.id,
              title: demo.title,
              count: entries.length,
              authorNames: [...new Set(entries.map(({ message }) => firstName(message.author.displayName)))],
              includesCandidate: demo.includesCandidate,
            },
          }),
        });
      }
    }
  }
  return documents;
}
