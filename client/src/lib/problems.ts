import type { Problem } from '../api/http';

interface KnownProblem {
  title: string;
  /** Used when the server sends no detail. */
  detail?: string;
}

/** Clearer titles for the API's problem codes that a person can act on. */
const KNOWN_PROBLEMS: Record<string, KnownProblem> = {
  no_free_seat: {
    title: 'No licence seat is free',
    detail:
      'Every seat of the portal licences is taken, so no more portal users can be active. Deactivate a user or ask an administrator to add seats.',
  },
  user_exists: { title: 'The user already exists', detail: 'A portal user with this e-mail already exists.' },
  user_inactive: { title: 'The user is inactive', detail: 'Activate the user first.' },
  organization_exists: { title: 'The portal organization already exists' },
  account_not_partner: {
    title: 'Not a partner account',
    detail: 'Only partner accounts can have a portal organization.',
  },
  seats_below_usage: { title: 'More seats are in use', detail: 'Deactivate users before lowering the seat count.' },
  invitation_expired: { title: 'The invitation has expired' },
  invitation_used: { title: 'The invitation has already been used' },
  no_active_partnership: { title: 'No active partnership' },
};

/** Title and detail to show for a problem, with friendlier wording for known codes. */
export function describeProblem(problem: Problem): { title: string; detail?: string } {
  const known = problem.code ? KNOWN_PROBLEMS[problem.code] : undefined;
  if (!known) return { title: problem.title, detail: problem.detail };
  return { title: known.title, detail: problem.detail ?? known.detail };
}
