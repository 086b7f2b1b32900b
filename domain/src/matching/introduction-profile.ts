// What a school or institute sees of a candidate: the introduction profile only — first name,
// place and what they want and can. Never the surname, contact data, notes or tags.
import type { Candidate } from '../schemas/candidate.js';
import type { IntroductionProfile } from '../schemas/matching.js';

/** The first word of a full name ("Sanne de Vries" → "Sanne"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Used by `proposeMatch` to write the introduction and by the propose dialog to preview it. */
export function introductionProfile(candidate: Pick<Candidate, 'name' | 'place' | 'sectors' | 'functions' | 'subjects' | 'qualifications' | 'priorEducation' | 'motivation'>): IntroductionProfile {
  return {
    firstName: firstNameOf(candidate.name).slice(0, 100),
    place: candidate.place,
    sectors: candidate.sectors,
    functions: candidate.functions,
    subjects: candidate.subjects,
    qualifications: candidate.qualifications,
    priorEducation: candidate.priorEducation,
    motivation: candidate.motivation ? candidate.motivation.slice(0, 2000) : null,
  };
}
