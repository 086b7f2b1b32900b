/** The seeded demo accounts (scripts/seed), one per role. */
export const password = 'koers-demo';

export const accounts = {
  admin: 'admin@demo.koers.nl',
  coordinator: 'coordinator.nijmegen@demo.koers.nl',
  coordinatorMiddenBrabant: 'coordinator.midden-brabant@demo.koers.nl',
  adviser: 'adviser.nijmegen@demo.koers.nl',
  adviserMiddenBrabant: 'adviser.midden-brabant@demo.koers.nl',
  hr: 'hr.nijmegen@demo.koers.nl',
  training: 'opleiding.nijmegen@demo.koers.nl',
  director: 'director.nijmegen@demo.koers.nl',
  candidate: 'kandidaat@demo.koers.nl',
} as const;
