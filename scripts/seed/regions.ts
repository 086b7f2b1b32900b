// The four pilot regions with their service areas (werkgebied). Municipalities carry the first
// two digits of their postcodes, so generated addresses look right. Written for the demo from
// general knowledge; not authoritative.
import type { PilotRegionId, Region } from '@koers/domain';

export interface Municipality {
  name: string;
  /** First digits of the postcodes in use there. */
  postcodePrefixes: string[];
}

export interface SeedRegion {
  id: PilotRegionId;
  municipalities: Municipality[];
  settings: Region['settings'];
  /** Neighbouring regions a candidate is sometimes shared with. */
  neighbours: PilotRegionId[];
  /** Rough share of the demo candidates. */
  candidateCount: number;
}

const privacyText = (desk: string) =>
  `${desk} gebruikt je gegevens alleen om je te begeleiden naar een baan of opleiding in het onderwijs. ` +
  'Alleen de adviseurs van het loket zien je dossier; een school of opleiding ziet alleen wat je zelf deelt. ' +
  'We bewaren je gegevens tot vier weken na afloop van je traject, of een jaar als je daar toestemming voor geeft.';

export const seedRegions: SeedRegion[] = [
  {
    id: 'nijmegen',
    municipalities: [
      { name: 'Nijmegen', postcodePrefixes: ['6511', '6521', '6532', '6541', '6543', '6546'] },
      { name: 'Wijchen', postcodePrefixes: ['6601', '6602', '6603'] },
      { name: 'Beuningen', postcodePrefixes: ['6641', '6642'] },
      { name: 'Berg en Dal', postcodePrefixes: ['6561', '6562', '6571'] },
      { name: 'Heumen', postcodePrefixes: ['6581', '6582'] },
      { name: 'Druten', postcodePrefixes: ['6651', '6652'] },
      { name: 'Mook en Middelaar', postcodePrefixes: ['6585', '6586'] },
      { name: 'Overbetuwe', postcodePrefixes: ['6661', '6662', '6663'] },
      { name: 'Lingewaard', postcodePrefixes: ['6681', '6691'] },
      { name: 'West Maas en Waal', postcodePrefixes: ['6658', '6659'] },
    ],
    settings: {
      losingSightDays: 30,
      senderName: 'Regioloket Onderwijs Rijk van Nijmegen',
      privacyText: privacyText('Het Regioloket Onderwijs Rijk van Nijmegen'),
      customFields: [
        {
          name: 'hoe_gevonden',
          label: 'Hoe heb je ons gevonden?',
          type: 'choice',
          options: ['Via via', 'Website', 'Social media', 'Informatieavond', 'Onderwijsloket'],
          required: false,
        },
      ],
      allowedOrigins: ['https://www.werkeninhetonderwijsnijmegen.nl'],
      // The demo adviser (scripts/seed/accounts.ts) takes website intake and handovers.
      intakeOwnerUid: 'demo-adviser-nijmegen',
    },
    neighbours: ['brabant-oost'],
    candidateCount: 130,
  },
  {
    id: 'midden-brabant',
    municipalities: [
      { name: 'Tilburg', postcodePrefixes: ['5011', '5017', '5025', '5037', '5041', '5045'] },
      { name: 'Waalwijk', postcodePrefixes: ['5141', '5143', '5146'] },
      { name: 'Oisterwijk', postcodePrefixes: ['5061', '5062'] },
      { name: 'Dongen', postcodePrefixes: ['5101', '5102'] },
      { name: 'Gilze en Rijen', postcodePrefixes: ['5121', '5126'] },
      { name: 'Goirle', postcodePrefixes: ['5051', '5052'] },
      { name: 'Hilvarenbeek', postcodePrefixes: ['5081', '5085'] },
      { name: 'Loon op Zand', postcodePrefixes: ['5171', '5175'] },
      { name: 'Heusden', postcodePrefixes: ['5251', '5253', '5256'] },
    ],
    settings: {
      losingSightDays: 30,
      senderName: 'RAP Midden-Brabant',
      privacyText: privacyText('Het regioloket van RAP Midden-Brabant'),
      customFields: [],
      allowedOrigins: ['https://www.onderwijsmiddenbrabant.nl'],
      intakeOwnerUid: 'demo-adviser-midden-brabant',
    },
    neighbours: ['brabant-oost'],
    candidateCount: 90,
  },
  {
    id: 'brabant-oost',
    municipalities: [
      { name: 'Eindhoven', postcodePrefixes: ['5611', '5622', '5631', '5642', '5653'] },
      { name: 'Helmond', postcodePrefixes: ['5701', '5704', '5707'] },
      { name: 'Veldhoven', postcodePrefixes: ['5501', '5504'] },
      { name: 'Best', postcodePrefixes: ['5681', '5683'] },
      { name: 'Geldrop-Mierlo', postcodePrefixes: ['5661', '5731'] },
      { name: 'Nuenen, Gerwen en Nederwetten', postcodePrefixes: ['5671', '5672'] },
      { name: 'Son en Breugel', postcodePrefixes: ['5691', '5694'] },
      { name: 'Waalre', postcodePrefixes: ['5581', '5582'] },
      { name: 'Valkenswaard', postcodePrefixes: ['5551', '5554'] },
      { name: 'Deurne', postcodePrefixes: ['5751', '5753'] },
      { name: 'Someren', postcodePrefixes: ['5711', '5712'] },
      { name: 'Gemert-Bakel', postcodePrefixes: ['5421', '5761'] },
      { name: 'Laarbeek', postcodePrefixes: ['5741', '5735'] },
    ],
    settings: {
      losingSightDays: 45,
      senderName: 'Onderwijsregio Brabant Oost',
      privacyText: privacyText('Onderwijsregio Brabant Oost'),
      customFields: [{ name: 'techniekachtergrond', label: 'Achtergrond in de techniek', type: 'boolean', required: false }],
      allowedOrigins: ['https://www.onderwijsregiobrabantoost.nl'],
    },
    neighbours: ['nijmegen', 'midden-brabant'],
    candidateCount: 100,
  },
  {
    id: 'kennemerland-amsterdam',
    municipalities: [
      { name: 'Amsterdam', postcodePrefixes: ['1011', '1017', '1053', '1062', '1073', '1091', '1102'] },
      { name: 'Haarlem', postcodePrefixes: ['2011', '2015', '2021', '2031'] },
      { name: 'Zandvoort', postcodePrefixes: ['2041', '2042'] },
      { name: 'Bloemendaal', postcodePrefixes: ['2061', '2051'] },
      { name: 'Heemstede', postcodePrefixes: ['2101', '2103'] },
      { name: 'Velsen', postcodePrefixes: ['1971', '1981'] },
      { name: 'Beverwijk', postcodePrefixes: ['1941', '1944'] },
      { name: 'Heemskerk', postcodePrefixes: ['1961', '1963'] },
      { name: 'Haarlemmermeer', postcodePrefixes: ['2131', '2132', '2152'] },
      { name: 'Amstelveen', postcodePrefixes: ['1181', '1183', '1187'] },
      { name: 'Diemen', postcodePrefixes: ['1111', '1112'] },
      { name: 'Ouder-Amstel', postcodePrefixes: ['1191', '1115'] },
      { name: 'Aalsmeer', postcodePrefixes: ['1431', '1432'] },
      { name: 'Uithoorn', postcodePrefixes: ['1421', '1422'] },
    ],
    settings: {
      losingSightDays: 30,
      senderName: 'Onderwijsregio Kennemerland & Groot-Amsterdam',
      privacyText: privacyText('Onderwijsregio Kennemerland & Groot-Amsterdam'),
      customFields: [],
      allowedOrigins: ['https://www.onderwijsregiokennemerland.nl', 'https://www.werkeninhetamsterdamsonderwijs.nl'],
    },
    neighbours: [],
    candidateCount: 80,
  },
];
