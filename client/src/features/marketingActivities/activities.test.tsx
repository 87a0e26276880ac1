import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  MarketingActivityStatus,
  MarketingActivityType,
  Permission,
  ProblemCode,
  Role,
  type CurrentUserDto,
  type FundDto,
  type MarketingActivityDto,
  type PortalFundDto,
} from '../../api';
import { adminUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import ActivityPage from './ActivityPage';
import { ActivityForm } from './ActivityForm';
import { completionEffect } from './EmployeeDialogs';
import PortalActivityPage from './PortalActivityPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      getMarketingActivity: vi.fn(),
      approveMarketingActivity: vi.fn(),
      rejectMarketingActivity: vi.fn(),
      completeMarketingActivity: vi.fn(),
      cancelMarketingActivity: vi.fn(),
      listPartnershipFunds: vi.fn(),
      listActivityOwnerCandidates: vi.fn(),
      getMyMarketingActivity: vi.fn(),
      getMyFunds: vi.fn(),
      proposeMyMarketingActivity: vi.fn(),
      updateMyMarketingActivity: vi.fn(),
      submitMyMarketingActivity: vi.fn(),
      cancelMyMarketingActivity: vi.fn(),
      deleteMyMarketingActivity: vi.fn(),
    },
  };
});

/** Finance as GET /api/auth/me describes it: reads partners and works funds, changes no partner. */
const financeUser: CurrentUserDto = {
  ...partnerManagerUser,
  id: 'u-finance',
  email: 'finance@partnerportal.local',
  roles: [Role.Finance],
  permissions: [Permission.ProgramRead, Permission.PartnersRead, Permission.FundsRead, Permission.FundsWrite],
};

const activity: MarketingActivityDto = {
  id: 'ma-1',
  accountId: 'acc-1',
  accountName: 'Northwind Traders',
  partnershipId: 'ps-1',
  partnershipName: 'Northwind reseller',
  name: 'Spring webinar',
  type: MarketingActivityType.PartnerActivity,
  status: MarketingActivityStatus.OnApproval,
  startDate: '2026-03-01',
  dueDate: '2026-03-31',
  currency: 'EUR',
  proposedBudgetMinor: 50000,
  proposedBudget: 500,
  fundId: 'f-1',
  fundName: 'Marketing fund',
  proposedById: 'pu-1',
  proposedByName: 'Anna',
  createdAt: '2026-02-01T08:00:00Z',
  submittedAt: '2026-02-01T09:00:00Z',
  history: [
    {
      id: 'h-1',
      at: '2026-02-01T08:00:00Z',
      fromStatus: MarketingActivityStatus.Draft,
      toStatus: MarketingActivityStatus.Draft,
      by: 'Anna',
      byPartner: true,
      note: 'Proposed',
    },
    {
      id: 'h-2',
      at: '2026-02-01T09:00:00Z',
      fromStatus: MarketingActivityStatus.Draft,
      toStatus: MarketingActivityStatus.OnApproval,
      by: 'Anna',
      byPartner: true,
    },
  ],
};

const approved: MarketingActivityDto = {
  ...activity,
  status: MarketingActivityStatus.Approved,
  approvedBudgetMinor: 40000,
  approvedBudget: 400,
  ownerName: 'Anna',
};

const fund: FundDto = {
  id: 'f-1',
  partnershipId: 'ps-1',
  accountId: 'acc-1',
  fundTypeId: 'ft-1',
  fundTypeCode: 'Marketing',
  name: 'Marketing fund',
  currency: 'EUR',
  balanceMinor: 100000,
  balance: 1000,
  isActive: true,
  createdAt: '2026-01-01T00:00:00Z',
};

const portalFunds: PortalFundDto[] = [
  {
    id: 'f-2',
    name: 'Certification fund',
    fundTypeCode: 'Certification',
    currency: 'EUR',
    balanceMinor: 0,
    balance: 0,
    latestOperations: [],
  },
  { ...fund, latestOperations: [] },
];

function renderEmployeePage(user: CurrentUserDto, dto: MarketingActivityDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
  vi.mocked(api.getMarketingActivity).mockResolvedValue(dto);
  return renderWithProviders(
    <Routes>
      <Route path="/marketing-activities/:id" element={<ActivityPage />} />
    </Routes>,
    { route: '/marketing-activities/ma-1' },
  );
}

function renderPortalPage(dto: MarketingActivityDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(portalUser);
  vi.mocked(api.getMyMarketingActivity).mockResolvedValue(dto);
  return renderWithProviders(
    <Routes>
      <Route path="/portal/marketing-activities/:id" element={<PortalActivityPage />} />
    </Routes>,
    { route: '/portal/marketing-activities/ma-1' },
  );
}

const buttonNames = () =>
  screen
    .queryAllByRole('button')
    .map((b) => b.textContent?.trim())
    .filter(Boolean);

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listPartnershipFunds).mockResolvedValue([fund]);
  vi.mocked(api.listActivityOwnerCandidates).mockResolvedValue([]);
  vi.mocked(api.getMyFunds).mockResolvedValue(portalFunds);
});

describe('back-office activity page: actions by role and status', () => {
  it('an administrator may approve, reject or cancel a proposal on approval', async () => {
    renderEmployeePage(adminUser, activity);
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual(['Approve', 'Reject', 'Cancel activity']);
    expect(screen.getByText('Submitted for approval')).toBeInTheDocument();
  });

  it('an approved activity offers Complete and Cancel, and shows the approved budget, owner and fund', async () => {
    renderEmployeePage(partnerManagerUser, approved);
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual(['Complete', 'Cancel activity']);
    expect(screen.getByTestId('approved-budget')).toHaveTextContent('400.00 EUR');
    expect(screen.getByTestId('activity-fund')).toHaveTextContent('Marketing fund');
  });

  it('Finance (partners.read without partners.write) sees the activity but no button', async () => {
    renderEmployeePage(financeUser, activity);
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual([]);
  });

  it('a closed activity offers nothing, even to an administrator', async () => {
    renderEmployeePage(adminUser, { ...approved, status: MarketingActivityStatus.Completed, spentBudgetMinor: 35000 });
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual([]);
    expect(screen.getByTestId('spent-budget')).toHaveTextContent('350.00 EUR');
  });
});

describe('approve dialog', () => {
  it('is prefilled with the proposal and its fund, shows the balance after approval, and approves', async () => {
    vi.mocked(api.approveMarketingActivity).mockResolvedValue({ ...approved, approvedBudgetMinor: 50000 });
    renderEmployeePage(adminUser, activity);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve the activity' });
    expect(within(dialog).getByRole('textbox', { name: /Approved budget \(EUR\)/ })).toHaveValue('500');
    expect(await within(dialog).findByTestId('approve-fund-balance')).toHaveTextContent(
      'Marketing fund holds 1,000.00 EUR; after approval 500.00 EUR.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(api.approveMarketingActivity).toHaveBeenCalledTimes(1));
    const [id, key, body] = vi.mocked(api.approveMarketingActivity).mock.calls[0];
    expect(id).toBe('ma-1');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual({ approvedBudget: 500, fundId: 'f-1', ownerId: undefined });
  });

  it('sends the same Idempotency-Key for a double submit, and a new one when the dialog is opened again', async () => {
    vi.mocked(api.approveMarketingActivity).mockRejectedValue({
      title: 'Insufficient funds',
      status: 409,
      code: ProblemCode.InsufficientFunds,
    });
    renderEmployeePage(adminUser, activity);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    let dialog = await screen.findByRole('dialog', { name: 'Approve the activity' });
    const form = dialog.querySelector('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form); // the double-click
    await waitFor(() => expect(api.approveMarketingActivity).toHaveBeenCalledTimes(2));
    const calls = vi.mocked(api.approveMarketingActivity).mock.calls;
    expect(calls[0][1]).toBe(calls[1][1]);
    // The 409 says what to do; the activity stays on approval.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Not enough money in the fund');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Marketing fund holds 1,000.00 EUR');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    dialog = await screen.findByRole('dialog', { name: 'Approve the activity' });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(api.approveMarketingActivity).toHaveBeenCalledTimes(3));
    expect(vi.mocked(api.approveMarketingActivity).mock.calls[2][1]).not.toBe(calls[0][1]);
  });

  it('offers the partner\u2019s active portal users as owners to a partner manager who approves', async () => {
    vi.mocked(api.listActivityOwnerCandidates).mockResolvedValue([
      { id: 'pu-1', name: 'Anna Admin', email: 'anna@northwind.example' },
    ]);
    vi.mocked(api.approveMarketingActivity).mockResolvedValue({
      ...activity,
      status: MarketingActivityStatus.Approved,
    });
    renderEmployeePage(partnerManagerUser, activity);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve the activity' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Owner/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Anna Admin (anna@northwind.example)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(api.approveMarketingActivity).toHaveBeenCalled());
    expect(api.listActivityOwnerCandidates).toHaveBeenCalledWith(activity.id);
    expect(vi.mocked(api.approveMarketingActivity).mock.calls[0][2]).toMatchObject({ ownerId: 'pu-1' });
  });
});

describe('reject, complete and cancel dialogs', () => {
  it('reject needs a reason', async () => {
    vi.mocked(api.rejectMarketingActivity).mockResolvedValue({ ...activity, status: MarketingActivityStatus.Rejected });
    renderEmployeePage(adminUser, activity);
    await userEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the activity' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Write the reason: the partner is told.')).toBeInTheDocument();
    expect(api.rejectMarketingActivity).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Out of budget this quarter');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() =>
      expect(api.rejectMarketingActivity).toHaveBeenCalledWith('ma-1', { reason: 'Out of budget this quarter' }),
    );
  });

  it('complete shows what is credited back or debited extra, and sends the spent amount with a key', async () => {
    vi.mocked(api.completeMarketingActivity).mockResolvedValue({
      ...approved,
      status: MarketingActivityStatus.Completed,
    });
    renderEmployeePage(adminUser, approved);
    await userEvent.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete the activity' });
    const spent = within(dialog).getByRole('textbox', { name: /Spent \(EUR\)/ });
    expect(within(dialog).getByTestId('completion-effect')).toHaveTextContent('no further entry');
    await userEvent.clear(spent);
    await userEvent.type(spent, '350');
    expect(within(dialog).getByTestId('completion-effect')).toHaveTextContent(
      '50.00 EUR unspent will be credited back to Marketing fund.',
    );
    await userEvent.clear(spent);
    await userEvent.type(spent, '420');
    expect(within(dialog).getByTestId('completion-effect')).toHaveTextContent(
      '20.00 EUR more than approved will be debited from Marketing fund.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(api.completeMarketingActivity).toHaveBeenCalledTimes(1));
    const [, key, body] = vi.mocked(api.completeMarketingActivity).mock.calls[0];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual({ spentBudget: 420 });
  });

  it('cancelling an approved activity warns that its fund entries are reversed', async () => {
    vi.mocked(api.cancelMarketingActivity).mockResolvedValue({
      ...approved,
      status: MarketingActivityStatus.Cancelled,
    });
    renderEmployeePage(adminUser, approved);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel activity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the activity' });
    expect(within(dialog).getByText('The fund entries are reversed')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('400.00 EUR');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel activity' }));
    await waitFor(() => expect(api.cancelMarketingActivity).toHaveBeenCalledTimes(1));
    expect(vi.mocked(api.cancelMarketingActivity).mock.calls[0][2]).toEqual({ reason: undefined });
  });

  it('completionEffect rounds to cents', () => {
    expect(completionEffect(100.1, 100.3, 'EUR')).toBe('0.20 EUR more than approved will be debited from the fund.');
  });
});

describe('portal activity page: what the partner may do by status', () => {
  it('a draft can be edited, submitted, cancelled and deleted', async () => {
    renderPortalPage({ ...activity, status: MarketingActivityStatus.Draft, submittedAt: undefined });
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual(['Edit', 'Submit for approval', 'Cancel activity', 'Delete']);
  });

  it('a proposal on approval can only be cancelled', async () => {
    renderPortalPage(activity);
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual(['Cancel activity']);
  });

  it('an approved activity offers nothing and shows the approved budget and fund', async () => {
    renderPortalPage(approved);
    await screen.findByRole('heading', { name: 'Spring webinar', level: 1 });
    expect(buttonNames()).toEqual([]);
    expect(screen.getByTestId('approved-budget')).toHaveTextContent('400.00 EUR');
    expect(screen.getByTestId('activity-fund')).toHaveTextContent('Marketing fund');
  });

  it('submitting a draft asks first, then calls the API', async () => {
    vi.mocked(api.submitMyMarketingActivity).mockResolvedValue(activity);
    renderPortalPage({ ...activity, status: MarketingActivityStatus.Draft });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit for approval' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit for approval?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit for approval' }));
    await waitFor(() => expect(api.submitMyMarketingActivity).toHaveBeenCalledWith('ma-1'));
  });
});

describe('proposal form', () => {
  function renderForm(onDone = vi.fn()) {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUser);
    renderWithProviders(<ActivityForm onDone={onDone} />);
    return onDone;
  }

  it('checks the fields before sending', async () => {
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Start date/ }), '2026-02-30');
    await userEvent.type(screen.getByRole('textbox', { name: /Due date/ }), '2026-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the start date as YYYY-MM-DD.')).toBeInTheDocument();
    expect(screen.getByText('Enter a budget above 0.')).toBeInTheDocument();
    expect(api.proposeMyMarketingActivity).not.toHaveBeenCalled();
  });

  it('submits for approval with the marketing fund preselected', async () => {
    vi.mocked(api.proposeMyMarketingActivity).mockResolvedValue(activity);
    const onDone = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Spring webinar');
    await userEvent.type(screen.getByRole('textbox', { name: /Start date/ }), '2026-03-01');
    await userEvent.type(screen.getByRole('textbox', { name: /Due date/ }), '2026-03-31');
    await userEvent.type(screen.getByRole('textbox', { name: /Proposed budget \(EUR\)/ }), '1250.5');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Fund/ })).toHaveValue('Marketing fund (balance 1,000.00 EUR)'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Submit for approval' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(activity));
    expect(api.proposeMyMarketingActivity).toHaveBeenCalledWith({
      name: 'Spring webinar',
      type: MarketingActivityType.PartnerActivity,
      startDate: '2026-03-01',
      dueDate: '2026-03-31',
      description: undefined,
      url: undefined,
      proposedBudget: 1250.5,
      fundId: 'f-1',
      submit: true,
    });
  });

  it('saves a draft without a fund when the user clears it', async () => {
    vi.mocked(api.proposeMyMarketingActivity).mockResolvedValue({ ...activity, status: MarketingActivityStatus.Draft });
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Fair booth');
    await userEvent.type(screen.getByRole('textbox', { name: /Start date/ }), '2026-05-01');
    await userEvent.type(screen.getByRole('textbox', { name: /Due date/ }), '2026-05-03');
    await userEvent.type(screen.getByRole('textbox', { name: /Proposed budget/ }), '300');
    const fundInput = screen.getByRole('combobox', { name: /^Fund/ });
    await waitFor(() => expect(fundInput).toHaveValue('Marketing fund (balance 1,000.00 EUR)'));
    // Mantine's clear button sits in the input's section.
    const clear = fundInput.parentElement!.querySelector('button');
    await userEvent.click(clear!);
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(api.proposeMyMarketingActivity).toHaveBeenCalledTimes(1));
    expect(vi.mocked(api.proposeMyMarketingActivity).mock.calls[0][0]).toMatchObject({
      name: 'Fair booth',
      proposedBudget: 300,
      fundId: undefined,
      submit: false,
    });
  });
});
