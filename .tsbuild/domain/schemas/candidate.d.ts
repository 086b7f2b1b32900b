import { z } from 'zod';
export declare const customFieldValueSchema: z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodArray<z.ZodString>]>;
export declare const consentSources: readonly ["intake_form", "api", "adviser", "self_service", "import"];
/** Consent as recorded at intake and changed by the candidate; every change is audited. */
export declare const consentSchema: z.ZodObject<{
    privacy: z.ZodBoolean;
    retainAfterProcess: z.ZodBoolean;
    givenAt: z.ZodNullable<z.ZodDate>;
    withdrawnAt: z.ZodNullable<z.ZodDate>;
    source: z.ZodEnum<{
        adviser: "adviser";
        api: "api";
        import: "import";
        self_service: "self_service";
        intake_form: "intake_form";
    }>;
    shareWithOrganisations: z.ZodBoolean;
}, z.core.$strip>;
export type Consent = z.infer<typeof consentSchema>;
/**
 * The profile: what a candidate is, wants and can. Shared by intake, the dossier form,
 * self-service and the API so every entry point validates alike.
 */
export declare const candidateProfileSchema: z.ZodObject<{
    name: z.ZodString;
    email: z.ZodNullable<z.ZodEmail>;
    phone: z.ZodNullable<z.ZodString>;
    linkedin: z.ZodNullable<z.ZodURL>;
    birthDate: z.ZodNullable<z.ZodISODate>;
    address: z.ZodNullable<z.ZodString>;
    postcode: z.ZodNullable<z.ZodString>;
    place: z.ZodNullable<z.ZodString>;
    motivation: z.ZodNullable<z.ZodString>;
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
}, z.core.$strip>;
export type CandidateProfile = z.infer<typeof candidateProfileSchema>;
/** `candidates/{id}`: the dossier (overstapdossier). Staff of its regions and the candidate read it. */
export declare const candidateSchema: z.ZodObject<{
    name: z.ZodString;
    email: z.ZodNullable<z.ZodEmail>;
    phone: z.ZodNullable<z.ZodString>;
    linkedin: z.ZodNullable<z.ZodURL>;
    birthDate: z.ZodNullable<z.ZodISODate>;
    address: z.ZodNullable<z.ZodString>;
    postcode: z.ZodNullable<z.ZodString>;
    place: z.ZodNullable<z.ZodString>;
    motivation: z.ZodNullable<z.ZodString>;
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
    phase: z.ZodEnum<{
        interest: "interest";
        orientation: "orientation";
        decision: "decision";
        matching: "matching";
        preparation: "preparation";
    }>;
    status: z.ZodEnum<{
        active: "active";
        paused: "paused";
        started: "started";
        exited: "exited";
    }>;
    phaseSince: z.ZodDate;
    exitReason: z.ZodNullable<z.ZodEnum<{
        other: "other";
        chose_other_career: "chose_other_career";
        no_suitable_route: "no_suitable_route";
        financial: "financial";
        personal_circumstances: "personal_circumstances";
        no_workplace_found: "no_workplace_found";
        not_admitted: "not_admitted";
        moved_out_of_region: "moved_out_of_region";
        no_response: "no_response";
    }>>;
    ownerUid: z.ZodNullable<z.ZodString>;
    homeRegionId: z.ZodString;
    regionIds: z.ZodArray<z.ZodString>;
    consent: z.ZodObject<{
        privacy: z.ZodBoolean;
        retainAfterProcess: z.ZodBoolean;
        givenAt: z.ZodNullable<z.ZodDate>;
        withdrawnAt: z.ZodNullable<z.ZodDate>;
        source: z.ZodEnum<{
            adviser: "adviser";
            api: "api";
            import: "import";
            self_service: "self_service";
            intake_form: "intake_form";
        }>;
        shareWithOrganisations: z.ZodBoolean;
    }, z.core.$strip>;
    source: z.ZodEnum<{
        adviser: "adviser";
        referral: "referral";
        website_form: "website_form";
        api: "api";
        onderwijsloket: "onderwijsloket";
        import: "import";
        activity: "activity";
        self_service: "self_service";
    }>;
    tags: z.ZodArray<z.ZodString>;
    bottlenecks: z.ZodArray<z.ZodString>;
    customFields: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodArray<z.ZodString>]>>;
    notes: z.ZodNullable<z.ZodString>;
    lastContactAt: z.ZodNullable<z.ZodDate>;
    authUid: z.ZodNullable<z.ZodString>;
    introducedOrganisationIds: z.ZodArray<z.ZodString>;
    createdAt: z.ZodDate;
    createdBy: z.ZodString;
    updatedAt: z.ZodDate;
    updatedBy: z.ZodString;
}, z.core.$strip>;
export type Candidate = z.infer<typeof candidateSchema>;
/** Fields a candidate may change about themselves in self-service. */
export declare const candidateSelfEditableFields: readonly ["phone", "linkedin", "address", "postcode", "place", "motivation", "sectors", "functions", "qualifications", "subjects", "priorEducation", "consent", "updatedAt", "updatedBy"];
/** Fields only Cloud Functions write (never a client). */
export declare const candidateServerOwnedFields: readonly ["homeRegionId", "authUid", "introducedOrganisationIds", "createdAt", "createdBy"];
/**
 * `regions/{r}/candidateIndex/{candidateId}`: the list/board projection of a candidate in
 * each region that may see it, maintained by a function. Carries search tokens so search
 * covers the whole pool, not just loaded pages.
 */
export declare const candidateIndexEntrySchema: z.ZodObject<{
    name: z.ZodString;
    email: z.ZodNullable<z.ZodEmail>;
    phone: z.ZodNullable<z.ZodString>;
    place: z.ZodNullable<z.ZodString>;
    postcode: z.ZodNullable<z.ZodString>;
    phase: z.ZodEnum<{
        interest: "interest";
        orientation: "orientation";
        decision: "decision";
        matching: "matching";
        preparation: "preparation";
    }>;
    status: z.ZodEnum<{
        active: "active";
        paused: "paused";
        started: "started";
        exited: "exited";
    }>;
    phaseSince: z.ZodDate;
    ownerUid: z.ZodNullable<z.ZodString>;
    homeRegionId: z.ZodString;
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
    source: z.ZodEnum<{
        adviser: "adviser";
        referral: "referral";
        website_form: "website_form";
        api: "api";
        onderwijsloket: "onderwijsloket";
        import: "import";
        activity: "activity";
        self_service: "self_service";
    }>;
    tags: z.ZodArray<z.ZodString>;
    lastContactAt: z.ZodNullable<z.ZodDate>;
    updatedAt: z.ZodDate;
    searchTokens: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type CandidateIndexEntry = z.infer<typeof candidateIndexEntrySchema>;
/** `candidates/{c}/interactions/{id}`: the shared contact history. */
export declare const interactionSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        other: "other";
        not_applicable: "not_applicable";
        phone: "phone";
        email: "email";
        in_person: "in_person";
        referral: "referral";
        advice_conversation: "advice_conversation";
        introductory_conversation: "introductory_conversation";
        activity_registration: "activity_registration";
    }>;
    summary: z.ZodString;
    notes: z.ZodNullable<z.ZodString>;
    performedAt: z.ZodDate;
    durationMinutes: z.ZodNullable<z.ZodNumber>;
    regionId: z.ZodString;
    organisationId: z.ZodNullable<z.ZodString>;
    authorUid: z.ZodString;
    authorName: z.ZodString;
    createdAt: z.ZodDate;
}, z.core.$strip>;
export type Interaction = z.infer<typeof interactionSchema>;
/** `regions/{r}/tasks/{id}`: a next step assigned to a person. */
export declare const taskSchema: z.ZodObject<{
    title: z.ZodString;
    candidateId: z.ZodNullable<z.ZodString>;
    assigneeUid: z.ZodString;
    dueDate: z.ZodISODate;
    done: z.ZodBoolean;
    doneAt: z.ZodNullable<z.ZodDate>;
    createdAt: z.ZodDate;
    createdBy: z.ZodString;
    updatedAt: z.ZodDate;
    updatedBy: z.ZodString;
}, z.core.$strip>;
export type Task = z.infer<typeof taskSchema>;
export declare const auditActions: readonly ["create", "update", "delete", "merge", "consent", "link_account", "share", "import"];
/** `candidates/{c}/audit/{eventId}`: who changed what and when. Written only by functions. */
export declare const auditEntrySchema: z.ZodObject<{
    action: z.ZodEnum<{
        import: "import";
        consent: "consent";
        create: "create";
        update: "update";
        delete: "delete";
        merge: "merge";
        link_account: "link_account";
        share: "share";
    }>;
    actor: z.ZodString;
    at: z.ZodDate;
    changedFields: z.ZodArray<z.ZodString>;
    from: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    to: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strip>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
/** `regions/{r}/savedViews/{id}`: a saved candidate-list filter. */
export declare const savedViewSchema: z.ZodObject<{
    name: z.ZodString;
    ownerUid: z.ZodString;
    shared: z.ZodBoolean;
    filters: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    createdAt: z.ZodDate;
}, z.core.$strip>;
export type SavedView = z.infer<typeof savedViewSchema>;
export declare const privacyRequestKinds: readonly ["deletion", "export", "correction"];
export declare const privacyRequestStatuses: readonly ["open", "done", "rejected"];
/** `regions/{r}/privacyRequests/{id}`: a candidate's request, and how it was handled. */
export declare const privacyRequestSchema: z.ZodObject<{
    candidateId: z.ZodString;
    kind: z.ZodEnum<{
        deletion: "deletion";
        export: "export";
        correction: "correction";
    }>;
    status: z.ZodEnum<{
        done: "done";
        open: "open";
        rejected: "rejected";
    }>;
    requestedAt: z.ZodDate;
    handledAt: z.ZodNullable<z.ZodDate>;
    handledBy: z.ZodNullable<z.ZodString>;
    note: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;
/** `regions/{r}/feedback/{id}`: a one-question rating after a conversation or activity. */
export declare const feedbackSchema: z.ZodObject<{
    candidateId: z.ZodString;
    subject: z.ZodEnum<{
        activity: "activity";
        conversation: "conversation";
    }>;
    subjectId: z.ZodNullable<z.ZodString>;
    rating: z.ZodNumber;
    comment: z.ZodNullable<z.ZodString>;
    createdAt: z.ZodDate;
}, z.core.$strip>;
export type Feedback = z.infer<typeof feedbackSchema>;
