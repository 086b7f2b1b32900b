// The regional networks: schools, boards, training institutes and each region's desk, with
// their programmes. Names are fictional or generic (some institutes carry their public name).
import type { OrganisationType, PilotRegionId, Programme, ProgrammeType, Sector, Subject } from '@koers/domain';
import { demoInstituteId, demoSchoolId } from './accounts.js';

export interface SeedOrganisation {
  id: string;
  regionId: PilotRegionId;
  type: OrganisationType;
  name: string;
  sectors: Sector[];
  municipality: string;
  boardId?: string;
  brin?: string;
}

type Row = [id: string, type: OrganisationType, name: string, sectors: Sector[], municipality: string, boardId?: string];

const rows: Record<PilotRegionId, Row[]> = {
  nijmegen: [
    ['nij-regioloket', 'regional_desk', 'Regioloket Onderwijs Rijk van Nijmegen', ['po', 'vo', 'mbo'], 'Nijmegen'],
    [demoInstituteId, 'training_institute', 'HAN Pabo Nijmegen', ['po'], 'Nijmegen'],
    ['nij-han-ile', 'training_institute', 'HAN Instituut Leraar en Educatie', ['vo', 'mbo'], 'Nijmegen'],
    ['nij-radboud-docenten', 'training_institute', 'Radboud Docenten Academie', ['vo'], 'Nijmegen'],
    ['nij-stichting-waalbogen', 'school_board', 'Stichting Waalbogen Primair Onderwijs', ['po'], 'Nijmegen'],
    ['nij-scholengroep-rijk', 'school_board', 'Scholengroep Rijk van Nijmegen', ['vo'], 'Nijmegen'],
    [demoSchoolId, 'school', 'Kindcentrum De Klimop', ['po'], 'Nijmegen', 'nij-stichting-waalbogen'],
    ['nij-obs-de-lanteerne', 'school', 'OBS De Lanteerne', ['po'], 'Wijchen', 'nij-stichting-waalbogen'],
    ['nij-bs-het-talent', 'school', 'Basisschool Het Talent', ['po'], 'Beuningen', 'nij-stichting-waalbogen'],
    ['nij-bs-de-wieken', 'school', 'Basisschool De Wieken', ['po'], 'Druten', 'nij-stichting-waalbogen'],
    ['nij-sbo-de-windroos', 'school', 'SBO De Windroos', ['so'], 'Nijmegen'],
    ['nij-waalstad-college', 'school', 'Waalstad College', ['vo'], 'Nijmegen', 'nij-scholengroep-rijk'],
    ['nij-heumens-lyceum', 'school', 'Heumens Lyceum', ['vo'], 'Heumen', 'nij-scholengroep-rijk'],
    ['nij-groesbeeks-college', 'school', 'Groesbeeks College', ['vo', 'pro'], 'Berg en Dal', 'nij-scholengroep-rijk'],
    ['nij-roc-rijk', 'school', 'ROC Rijk van Nijmegen', ['mbo'], 'Nijmegen'],
  ],
  'midden-brabant': [
    ['mb-regioloket', 'regional_desk', 'Regioloket RAP Midden-Brabant', ['po', 'vo', 'mbo'], 'Tilburg'],
    ['mb-fontys-pabo', 'training_institute', 'Fontys Pabo Tilburg', ['po'], 'Tilburg'],
    ['mb-fontys-lerarenopleiding', 'training_institute', 'Fontys Lerarenopleiding Tilburg', ['vo', 'mbo'], 'Tilburg'],
    ['mb-ulo-tilburg', 'training_institute', 'Universitaire Lerarenopleiding Tilburg', ['vo'], 'Tilburg'],
    ['mb-stichting-hart-van-brabant', 'school_board', 'Stichting Primair Onderwijs Hart van Brabant', ['po'], 'Tilburg'],
    ['mb-stichting-vo-midden-brabant', 'school_board', 'Stichting Voortgezet Onderwijs Midden-Brabant', ['vo'], 'Tilburg'],
    ['mb-bs-de-regenboog', 'school', 'Basisschool De Regenboog', ['po'], 'Tilburg', 'mb-stichting-hart-van-brabant'],
    ['mb-bs-t-schrijverke', 'school', "Basisschool 't Schrijverke", ['po'], 'Waalwijk', 'mb-stichting-hart-van-brabant'],
    ['mb-ikc-de-vlinder', 'school', 'IKC De Vlinder', ['po'], 'Goirle', 'mb-stichting-hart-van-brabant'],
    ['mb-bs-de-meent', 'school', 'Basisschool De Meent', ['po'], 'Dongen', 'mb-stichting-hart-van-brabant'],
    ['mb-lyceum-hart-van-brabant', 'school', 'Lyceum Hart van Brabant', ['vo'], 'Tilburg', 'mb-stichting-vo-midden-brabant'],
    ['mb-oisterwijks-college', 'school', 'Oisterwijks College', ['vo'], 'Oisterwijk', 'mb-stichting-vo-midden-brabant'],
    ['mb-praktijkschool-tilburg', 'school', 'Praktijkschool Tilburg', ['pro'], 'Tilburg'],
    ['mb-so-de-bolster', 'school', 'SO De Bolster', ['so'], 'Tilburg'],
    ['mb-roc-midden-brabant', 'school', 'ROC Midden-Brabant', ['mbo'], 'Tilburg'],
  ],
  'brabant-oost': [
    ['bo-regioloket', 'regional_desk', 'Regioloket Onderwijsregio Brabant Oost', ['po', 'vo', 'mbo'], 'Eindhoven'],
    ['bo-pabo-de-kempel', 'training_institute', 'Pabo De Kempel', ['po'], 'Helmond'],
    ['bo-fontys-eindhoven', 'training_institute', 'Fontys Lerarenopleiding Eindhoven', ['vo', 'mbo'], 'Eindhoven'],
    ['bo-eindhoven-school-of-education', 'training_institute', 'Eindhoven School of Education', ['vo'], 'Eindhoven'],
    ['bo-stichting-po-eindhoven', 'school_board', 'Stichting Primair Onderwijs Eindhoven-Oost', ['po'], 'Eindhoven'],
    ['bo-stichting-vo-helmond-peel', 'school_board', 'Stichting VO Helmond-Peel', ['vo'], 'Helmond'],
    ['bo-bs-de-boog', 'school', 'Basisschool De Boog', ['po'], 'Eindhoven', 'bo-stichting-po-eindhoven'],
    ['bo-bs-de-toermalijn', 'school', 'Basisschool De Toermalijn', ['po'], 'Helmond', 'bo-stichting-po-eindhoven'],
    ['bo-kc-kameleon', 'school', 'Kindcentrum Kameleon', ['po'], 'Veldhoven', 'bo-stichting-po-eindhoven'],
    ['bo-bs-de-ster', 'school', 'Basisschool De Ster', ['po'], 'Deurne', 'bo-stichting-po-eindhoven'],
    ['bo-technisch-lyceum', 'school', 'Technisch Lyceum Eindhoven', ['vo'], 'Eindhoven', 'bo-stichting-vo-helmond-peel'],
    ['bo-peelland-college', 'school', 'Peelland College', ['vo'], 'Deurne', 'bo-stichting-vo-helmond-peel'],
    ['bo-geldrops-lyceum', 'school', 'Geldrops Lyceum', ['vo'], 'Geldrop-Mierlo', 'bo-stichting-vo-helmond-peel'],
    ['bo-vakcollege-brainport', 'school', 'Vakcollege Brainport', ['mbo'], 'Eindhoven'],
    ['bo-so-de-korenaar', 'school', 'SO De Korenaar', ['so'], 'Eindhoven'],
  ],
  'kennemerland-amsterdam': [
    ['ka-regioloket', 'regional_desk', 'Regioloket Onderwijsregio Kennemerland & Groot-Amsterdam', ['po', 'vo', 'mbo'], 'Haarlem'],
    ['ka-pabo-hva', 'training_institute', 'Pabo Hogeschool van Amsterdam', ['po'], 'Amsterdam'],
    ['ka-inholland-pabo', 'training_institute', 'Inholland Pabo Haarlem', ['po'], 'Haarlem'],
    ['ka-hva-lerarenopleidingen', 'training_institute', 'HvA Lerarenopleidingen', ['vo', 'mbo'], 'Amsterdam'],
    ['ka-ilo-uva', 'training_institute', 'Interfacultaire Lerarenopleidingen UvA', ['vo'], 'Amsterdam'],
    ['ka-stichting-spaarnestad', 'school_board', 'Stichting Spaarnestad Primair', ['po'], 'Haarlem'],
    ['ka-stichting-amstelwijs', 'school_board', 'Stichting Amstelwijs Onderwijs', ['po', 'vo'], 'Amsterdam'],
    ['ka-bs-de-molenwiek', 'school', 'Basisschool De Molenwiek', ['po'], 'Haarlem', 'ka-stichting-spaarnestad'],
    ['ka-obs-de-kraal', 'school', 'OBS De Kraal', ['po'], 'Amsterdam', 'ka-stichting-amstelwijs'],
    ['ka-bs-de-duinroos', 'school', 'Basisschool De Duinroos', ['po'], 'Zandvoort', 'ka-stichting-spaarnestad'],
    ['ka-ikc-het-anker', 'school', 'IKC Het Anker', ['po'], 'Velsen', 'ka-stichting-spaarnestad'],
    ['ka-spaarne-lyceum', 'school', 'Spaarne Lyceum', ['vo'], 'Haarlem'],
    ['ka-amstel-college', 'school', 'Amstel College', ['vo'], 'Amsterdam', 'ka-stichting-amstelwijs'],
    ['ka-praktijkschool-kennemerland', 'school', 'Praktijkschool Kennemerland', ['pro'], 'Beverwijk'],
    ['ka-mbo-college-amstel', 'school', 'MBO College Amstel', ['mbo'], 'Amsterdam'],
  ],
};

export const seedOrganisations: SeedOrganisation[] = Object.entries(rows).flatMap(([regionId, list]) =>
  list.map(([id, type, name, sectors, municipality, boardId]) => ({
    id,
    regionId: regionId as PilotRegionId,
    type,
    name,
    sectors,
    municipality,
    ...(boardId ? { boardId } : {}),
  })),
);

export interface SeedProgramme {
  id: string;
  regionId: PilotRegionId;
  programme: Programme;
}

type ProgrammeRow = [
  id: string,
  organisationId: string,
  name: string,
  type: ProgrammeType,
  sectors: Sector[],
  subjects: Subject[],
  durationMonths: number,
  admission: string,
];

const hbo = 'Een afgeronde hbo- of wo-opleiding; een intake en een geschiktheidsonderzoek horen bij de toelating.';
const pabo = 'Havo, vwo of mbo-4 met de toelatingstoetsen aardrijkskunde, geschiedenis en natuur en techniek.';
const master = 'Een afgeronde wo-master in of verwant aan het schoolvak.';
const pdg = 'Een hbo-diploma en een aanstelling van ten minste 0,4 fte in het mbo.';

const programmeRows: Record<PilotRegionId, ProgrammeRow[]> = {
  nijmegen: [
    ['nij-deeltijd-pabo', demoInstituteId, 'Deeltijd pabo', 'part_time_pabo', ['po'], ['groepsleerkracht_po'], 48, pabo],
    ['nij-verkorte-pabo', demoInstituteId, 'Verkorte pabo voor academici', 'shortened_pabo', ['po'], ['groepsleerkracht_po'], 24, hbo],
    ['nij-tweedegraads-wiskunde', 'nij-han-ile', 'Tweedegraads lerarenopleiding Wiskunde (deeltijd)', 'second_degree', ['vo', 'mbo'], ['wiskunde'], 48, pabo],
    ['nij-zij-instroom-techniek', 'nij-han-ile', 'Zij-instroomtraject Techniek', 'lateral_entry_track', ['vo', 'mbo'], ['techniek', 'natuurkunde'], 24, hbo],
    ['nij-educatieve-master', 'nij-radboud-docenten', 'Educatieve master', 'educational_master', ['vo'], ['nederlands', 'engels', 'geschiedenis'], 12, master],
  ],
  'midden-brabant': [
    ['mb-deeltijd-pabo', 'mb-fontys-pabo', 'Deeltijd pabo Tilburg', 'part_time_pabo', ['po'], ['groepsleerkracht_po'], 48, pabo],
    ['mb-tweedegraads-engels', 'mb-fontys-lerarenopleiding', 'Tweedegraads Engels', 'second_degree', ['vo', 'mbo'], ['engels'], 48, pabo],
    ['mb-pdg', 'mb-fontys-lerarenopleiding', 'Pedagogisch-didactisch getuigschrift (PDG)', 'pdg', ['mbo'], [], 18, pdg],
    ['mb-eerstegraads', 'mb-ulo-tilburg', 'Eerstegraads lerarenopleiding', 'first_degree', ['vo'], ['economie', 'nederlands', 'geschiedenis'], 12, master],
  ],
  'brabant-oost': [
    ['bo-verkorte-pabo', 'bo-pabo-de-kempel', 'Verkorte pabo', 'shortened_pabo', ['po'], ['groepsleerkracht_po'], 24, hbo],
    ['bo-tweedegraads-nask', 'bo-fontys-eindhoven', 'Tweedegraads Natuurkunde en NASK', 'second_degree', ['vo'], ['natuurkunde', 'nask'], 48, pabo],
    ['bo-eerstegraads-wiskunde-informatica', 'bo-eindhoven-school-of-education', 'Eerstegraads Wiskunde en Informatica', 'first_degree', ['vo'], ['wiskunde', 'informatica'], 12, master],
  ],
  'kennemerland-amsterdam': [
    ['ka-deeltijd-pabo', 'ka-pabo-hva', 'Deeltijd pabo', 'part_time_pabo', ['po'], ['groepsleerkracht_po'], 48, pabo],
    ['ka-verkorte-pabo', 'ka-inholland-pabo', 'Verkorte pabo', 'shortened_pabo', ['po'], ['groepsleerkracht_po'], 24, hbo],
    ['ka-tweedegraads-talen', 'ka-hva-lerarenopleidingen', 'Tweedegraads Duits en Frans', 'second_degree', ['vo', 'mbo'], ['duits', 'frans'], 48, pabo],
    ['ka-educatieve-master', 'ka-ilo-uva', 'Educatieve master', 'educational_master', ['vo'], ['scheikunde', 'biologie', 'klassieke_talen'], 24, master],
  ],
};

export const seedProgrammes: SeedProgramme[] = Object.entries(programmeRows).flatMap(([regionId, list]) =>
  list.map(([id, organisationId, name, type, sectors, subjects, durationMonths, admission], i) => ({
    id,
    regionId: regionId as PilotRegionId,
    programme: {
      organisationId,
      name,
      type,
      sectors,
      subjects,
      startDates: type === 'pdg' || type === 'lateral_entry_track' ? ['2027-01-04', '2027-09-01'] : ['2027-02-01', '2027-09-01'],
      durationMonths,
      admission,
      published: i % 5 !== 4,
    },
  })),
);
