import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  EntryKind,
  LedgerAccount,
  Permission,
  type CurrentUserDto,
  type FundDto,
  type FundEntryDto,
} from '../../api';
import { financeUser, partnerManagerUser, partnership } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import FundOperationsPage from './FundOperationsPage';
import { FundsSection } from './FundsSection';
import { PortalFunds } from './PortalFunds';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listPartnershipFunds: vi.fn(),
      creditFund: vi.fn(),
      debitFund: vi.fn(),
      reverseFundEntry: vi.fn(),
      listFundEntries: vi.fn(),
      exportFundEntries: vi.fn(),
      getFund: vi.fn(),
      getPartnership: vi.fn(),
      getMyFunds: vi.fn(),
      listMyFundEntries: vi.fn(),
    },
  };
});

const fund: FundDto = {
  id: 'fund-1',
  partnershipId: 'ps-1',
  accountId: 'acc-10',
  fundTypeId: 'ft-1',
  fundTypeCode: 'Marketing',
  name: 'Marketing fund',
  currency: 'EUR',
  balanceMinor: 1000,
  balance: 10,
  isActive: true,
  createdAt: '2026-01-01T00:00:00Z',
};

function entry(overrides: Partial<FundEntryDto>): FundEntryDto {
  return {
    id: 'e-1',
    fundId: 'fund-1',
    fundName: 'Marketing fund',
    partnershipId: 'ps-1',
    kind: EntryKind.ManualCredit,
    description: 'Budget',
    amountMinor: 5000,
    amount: 50,
    balanceAfterMinor: 5000,
    balanceAfter: 50,
    currency: 'EUR',
    createdAt: '2026-01-02T10:00:00Z',
    createdBy: 'Max Manager',
    postings: [
      { account: LedgerAccount.Fund, fundId: 'fund-1', amountMinor: 5000, amount: 50 },
      { account: LedgerAccount.VendorBudget, amountMinor: -5000, amount: -50 },
    ],
    ...overrides,
  };
}

const readOnlyUser: CurrentUserDto = { ...partnerManagerUser, permissions: [Permission.FundsRead] };

function renderSection(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
  return renderWithProviders(<FundsSection partnership={partnership} />);
}

async function openDialog(name: string) {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

async function fill(dialog: HTMLElement, amount: string, description: string) {
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Amount/ }), amount);
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Description/ }), description);
}

describe('Idempotency-Key of money movements', () => {
  beforeEach(() => {
    vi.mocked(api.listPartnershipFunds).mockResolvedValue([fund]);
    vi.mocked(api.creditFund).mockReset();
  });

  it('sends the same key for a double submit of one dialog, and a new key for the next dialog', async () => {
    let answer: (value: FundEntryDto) => void = () => {};
    vi.mocked(api.creditFund).mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    renderSection(partnerManagerUser);

    let dialog = await openDialog('Credit Marketing fund');
    await fill(dialog, '25', 'Campaign budget');
    const form = within(dialog).getByRole('button', { name: 'Credit Marketing fund' }).closest('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form); // the double-click: both requests carry the one key, the server pays once
    await waitFor(() => expect(api.creditFund).toHaveBeenCalledTimes(2));
    const [first, second] = vi.mocked(api.creditFund).mock.calls;
    expect(first).toEqual([
      'fund-1',
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      { amount: 25, description: 'Campaign budget' },
    ]);
    expect(second[1]).toBe(first[1]);
    await act(async () => answer(entry({})));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    dialog = await openDialog('Credit Marketing fund');
    await fill(dialog, '5', 'More');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Credit Marketing fund' }));
    await waitFor(() => expect(api.creditFund).toHaveBeenCalledTimes(3));
    const third = vi.mocked(api.creditFund).mock.calls[2];
    expect(third[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(third[1]).not.toBe(first[1]);
  });

  it('retries a failed submit with the same key', async () => {
    vi.mocked(api.creditFund).mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(entry({}));
    renderSection(partnerManagerUser);

    const dialog = await openDialog('Credit Marketing fund');
    await fill(dialog, '25', 'Campaign budget');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Credit Marketing fund' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server cannot be reached');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Credit Marketing fund' }));

    await waitFor(() => expect(api.creditFund).toHaveBeenCalledTimes(2));
    const [first, second] = vi.mocked(api.creditFund).mock.calls;
    expect(second[1]).toBe(first[1]);
  });
});

describe('Funds section', () => {
  beforeEach(() => {
    vi.mocked(api.listPartnershipFunds).mockResolvedValue([fund]);
    vi.mocked(api.debitFund).mockReset();
  });

  it('shows funds with their balance; no money button without funds.write', async () => {
    renderSection(readOnlyUser);
    const table = await screen.findByRole('table', { name: 'Funds' });
    expect(within(table).getByText('10.00 EUR')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reconcile Marketing fund' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Operations of Marketing fund' })).toHaveAttribute(
      'href',
      '/funds/operations?partnership=ps-1&fund=fund-1',
    );
    for (const name of [/^Credit/, /^Debit/, 'Open fund', 'Carry over'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('asks Finance for an overdraft reason when a debit exceeds the balance, and sends it', async () => {
    vi.mocked(api.debitFund).mockResolvedValue(entry({ kind: EntryKind.ManualDebit }));
    renderSection(financeUser);

    const dialog = await openDialog('Debit Marketing fund');
    await fill(dialog, '5', 'Correction');
    expect(within(dialog).queryByRole('textbox', { name: /Overdraft reason/ })).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Amount/ }), '0');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Overdraft reason/ }), 'Agreed with the CFO');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Debit Marketing fund' }));

    await waitFor(() =>
      expect(api.debitFund).toHaveBeenCalledWith('fund-1', expect.any(String), {
        amount: 50,
        description: 'Correction',
        overdraftReason: 'Agreed with the CFO',
      }),
    );
  });

  it('never offers the overdraft reason to a manager, and shows the 409 insufficient_funds plainly', async () => {
    vi.mocked(api.debitFund).mockRejectedValue({
      status: 409,
      title: 'Conflict',
      code: 'insufficient_funds',
      detail: 'The fund holds 10.00 EUR.',
    });
    renderSection(partnerManagerUser);

    const dialog = await openDialog('Debit Marketing fund');
    await fill(dialog, '50', 'Correction');
    expect(within(dialog).getByText(/more than the fund holds/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /Overdraft reason/ })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Debit Marketing fund' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not enough money in the fund');
    expect(alert).toHaveTextContent('The fund holds 10.00 EUR.');
  });

  it('shows the overdraft reason when the server answers 422 overdraft_reason_required', async () => {
    vi.mocked(api.debitFund).mockRejectedValue({
      status: 422,
      title: 'Unprocessable',
      code: 'overdraft_reason_required',
      detail: 'This debit overdraws the fund.',
    });
    vi.mocked(api.listPartnershipFunds).mockResolvedValue([{ ...fund, balance: 100, balanceMinor: 10000 }]);
    renderSection(financeUser);

    const dialog = await openDialog('Debit Marketing fund');
    await fill(dialog, '50', 'Correction');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Debit Marketing fund' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('An overdraft needs a reason');
    expect(within(dialog).getByRole('textbox', { name: /Overdraft reason/ })).toBeInTheDocument();
  });
});

describe('Fund operations page', () => {
  const page = {
    items: [
      entry({ id: 'e-1', reversedByEntryId: 'e-2' }),
      entry({ id: 'e-2', kind: EntryKind.Reversal, description: 'Wrong', amount: -50, reversesEntryId: 'e-1' }),
      entry({ id: 'e-3', kind: EntryKind.ManualDebit, description: 'Print', amount: -5 }),
    ],
    page: 1,
    pageSize: 25,
    totalCount: 3,
  };

  function renderPage(route: string, user: CurrentUserDto) {
    vi.mocked(api.getCurrentUser).mockResolvedValue(user);
    vi.mocked(api.listFundEntries).mockResolvedValue(page);
    vi.mocked(api.getFund).mockResolvedValue(fund);
    return renderWithProviders(
      <Routes>
        <Route path="/funds/operations" element={<FundOperationsPage />} />
      </Routes>,
      { route },
    );
  }

  it('lists and exports with the filters of the URL; Reverse only on reversible operations', async () => {
    const data = new Blob(['Date\r\n'], { type: 'text/csv' });
    vi.mocked(api.exportFundEntries).mockResolvedValue({ data, status: 200, fileName: 'fund-operations.csv' });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage('/funds/operations?fund=fund-1&kind=ManualDebit&from=2026-01-01&sort=amount&page=2', financeUser);

    const table = await screen.findByRole('table', { name: 'Fund operations' });
    expect(within(table).getByText('−5.00 EUR')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reverse Print' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reverse Budget' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reverse Wrong' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() =>
      expect(api.exportFundEntries).toHaveBeenCalledWith(
        undefined,
        'fund-1',
        'ManualDebit',
        '2026-01-01',
        undefined,
        'amount',
      ),
    );
    expect(api.listFundEntries).toHaveBeenCalledWith(
      undefined,
      'fund-1',
      'ManualDebit',
      '2026-01-01',
      undefined,
      'amount',
      2,
      25,
    );
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('hides Reverse without funds.write', async () => {
    renderPage('/funds/operations', readOnlyUser);
    await screen.findByRole('table', { name: 'Fund operations' });
    expect(screen.queryByRole('button', { name: /^Reverse / })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details of Print' })).toBeInTheDocument();
  });

  it('reverses with a reason and the dialog’s key', async () => {
    vi.mocked(api.reverseFundEntry).mockResolvedValue(entry({ id: 'e-4', kind: EntryKind.Reversal }));
    renderPage('/funds/operations', partnerManagerUser);
    await userEvent.click(await screen.findByRole('button', { name: 'Reverse Print' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reverse this operation?' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Booked twice');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reverse' }));

    await waitFor(() =>
      expect(api.reverseFundEntry).toHaveBeenCalledWith('e-3', expect.stringMatching(/^[0-9a-f-]{36}$/), {
        reason: 'Booked twice',
        overdraftReason: undefined,
      }),
    );
  });
});

describe('Portal funds', () => {
  it('shows balances and the latest operations, read-only, and pages through all operations', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    vi.mocked(api.getMyFunds).mockResolvedValue([
      {
        id: 'fund-1',
        name: 'Marketing fund',
        fundTypeCode: 'Marketing',
        currency: 'EUR',
        balanceMinor: 123450,
        balance: 1234.5,
        latestOperations: [
          {
            id: 'e-1',
            kind: EntryKind.ManualCredit,
            description: 'Q1 budget',
            amountMinor: 123450,
            amount: 1234.5,
            balanceAfterMinor: 123450,
            balanceAfter: 1234.5,
            createdAt: '2026-01-02T10:00:00Z',
          },
        ],
      },
    ]);
    vi.mocked(api.listMyFundEntries).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
    renderWithProviders(<PortalFunds />);

    const card = await screen.findByRole('region', { name: 'Marketing fund' });
    expect(within(card).getByTestId('portal-fund-balance')).toHaveTextContent('1,234.50 EUR');
    expect(within(card).getByRole('table', { name: 'Latest operations of Marketing fund' })).toHaveTextContent(
      'Q1 budget',
    );
    expect(within(card).queryByRole('button', { name: /credit|debit|reverse/i })).not.toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'All operations of Marketing fund' }));
    await waitFor(() => expect(api.listMyFundEntries).toHaveBeenCalledWith('fund-1', 1, 50));
  });
});
