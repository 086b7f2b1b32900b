// Dutch texts the demo data is made of: what advisers write down and candidates say.
import type { InteractionKind } from '@koers/domain';

export const motivations = [
  'Ik werk al vijftien jaar in de ICT en wil mijn kennis doorgeven aan jongeren.',
  'Als vrijwilliger bij de voetbalclub merk ik hoe leuk ik het vind om kinderen iets te leren.',
  'Na mijn werk als ingenieur zoek ik een baan met meer betekenis.',
  'Ik heb altijd al voor de klas willen staan, maar koos destijds voor een andere studie.',
  'Mijn eigen kinderen gaan naar de basisschool en ik zie hoe groot het lerarentekort is.',
  'Als trainer in het bedrijfsleven geef ik al les; nu wil ik dat in het onderwijs doen.',
  'Ik wil iets terugdoen voor de maatschappij en werken met jongeren past bij mij.',
  'In mijn vak als verpleegkundige begeleid ik stagiairs, en dat is het leukste deel van mijn werk.',
  'Ik ben laborant en wil scheikunde en biologie geven in het voortgezet onderwijs.',
  'Na een reorganisatie kijk ik breder, en het onderwijs trekt me al langer.',
];

export const notes = [
  'Wil graag eerst een dag meelopen voordat de keuze valt.',
  'Twijfelt tussen primair en voortgezet onderwijs; meeloopdag bij beide voorgesteld.',
  'Diploma laten waarderen via DUO; uitslag volgt.',
  'Combineert de opleiding straks met een baan van 0,6 fte.',
  'Heeft vooral vragen over salaris en de subsidie zij-instroom.',
  'Geschiktheidsonderzoek aangevraagd.',
  'Spreekt goed Engels; interesse in tweetalig onderwijs.',
];

export const tags = ['zij-instroom', 'herintreder', 'techniek', 'meeloopdag', 'informatieavond', 'tweetalig', 'statushouder', 'deeltijd'];

export const bottlenecks = [
  'Financiering van de opleiding',
  'Geen werkplek gevonden',
  'Combinatie van werk, studie en gezin',
  'Onduidelijk welke bevoegdheid nodig is',
  'Salarisverlies bij de overstap',
  'Lange wachttijd voor het geschiktheidsonderzoek',
  'Diploma niet erkend',
];

export const interactionSummaries: Partial<Record<InteractionKind, string[]>> = {
  phone: ['Telefonisch contact over de mogelijkheden', 'Teruggebeld over de toelatingseisen', 'Nagebeld na de informatieavond'],
  email: ['Informatie over zij-instroom gemaild', 'Vragen over de deeltijdpabo per e-mail beantwoord', 'Overzicht van opleidingen in de regio gestuurd'],
  in_person: ['Gesprek op het regioloket', 'Spreekuur op de bibliotheek'],
  advice_conversation: ['Adviesgesprek over de route naar een bevoegdheid', 'Adviesgesprek: zij-instroom of deeltijdopleiding', 'Adviesgesprek over vakken met een tekort'],
  introductory_conversation: ['Kennismakingsgesprek', 'Eerste kennismaking en wensen besproken'],
  activity_registration: ['Ingeschreven voor de informatiebijeenkomst', 'Aangemeld voor een meeloopdag'],
  referral: ['Doorverwezen door het Onderwijsloket', 'Doorverwezen door een schoolleider'],
};

export const taskTitles = [
  'Terugbellen over het geschiktheidsonderzoek',
  'Intakegesprek inplannen',
  'Meeloopdag regelen',
  'Nabellen na de informatiebijeenkomst',
  'Opleidingsaanbod doorsturen',
  'Contact opnemen met de school over een werkplek',
];

export const contactJobTitles = {
  school: ['Directeur', 'HR-adviseur', 'Schoolleider', 'Teamleider', 'Intern begeleider'],
  school_board: ['HR-adviseur', 'Bestuurssecretaris', 'Beleidsmedewerker HR'],
  training_institute: ['Opleidingscoördinator', 'Studieadviseur', 'Teamleider deeltijd'],
  regional_desk: ['Loketmedewerker', 'Projectleider'],
} as const;

export const streets = [
  'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Stationsstraat', 'Julianalaan', 'Beatrixstraat', 'Wilhelminastraat',
  'Schoolstraat', 'Lindelaan', 'Eikenlaan', 'Hoofdstraat', 'Nieuwstraat', 'Marktstraat', 'Kastanjelaan',
  'Prins Bernhardstraat', 'Oranjestraat', 'Burgemeester de Withstraat', 'Van Goghstraat', 'Rembrandtlaan',
  'Tulpstraat', 'Vondelstraat', 'Parkweg', 'Beukenlaan', 'Populierenstraat', 'Zonnebloemstraat', 'Kloosterstraat',
];

/** Landline area codes by municipality, with the region's main code as the fallback. */
export const areaCodes: Record<string, string> = {
  nijmegen: '024',
  'midden-brabant': '013',
  'brabant-oost': '040',
  'kennemerland-amsterdam': '023',
  Druten: '0487',
  'West Maas en Waal': '0487',
  Overbetuwe: '026',
  Lingewaard: '026',
  Waalwijk: '0416',
  'Loon op Zand': '0416',
  Heusden: '0416',
  Dongen: '0162',
  'Gilze en Rijen': '0161',
  Helmond: '0492',
  Deurne: '0493',
  Someren: '0493',
  'Gemert-Bakel': '0492',
  Laarbeek: '0492',
  Amsterdam: '020',
  Amstelveen: '020',
  Diemen: '020',
  'Ouder-Amstel': '020',
  Velsen: '0255',
  Beverwijk: '0251',
  Heemskerk: '0251',
  Aalsmeer: '0297',
  Uithoorn: '0297',
};
