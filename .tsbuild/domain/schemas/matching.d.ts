import { z } from 'zod';
export declare const matchStatuses: readonly ["proposed", "accepted", "conversation_requested", "declined", "interview_planned", "suitability_assessment", "contract", "enrolled", "started", "withdrawn"];
export type MatchStatus = (typeof matchStatuses)[number];
/** `regions/{r}/matches/{id}`: the adviser's record of a proposal. Staff only. */
export declare const matchSchema: z.ZodObject<{
    candidateId: z.ZodString;
    candidateName: z.ZodString;
    organisationId: z.ZodString;
    programmeId: z.ZodNullable<z.ZodString>;
    vacancyId: z.ZodNullable<z.ZodString>;
    status: z.ZodEnum<{
        started: "started";
        proposed: "proposed";
        accepted: "accepted";
        conversation_requested: "conversation_requested";
        declined: "declined";
        interview_planned: "interview_planned";
        suitability_assessment: "suitability_assessment";
        contract: "contract";
        enrolled: "enrolled";
        withdrawn: "withdrawn";
    }>;
    reason: z.ZodNullable<z.ZodString>;
    score: z.ZodNullable<z.ZodNumber>;
    proposedBy: z.ZodString;
    createdAt: z.ZodDate;
    updatedAt: z.ZodDate;
}, z.core.$strip>;
export type Match = z.infer<typeof matchSchema>;
/**
 * `regions/{r}/organisations/{o}/introductions/{matchId}`: what the school or institute sees —
 * only the fields the candidate consented to share, never the dossier.
 */
export declare const introductionSchema: z.ZodObject<{
    matchId: z.ZodString;
    status: z.ZodEnum<{
        started: "started";
        proposed: "proposed";
        accepted: "accepted";
        conversation_requested: "conversation_requested";
        declined: "declined";
        interview_planned: "interview_planned";
        suitability_assessment: "suitability_assessment";
        contract: "contract";
        enrolled: "enrolled";
        withdrawn: "withdrawn";
    }>;
    programmeId: z.ZodNullable<z.ZodString>;
    vacancyId: z.ZodNullable<z.ZodString>;
    profile: z.ZodObject<{
        firstName: z.ZodString;
        place: z.ZodNullable<z.ZodString>;
        sectors: z.ZodArray<z.ZodEnum<{
            po: "po";
            vo: "vo";
            so: "so";
            mbo: "mbo";
            ho: "ho";
            pro: "pro";
        }>>;
        functions: z.ZodArray<z.ZodEnum<{
            teacher: "teacher";
            instructor: "instructor";
            support_staff: "support_staff";
            support: "support";
            pupil_care: "pupil_care";
            middle_management: "middle_management";
            school_leadership: "school_leadership";
            other: "other";
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
        qualifications: z.ZodArray<z.ZodEnum<{
            support_staff: "support_staff";
            primary: "primary";
            limited_second_degree: "limited_second_degree";
            second_degree: "second_degree";
            first_degree: "first_degree";
            pdg: "pdg";
            bko_bdb: "bko_bdb";
            instructor_mbo: "instructor_mbo";
            none_guest_teacher: "none_guest_teacher";
            pabo: "pabo";
            unknown: "unknown";
            no_idea_yet: "no_idea_yet";
            not_applicable: "not_applicable";
        }>>;
        priorEducation: z.ZodNullable<z.ZodEnum<{
            mbo: "mbo";
            none: "none";
            practical: "practical";
            vmbo_bl: "vmbo_bl";
            vmbo_kl: "vmbo_kl";
            vmbo_gl: "vmbo_gl";
            vmbo_tl: "vmbo_tl";
            vmbo: "vmbo";
            havo: "havo";
            vwo: "vwo";
            mbo_entry: "mbo_entry";
            mbo_2: "mbo_2";
            mbo_3: "mbo_3";
            mbo_4: "mbo_4";
            associate_degree: "associate_degree";
            hbo_propaedeutic: "hbo_propaedeutic";
            hbo_bachelor: "hbo_bachelor";
            hbo_master: "hbo_master";
            hbo: "hbo";
            wo_bachelor: "wo_bachelor";
            wo_master: "wo_master";
            wo: "wo";
            phd: "phd";
        }>>;
        motivation: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>;
    adviserName: z.ZodString;
    adviserEmail: z.ZodString;
    response: z.ZodNullable<z.ZodString>;
    respondedAt: z.ZodNullable<z.ZodDate>;
    respondedBy: z.ZodNullable<z.ZodString>;
    createdAt: z.ZodDate;
}, z.core.$strip>;
export type Introduction = z.infer<typeof introductionSchema>;
/** `candidates/{c}/suggestions/current`: scored suggestions, written only by functions. */
export declare const suggestionSchema: z.ZodObject<{
    targetKind: z.ZodEnum<{
        school: "school";
        vacancy: "vacancy";
        programme: "programme";
    }>;
    targetId: z.ZodString;
    score: z.ZodNumber;
    reasons: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type Suggestion = z.infer<typeof suggestionSchema>;
