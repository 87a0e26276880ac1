import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  DealConflictKey,
  DealConflictKind,
  DealRegistrationStatus,
  type CurrentUserDto,
  type DealRegistrationDto,
  type DealRegistrationListItemDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import DealRegistrationPage from './DealRegistrationPage';
import DealRegistrationsPage from './DealRegistrationsPage';
import PortalDealPage from './PortalDealPage';
import PortalDealsPage from './PortalDealsPage';
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
      listMyDealRegistrations: vi.fn(),
      listDealRegistrations: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
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

  it("shows another partner's open opportunity as the other side of a conflict", async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(
      deal({
        hasConflict: true,
        conflicts: [
          {
            ...conflicted.conflicts[0],
            key: DealConflictKey.TaxId,
            otherKind: DealConflictKind.Opportunity,
            otherCompanyName: 'Fabrikam GmbH',
            otherTaxId: 'DE123',
            otherStatus: 'Open',
            otherProtectedUntil: undefined,
          },
        ],
      }),
    );
    renderBackOffice();
    const table = await screen.findByTestId('deal-conflict');
    expect(within(table).getByText('Matched on tax id')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Other opportunity \(first\)/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Status/ })).toHaveTextContent('Open');
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

function listItem(overrides: Partial<DealRegistrationListItemDto> = {}): DealRegistrationListItemDto {
  return {
    id: 'deal-1',
    status: DealRegistrationStatus.Approved,
    companyName: 'Fabrikam',
    emailDomain: 'fabrikam.example',
    estimatedAmountMinor: 1250000,
    estimatedAmount: 12500,
    currency: 'EUR',
    expectedCloseDate: '2027-01-31',
    partnerAccountId: 'acc-nw',
    submittedAt: '2026-11-20T10:00:00Z',
    protectedUntil: '2027-02-18T10:00:00Z',
    hasConflict: false,
    alreadyProtected: false,
    extensionRequested: false,
    extended: false,
    ...overrides,
  };
}

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

/** Mantine's useMediaQuery answers "phone" for the duration of `run`. */
async function onPhone(run: () => Promise<void>) {
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: true })) as typeof window.matchMedia;
  try {
    await run();
  } finally {
    window.matchMedia = matchMedia;
  }
}

describe('portal deals list', () => {
  beforeEach(() => {
    signIn(portalUser);
    vi.mocked(api.listMyDealRegistrations).mockResolvedValue({ items: [listItem()] });
  });

  function renderList(route = '/portal/deals') {
    return renderWithProviders(
      <Routes>
        <Route
          path="/portal/deals"
          element={
            <>
              <PortalDealsPage />
              <Where />
            </>
          }
        />
      </Routes>,
      { route },
    );
  }

  it('filters by the status kept in the URL', async () => {
    renderList('/portal/deals?status=Rejected');
    await waitFor(() => expect(api.listMyDealRegistrations).toHaveBeenCalledWith('Rejected', undefined, undefined, 25));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Rejected');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Approved' }));
    await waitFor(() => expect(api.listMyDealRegistrations).toHaveBeenCalledWith('Approved', undefined, undefined, 25));
    expect(screen.getByText('At /portal/deals?status=Approved')).toBeInTheDocument();
  });

  it('ignores an unknown status in the URL', async () => {
    renderList('/portal/deals?status=Pending');
    await waitFor(() => expect(api.listMyDealRegistrations).toHaveBeenCalledWith(undefined, undefined, undefined, 25));
  });

  it('shows cards instead of the table on a phone', async () => {
    await onPhone(async () => {
      renderList();
      const list = await screen.findByRole('list', { name: 'Your deal registrations' });
      const cards = within(list).getAllByRole('listitem');
      expect(cards).toHaveLength(1);
      expect(within(cards[0]).getByRole('link', { name: 'Fabrikam' })).toHaveAttribute('href', '/portal/deals/deal-1');
      expect(cards[0]).toHaveTextContent('Approved');
      expect(cards[0]).toHaveTextContent('Protected until 2027-02-18');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
  });
});

describe('back-office registration queue', () => {
  it('shows cards with the partner and the conflict on a phone', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
    vi.mocked(api.listDealRegistrations).mockResolvedValue({
      items: [
        listItem({ status: DealRegistrationStatus.Submitted, partnerName: 'Northwind Traders', hasConflict: true }),
      ],
    });
    await onPhone(async () => {
      renderWithProviders(<DealRegistrationsPage />);
      const list = await screen.findByRole('list', { name: 'Deal registrations' });
      const card = within(list).getByRole('listitem');
      expect(card).toHaveTextContent('Northwind Traders');
      expect(within(card).getByText('Conflict')).toBeInTheDocument();
      expect(within(card).getByRole('link', { name: 'Fabrikam' })).toHaveAttribute(
        'href',
        '/deal-registrations/deal-1',
      );
      expect(screen.queryByRole('table', { name: 'Deal registrations' })).not.toBeInTheDocument();
    });
  });
});

describe('registration history', () => {
  const history = [
    {
      id: 'e-2',
      at: '2026-11-21T09:00:00Z',
      what: 'Rejected',
      status: DealRegistrationStatus.Rejected,
      by: 'Paula Manager',
      byPartner: false,
      note: 'Contoso was first',
    },
    {
      id: 'e-1',
      at: '2026-11-20T10:00:00Z',
      what: 'Submitted',
      status: DealRegistrationStatus.Submitted,
      by: 'Anna',
      byPartner: true,
      note: "Conflicts with another partner's earlier record",
    },
  ];

  it('shows when, who, what and the note on the back-office page', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getDealRegistration).mockResolvedValue(deal({ history }));
    renderBackOffice();
    const card = (await screen.findByRole('heading', { name: 'History' })).closest('div')!;
    expect(within(card).getByText('Rejected')).toBeInTheDocument();
    expect(within(card).getByText(/Paula Manager/)).toBeInTheDocument();
    expect(within(card).getByText('Contoso was first')).toBeInTheDocument();
    expect(within(card).getByText("Conflicts with another partner's earlier record")).toBeInTheDocument();
  });

  it('shows the history on the portal page as the server sends it (no employee name)', async () => {
    signIn(portalUser);
    vi.mocked(api.getMyDealRegistration).mockResolvedValue(
      deal({
        partnerName: undefined,
        history: [
          { ...history[0], by: undefined },
          { ...history[1], note: undefined },
        ],
      }),
    );
    renderWithProviders(
      <Routes>
        <Route path="/portal/deals/:id" element={<PortalDealPage />} />
      </Routes>,
      { route: '/portal/deals/deal-1' },
    );
    const card = (await screen.findByRole('heading', { name: 'History' })).closest('div')!;
    expect(within(card).getByText('Submitted')).toBeInTheDocument();
    expect(within(card).getByText(/Anna/)).toBeInTheDocument();
    expect(within(card).getByText('Contoso was first')).toBeInTheDocument();
    expect(within(card).queryByText(/Paula/)).not.toBeInTheDocument();
  });
});
