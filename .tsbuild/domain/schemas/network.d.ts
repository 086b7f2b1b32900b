import { z } from 'zod';
/** `regions/{r}/organisations/{id}`: schools, boards, training institutes, the desk itself. */
export declare const organisationSchema: z.ZodObject<{
    type: z.ZodEnum<{
        school: "school";
        school_board: "school_board";
        training_institute: "training_institute";
        regional_desk: "regional_desk";
    }>;
    name: z.ZodString;
    sectors: z.ZodArray<z.ZodEnum<{
        po: "po";
        vo: "vo";
        so: "so";
        mbo: "mbo";
        ho: "ho";
        pro: "pro";
    }>>;
    address: z.ZodNullable<z.ZodString>;
    postcode: z.ZodNullable<z.ZodString>;
    place: z.ZodNullable<z.ZodString>;
    brin: z.ZodNullable<z.ZodString>;
    boardId: z.ZodNullable<z.ZodString>;
    website: z.ZodNullable<z.ZodURL>;
}, z.core.$strip>;
export type Organisation = z.infer<typeof organisationSchema>;
/** `regions/{r}/contacts/{id}`: a contact person at an organisation (personal data). */
export declare const contactSchema: z.ZodObject<{
    organisationId: z.ZodString;
    name: z.ZodString;
    jobTitle: z.ZodString;
    email: z.ZodNullable<z.ZodEmail>;
    phone: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export type Contact = z.infer<typeof contactSchema>;
/** `regions/{r}/programmes/{id}`: a teacher-training programme at an institute. */
export declare const programmeSchema: z.ZodObject<{
    organisationId: z.ZodString;
    name: z.ZodString;
    type: z.ZodEnum<{
        other: "other";
        second_degree: "second_degree";
        first_degree: "first_degree";
        pdg: "pdg";
        part_time_pabo: "part_time_pabo";
        shortened_pabo: "shortened_pabo";
        educational_master: "educational_master";
        lateral_entry_track: "lateral_entry_track";
        teaching_assistant: "teaching_assistant";
    }>;
    sectors: z.ZodArray<z.ZodEnum<{
        po: "po";
        vo: "vo";
        so: "so";
        mbo: "mbo";
        ho: "ho";
        pro: "pro";
    }>>;
    subjects: z.ZodArray<z.ZodEnum<{
        techniek: "techniek";
        informatica: "informatica";
        nederlands: "nederlands";
        beroepsgericht_vmbo: "beroepsgericht_vmbo";
        nask: "nask";
        duits: "duits";
        wiskunde: "wiskunde";
        natuurkunde: "natuurkunde";
        frans: "frans";
        scheikunde: "scheikunde";
        engels: "engels";
        klassieke_talen: "klassieke_talen";
        biologie: "biologie";
        aardrijkskunde: "aardrijkskunde";
        geschiedenis: "geschiedenis";
        economie: "economie";
        lichamelijke_opvoeding: "lichamelijke_opvoeding";
        kunstvakken: "kunstvakken";
        levensbeschouwing: "levensbeschouwing";
        groepsleerkracht_po: "groepsleerkracht_po";
    }>>;
    startDates: z.ZodArray<z.ZodISODate>;
    durationMonths: z.ZodNullable<z.ZodNumber>;
    admission: z.ZodString;
    published: z.ZodBoolean;
}, z.core.$strip>;
export type Programme = z.infer<typeof programmeSchema>;
/** `regions/{r}/vacancies/{id}`: a vacancy at a school. */
export declare const vacancySchema: z.ZodObject<{
    organisationId: z.ZodString;
    title: z.ZodString;
    sector: z.ZodEnum<{
        po: "po";
        vo: "vo";
        so: "so";
        mbo: "mbo";
        ho: "ho";
        pro: "pro";
    }>;
    subjects: z.ZodArray<z.ZodEnum<{
        techniek: "techniek";
        informatica: "informatica";
        nederlands: "nederlands";
        beroepsgericht_vmbo: "beroepsgericht_vmbo";
        nask: "nask";
        duits: "duits";
        wiskunde: "wiskunde";
        natuurkunde: "natuurkunde";
        frans: "frans";
        scheikunde: "scheikunde";
        engels: "engels";
        klassieke_talen: "klassieke_talen";
        biologie: "biologie";
        aardrijkskunde: "aardrijkskunde";
        geschiedenis: "geschiedenis";
        economie: "economie";
        lichamelijke_opvoeding: "lichamelijke_opvoeding";
        kunstvakken: "kunstvakken";
        levensbeschouwing: "levensbeschouwing";
        groepsleerkracht_po: "groepsleerkracht_po";
    }>>;
    hoursPerWeek: z.ZodNumber;
    lateralEntry: z.ZodBoolean;
    closingDate: z.ZodNullable<z.ZodISODate>;
    description: z.ZodString;
    published: z.ZodBoolean;
}, z.core.$strip>;
export type Vacancy = z.infer<typeof vacancySchema>;
/** `regions/{r}/activities/{id}`: information meetings, shadow days, webinars, … */
export declare const activitySchema: z.ZodObject<{
    kind: z.ZodEnum<{
        other: "other";
        information_meeting: "information_meeting";
        shadow_day: "shadow_day";
        open_day: "open_day";
        webinar: "webinar";
        network_event: "network_event";
    }>;
    title: z.ZodString;
    description: z.ZodString;
    startsAt: z.ZodDate;
    endsAt: z.ZodDate;
    location: z.ZodString;
    online: z.ZodBoolean;
    capacity: z.ZodNullable<z.ZodNumber>;
    published: z.ZodBoolean;
    crossRegional: z.ZodBoolean;
}, z.core.$strip>;
export type Activity = z.infer<typeof activitySchema>;
export declare const registrationStatuses: readonly ["registered", "cancelled", "attended", "no_show"];
/** `regions/{r}/activities/{a}/registrations/{id}`. */
export declare const registrationSchema: z.ZodObject<{
    candidateId: z.ZodNullable<z.ZodString>;
    name: z.ZodString;
    email: z.ZodEmail;
    status: z.ZodEnum<{
        registered: "registered";
        cancelled: "cancelled";
        attended: "attended";
        no_show: "no_show";
    }>;
    registeredAt: z.ZodDate;
    registeredBy: z.ZodString;
}, z.core.$strip>;
export type Registration = z.infer<typeof registrationSchema>;
