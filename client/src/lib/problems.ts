import { ProblemCode } from '../api/client';
import type { Problem } from '../api/http';

interface KnownProblem {
  title: string;
  /** Used when the server sends no detail. */
  detail?: string;
}

/** Clearer titles for the API's problem codes (generated from its catalog) that a person can act on. */
const KNOWN_PROBLEMS: Partial<Record<ProblemCode, KnownProblem>> = {
  [ProblemCode.ActivityStatusInvalid]: {
    title: 'The activity has moved on',
    detail: 'Its status changed meanwhile, so this is no longer possible. Reload the page to see where it stands.',
  },
  [ProblemCode.ActivityBudgetInvalid]: { title: 'The budget is not valid' },
  [ProblemCode.ActivityFundInvalid]: {
    title: 'This fund cannot be used',
    detail: "Choose one of the partnership's own funds.",
  },
  [ProblemCode.ActivityOwnerInvalid]: {
    title: 'This owner cannot be chosen',
    detail: 'The owner must be an active portal user of the partner.',
  },
  [ProblemCode.NoFreeSeat]: {
    title: 'No licence seat is free',
    detail:
      'Every seat of the portal licences is taken, so no more portal users can be active. Deactivate a user or ask an administrator to add seats.',
  },
  [ProblemCode.UserExists]: {
    title: 'The user already exists',
    detail: 'A portal user with this e-mail already exists.',
  },
  [ProblemCode.EmailNotAvailable]: {
    title: 'This address cannot be added here',
    detail: 'Your partner manager can add it for you.',
  },
  [ProblemCode.PasswordResetInvalid]: {
    title: 'This link is not valid',
    detail: 'The link was used already or has expired. Ask for a new one.',
  },
  [ProblemCode.UserInactive]: { title: 'The user is inactive', detail: 'Activate the user first.' },
  [ProblemCode.OrganizationExists]: { title: 'The portal organization already exists' },
  [ProblemCode.AccountNotPartner]: {
    title: 'Not a partner account',
    detail: 'Only partner accounts can have a portal organization.',
  },
  [ProblemCode.SeatsBelowUsage]: {
    title: 'More seats are in use',
    detail: 'Deactivate users before lowering the seat count.',
  },
  [ProblemCode.InvitationExpired]: { title: 'The invitation has expired' },
  [ProblemCode.InvitationUsed]: { title: 'The invitation has already been used' },
  [ProblemCode.NoActivePartnership]: { title: 'No active partnership' },
  [ProblemCode.InsufficientFunds]: {
    title: 'Not enough money in the fund',
    detail: 'The amount is more than the fund holds. Lower the amount, or ask Finance to overdraw it with a reason.',
  },
  [ProblemCode.TrainingPaymentLocked]: {
    title: 'The payment can no longer change',
    detail: 'The certification fund was debited for this free training.',
  },
  [ProblemCode.ContactOfOtherAccount]: { title: 'Choose a contact of this partner' },
  [ProblemCode.CertificateTrainingInvalid]: { title: 'The training belongs to another contact' },
  [ProblemCode.OverdraftReasonRequired]: {
    title: 'An overdraft needs a reason',
    detail: 'This debit takes the fund below zero. Write why in "Overdraft reason".',
  },
  [ProblemCode.EntryAlreadyReversed]: { title: 'This operation was reversed already' },
  [ProblemCode.EntryNotReversible]: {
    title: 'This operation cannot be reversed',
    detail: 'Reversals and carry-overs are not reversed; record a new operation instead.',
  },
  [ProblemCode.IdempotencyKeyReused]: {
    title: 'This was sent already with other values',
    detail: 'Close the dialog and start again to send a new operation.',
  },
  [ProblemCode.IdempotencyKeyInProgress]: {
    title: 'Still being processed',
    detail: 'The same operation is still running. Wait a moment, then try again.',
  },
  [ProblemCode.FundExists]: { title: 'The partnership has a fund of this type already' },
};

function isProblemCode(code: string): code is ProblemCode {
  return (Object.values(ProblemCode) as string[]).includes(code);
}

/** Title and detail to show for a problem, with friendlier wording for known codes. */
export function describeProblem(problem: Problem): { title: string; detail?: string } {
  // An address of the SPA whose API call does not exist (a mistyped id): say so in the user's terms.
  if (problem.status === 404 && problem.detail?.startsWith('No API endpoint at')) {
    return { title: 'Not found', detail: 'There is nothing at this address. The link may be mistyped or outdated.' };
  }
  const known = problem.code && isProblemCode(problem.code) ? KNOWN_PROBLEMS[problem.code] : undefined;
  if (!known) return { title: problem.title, detail: problem.detail };
  return { title: known.title, detail: problem.detail ?? known.detail };
}
