// The widget's texts: Dutch by default, English with data-koers-lang="en". Vocabulary labels
// follow the app's locales (web/src/locales), kept here so the widget stays a few kilobytes.
import type { ActivityKind, Sector, Subject } from '@koers/domain';

export type Lang = 'nl' | 'en';

const nl = {
  activities: 'Activiteiten',
  vacancies: 'Vacatures',
  loading: 'Het aanbod wordt geladen…',
  loadFailed: 'Het aanbod kan nu niet worden geladen. Probeer het later opnieuw.',
  noActivities: 'Er staan nu geen activiteiten gepland.',
  noVacancies: 'Er zijn nu geen vacatures.',
  online: 'Online',
  placesLeft: (n: number) => (n === 1 ? 'Nog 1 plek vrij' : `Nog ${n} plekken vrij`),
  full: 'Vol',
  closed: 'Aanmelden is gesloten',
  otherRegion: 'Activiteit van een andere regio',
  register: 'Aanmelden',
  registerFor: (title: string) => `Aanmelden voor ${title}`,
  close: 'Sluiten',
  name: 'Naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer (niet verplicht)',
  honeypot: 'Laat dit veld leeg',
  consent: 'Ik geef toestemming dat het regioloket mijn gegevens gebruikt voor deze aanmelding en om contact met mij op te nemen over de overstap naar het onderwijs.',
  submit: 'Aanmelding versturen',
  sending: 'Bezig met versturen…',
  required: 'Verplicht',
  errors: {
    name: 'Vul je naam in.',
    email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    phone: 'Vul een geldig telefoonnummer in (alleen cijfers, spaties, +, - en haakjes).',
    privacyConsent: 'Geef toestemming om je aan te melden.',
  },
  checkFields: (n: number) => (n === 1 ? 'Er is 1 veld dat je nog moet aanpassen.' : `Er zijn ${n} velden die je nog moet aanpassen.`),
  registered: (title: string) => `Je bent aangemeld voor ${title}. Je hoort van ons.`,
  alreadyRegistered: (title: string) => `Je was al aangemeld voor ${title}.`,
  nowFull: 'Helaas, de activiteit is inmiddels vol.',
  started: 'Deze activiteit is al begonnen; aanmelden kan niet meer.',
  refused: 'Je aanmelding is niet verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
  tooMany: (minutes: number) => `Er zijn te veel aanmeldingen verstuurd vanaf dit adres. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  failed: 'Er ging iets mis bij het versturen. Probeer het later opnieuw.',
  hours: (n: number) => `${n} uur per week`,
  lateralEntry: 'Zij-instroom mogelijk',
  closes: (date: string) => `Reageren kan tot en met ${date}`,
  schoolWebsite: (school: string) => `Website van ${school}`,
  kind: {
    information_meeting: 'Informatiebijeenkomst',
    shadow_day: 'Meeloopdag',
    open_day: 'Open dag',
    webinar: 'Webinar',
    network_event: 'Netwerkbijeenkomst',
    other: 'Activiteit',
  } satisfies Record<ActivityKind, string>,
  sector: {
    po: 'Primair onderwijs',
    vo: 'Voortgezet onderwijs',
    so: 'Speciaal onderwijs',
    mbo: 'Middelbaar beroepsonderwijs',
    ho: 'Hoger onderwijs',
    pro: 'Praktijkonderwijs',
  } satisfies Record<Sector, string>,
  subject: {
    techniek: 'Techniek',
    informatica: 'Informatica',
    nederlands: 'Nederlands',
    beroepsgericht_vmbo: 'Beroepsgerichte vakken vmbo',
    nask: 'NaSk',
    duits: 'Duits',
    wiskunde: 'Wiskunde',
    natuurkunde: 'Natuurkunde',
    frans: 'Frans',
    scheikunde: 'Scheikunde',
    engels: 'Engels',
    klassieke_talen: 'Klassieke talen',
    biologie: 'Biologie',
    aardrijkskunde: 'Aardrijkskunde',
    geschiedenis: 'Geschiedenis',
    economie: 'Economie',
    lichamelijke_opvoeding: 'Lichamelijke opvoeding',
    kunstvakken: 'Kunstvakken',
    levensbeschouwing: 'Levensbeschouwing',
    groepsleerkracht_po: 'Groepsleerkracht (po)',
  } satisfies Record<Subject, string>,
};

export type Texts = typeof nl;

const en: Texts = {
  activities: 'Activities',
  vacancies: 'Vacancies',
  loading: 'Loading…',
  loadFailed: 'The offer cannot be loaded right now. Please try again later.',
  noActivities: 'No activities are planned right now.',
  noVacancies: 'There are no vacancies right now.',
  online: 'Online',
  placesLeft: (n) => (n === 1 ? '1 place left' : `${n} places left`),
  full: 'Full',
  closed: 'Registration is closed',
  otherRegion: 'Activity of another region',
  register: 'Register',
  registerFor: (title) => `Register for ${title}`,
  close: 'Close',
  name: 'Name',
  email: 'E-mail address',
  phone: 'Phone number (optional)',
  honeypot: 'Leave this field empty',
  consent: 'I agree that the regional desk uses my details for this registration and to contact me about moving into teaching.',
  submit: 'Send registration',
  sending: 'Sending…',
  required: 'Required',
  errors: {
    name: 'Enter your name.',
    email: 'Enter a valid e-mail address, for example name@example.org.',
    phone: 'Enter a valid phone number (digits, spaces, +, - and brackets only).',
    privacyConsent: 'Give your consent to register.',
  },
  checkFields: (n) => (n === 1 ? 'One field needs your attention.' : `${n} fields need your attention.`),
  registered: (title) => `You are registered for ${title}. We will be in touch.`,
  alreadyRegistered: (title) => `You were already registered for ${title}.`,
  nowFull: 'Sorry, the activity is full by now.',
  started: 'This activity has started; registration is closed.',
  refused: 'Your registration was not sent. Please check your details and send the form again.',
  tooMany: (minutes) => `Too many registrations were sent from this address. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  failed: 'Something went wrong while sending. Please try again later.',
  hours: (n) => `${n} hours a week`,
  lateralEntry: 'Lateral entry possible',
  closes: (date) => `Apply until ${date}`,
  schoolWebsite: (school) => `Website of ${school}`,
  kind: { information_meeting: 'Information meeting', shadow_day: 'Shadow day', open_day: 'Open day', webinar: 'Webinar', network_event: 'Network event', other: 'Activity' },
  sector: {
    po: 'Primary education',
    vo: 'Secondary education',
    so: 'Special education',
    mbo: 'Secondary vocational education (mbo)',
    ho: 'Higher education',
    pro: 'Practical education',
  },
  subject: {
    techniek: 'Technology',
    informatica: 'Computer science',
    nederlands: 'Dutch',
    beroepsgericht_vmbo: 'Vocational subjects (vmbo)',
    nask: 'Physics and chemistry (NaSk)',
    duits: 'German',
    wiskunde: 'Mathematics',
    natuurkunde: 'Physics',
    frans: 'French',
    scheikunde: 'Chemistry',
    engels: 'English',
    klassieke_talen: 'Classical languages',
    biologie: 'Biology',
    aardrijkskunde: 'Geography',
    geschiedenis: 'History',
    economie: 'Economics',
    lichamelijke_opvoeding: 'Physical education',
    kunstvakken: 'Arts',
    levensbeschouwing: 'Religion and philosophy',
    groepsleerkracht_po: 'Primary class teacher',
  },
};

export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : nl;
}

export function formatters(lang: Lang) {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const timeZone = 'Europe/Amsterdam';
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return {
    /** "dinsdag 10 december 2026, 19:00–21:00" (the end's day too when it differs). */
    span(startsAt: string, endsAt: string): string {
      const start = new Date(startsAt);
      const end = new Date(endsAt);
      const sameDay = day.format(start) === day.format(end);
      return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
    },
    /** A calendar date (YYYY-MM-DD) as words. */
    date(isoDate: string): string {
      return date.format(new Date(`${isoDate}T00:00:00Z`));
    },
  };
}
