import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  DealConflictKey,
  DealConflictKind,
  DealRegistrationStatus,
  type CurrentUserDto,
  type DealRegistrationDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import DealRegistrationPage from './DealRegistrationPage';
import PortalDealPage from './PortalDealPage';
import { PreCheckForm } from './PreCheckForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      preCheckDealRegistration: vi.fn(),
      getDealRegistration: vi.fn(),
      approveDealRegistration: vi.fn(),
      rejectDealRegistration: vi.fn(),
      approveDealRegistrationExtension: vi.fn(),
      getMyDealRegistration: vi.fn(),
      requestMyDealRegistrationExtension: vi.fn(),
    },
  };
});

function deal(overrides: Partial<DealRegistrationDto> = {}): DealRegistrationDto {
  return {
    id: 'deal-1',
    status: DealRegistrationStatus.Submitted,
    companyName: 'Fabrikam',
    emailDomain: 'fabrikam.example',
    taxId: 'DE123',
    productInterest: 'CRM',
    estimatedAmountMinor: 1250000,
    estimatedAmount: 12500,
    currency: 'EUR',
    expectedCloseDate: '2027-01-31',
    partnerAccountId: 'acc-nw',
    partnerName: 'Northwind Traders',
    registeredById: 'pu-1',
    registeredByName: 'Anna',
    submittedAt: '2026-11-20T10:00:00Z',
    extended: false,
    hasConflict: false,
    alreadyProtected: false,
    conflicts: [],
    history: [],
    ...overrides,
  };
}

const conflicted = deal({
  hasConflict: true,
  conflicts: [
    {
      id: 'c-1',
      key: DealConflictKey.EmailDomain,
      otherKind: DealConflictKind.Registration,
      otherId: 'deal-0',
      otherPartnerAccountId: 'acc-co',
      otherPartnerName: 'Contoso',
      otherCompanyName: 'Fabrikam Inc.',
      otherEmailDomain: 'fabrikam.example',
      otherStatus: 'Approved',
      otherAt: '2026-11-01T09:00:00Z',
      otherProtectedUntil: '2027-01-30',
      otherFirst: true,
    },
  ],
});

function signIn(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
}

function renderBackOffice() {
  return renderWithProviders(
    <Routes>
      <Route path="/deal-registrations/:id" element={<DealRegistrationPage />} />
    </Routes>,
    { route: '/deal-registrations/deal-1' },
  );
}

beforeEach(() => vi.clearAllMocks());

describe('portal pre-check', () => {
  beforeEach(() => signIn(portalUser));

  async function check() {
    renderWithProviders(<PreCheckForm />);
    await userEvent.type(screen.getByLabelText('E-mail domain'), 'fabrikam.example');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
  }

  it('answers "Protected until" with the date', async () => {
    vi.mocked(api.preCheckDealRegistration).mockResolvedValue({ protected: true, protectedUntil: '2027-02-28' });
    await check();
    expect(await screen.findByTestId('precheck-answer')).toHaveTextContent('Protected until 2027-02-28');
    expect(api.preCheckDealRegistration).toHaveBeenCalledWith(undefined, 'fabrikam.example', undefined);
  });

  it('answers "Not protected"', async () => {
    vi.mocked(api.preCheckDealRegistration).mockResolvedValue({ protected: false });
    await check();
    expect(await screen.findByTestId('precheck-answer')).toHaveTextContent('Not protected');
  });

  it('says to wait a minute on 429', async () => {
    vi.mocked(api.preCheckDealRegistration).mockRejectedValue({
      status: 429,
      response: JSON.stringify({ status: 429, title: 'Too Many Requests' }),
      message: 'Too Many Requests',
    });
    await check();
    expect(await screen.findByText('Too many checks, try again in a minute')).toBeInTheDocument();
    expect(screen.queryByTestId('precheck-answer')).not.toBeInTheDocument();
  });

  it('asks for at least one of name, domain, tax id', async () => {
    renderWithProviders(<PreCheckForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Enter a name, a domain or a tax id.')).toBeInTheDocument();
    expect(api.preCheckDealRegistration).not.toHaveBeenCalled();
  });
});

describe('portal deal page', () => {
  beforeEach(() => signIn(portalUser));

  function renderPortal() {
    return renderWithProviders(
      <Routes>
        <Route path="/portal/deals/:id" element={<PortalDealPage />} />
      </Routes>,
      { route: '/portal/deals/deal-1' },
    );
  }

  it('shows the conflict message when already protected', async () => {
    vi.mocked(api.getMyDealRegistration).mockResolvedValue(
      deal({ alreadyProtected: true, conflictMessage: 'This customer is protected until 2027-01-30.' }),
    );
    renderPortal();
    expect(await screen.findByText('This customer is protected until 2027-01-30.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request extension' })).not.toBeInTheDocument();
  });

  it('requests an extension once approved and not extended', async () => {
    vi.mocked(api.getMyDealRegistration).mockResolvedValue(
      deal({ status: DealRegistrationStatus.Approved, protectedUntil: '2027-02-18' }),
    );
    const requested = deal({
      status: DealRegistrationStatus.Approved,
      protectedUntil: '2027-02-18',
      extensionRequestedAt: '2026-11-30T10:00:00Z',
    });
    vi.mocked(api.requestMyDealRegistrationExtension).mockResolvedValue(requested);
    renderPortal();
    expect(await screen.findByText('2027-02-18')).toBeInTheDocument();
    vi.mocked(api.getMyDealRegistration).mockResolvedValue(requested);
    await userEvent.click(screen.getByRole('button', { name: 'Request extension' }));
    await waitFor(() => expect(api.requestMyDealRegistrationExtension).toHaveBeenCalledWith('deal-1'));
    expect(await screen.findByText(/Extension requested; waiting/)).toBeInTheDocument();
  });
});

describe('back-office registration page', () => {
  it('shows conflicts side by side with the matched key and who was first', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(conflicted);
    renderBackOffice();
    const table = await screen.findByTestId('deal-conflict');
    expect(within(table).getByText('Matched on email domain')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Other registration \(first\)/ })).toBeInTheDocument();
    const partnerRow = within(table).getByRole('row', { name: /Partner/ });
    expect(partnerRow).toHaveTextContent('Northwind Traders');
    expect(partnerRow).toHaveTextContent('Contoso');
    expect(within(table).getByText('Contoso was first')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Protected until/ })).toHaveTextContent('2027-01-30');
  });

  it('lets a partner manager approve and reject with a reason', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(conflicted);
    vi.mocked(api.rejectDealRegistration).mockResolvedValue(
      deal({ status: DealRegistrationStatus.Rejected, rejectReason: 'Contoso was first' }),
    );
    renderBackOffice();
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the registration' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Say why the registration is rejected.')).toBeInTheDocument();
    expect(api.rejectDealRegistration).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Contoso was first');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() =>
      expect(api.rejectDealRegistration).toHaveBeenCalledWith('deal-1', { reason: 'Contoso was first' }),
    );
  });

  it('offers Approve extension when one is requested', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(
      deal({ status: DealRegistrationStatus.Approved, extensionRequestedAt: '2026-11-29T10:00:00Z' }),
    );
    vi.mocked(api.approveDealRegistrationExtension).mockResolvedValue(
      deal({ status: DealRegistrationStatus.Approved, extended: true }),
    );
    renderBackOffice();
    await userEvent.click(await screen.findByRole('button', { name: 'Approve extension' }));
    await waitFor(() => expect(api.approveDealRegistrationExtension).toHaveBeenCalledWith('deal-1'));
  });

  it('gives Finance no Approve / Reject', async () => {
    signIn(financeUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(conflicted);
    renderBackOffice();
    expect(await screen.findByTestId('deal-conflict')).toBeInTheDocument();
    await waitFor(() => expect(api.getCurrentUser).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
  });
});
