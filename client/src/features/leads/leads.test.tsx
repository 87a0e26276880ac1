import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  LeadOfferState,
  LeadStatus,
  SalesChannel,
  type AccountDto,
  type CurrentUserDto,
  type LeadDto,
  type LeadListItemDto,
  type MyLeadOfferDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { answerByText } from './display';
import LeadPage from './LeadPage';
import LeadsPage from './LeadsPage';
import PortalLeadPage from './PortalLeadPage';
import PortalLeadsPage from './PortalLeadsPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
      listLeads: vi.fn(),
      exportLeads: vi.fn(),
      getLead: vi.fn(),
      offerLead: vi.fn(),
      listLeadOwnerCandidates: vi.fn(),
      changeLeadStatus: vi.fn(),
      routeLead: vi.fn(),
      withdrawLeadOffer: vi.fn(),
      listMyLeads: vi.fn(),
      listMyLeadOffers: vi.fn(),
      getMyLead: vi.fn(),
      acceptMyLeadOffer: vi.fn(),
      declineMyLeadOffer: vi.fn(),
      changeMyLeadStatus: vi.fn(),
      registerMyLead: vi.fn(),
    },
  };
});

function item(id: string, customer: string, overrides: Partial<LeadListItemDto> = {}): LeadListItemDto {
  return {
    id,
    status: LeadStatus.New,
    salesChannel: SalesChannel.PartnerSale,
    customer,
    budgetMinor: 1250000,
    budget: 12500,
    currency: 'EUR',
    region: 'EMEA',
    source: 'Web form',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

function lead(overrides: Partial<LeadDto> = {}): LeadDto {
  return {
    id: 'lead-1',
    status: LeadStatus.New,
    salesChannel: SalesChannel.PartnerSale,
    customer: 'Fabrikam',
    need: '200 seats of the CRM',
    budgetMinor: 1250000,
    budget: 12500,
    currency: 'EUR',
    region: 'EMEA',
    source: 'Web form',
    createdByPartner: false,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    offers: [],
    routing: [],
    history: [],
    ...overrides,
  };
}

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

function offer(leadId: string, customer: string, hours: number): MyLeadOfferDto {
  return {
    id: `offer-${leadId}`,
    leadId,
    customer,
    need: 'Licences for the sales team',
    budgetMinor: 500000,
    budget: 5000,
    currency: 'EUR',
    region: 'EMEA',
    offeredAt: '2026-11-01T10:00:00Z',
    deadline: inHours(hours),
  };
}

const routedLead = lead({
  partnerAccountId: undefined,
  offers: [
    {
      id: 'o-1',
      partnerAccountId: 'acc-nw',
      partnerName: 'Northwind Traders',
      offeredAt: '2026-11-01T10:00:00Z',
      deadline: inHours(20),
      state: LeadOfferState.Open,
    },
  ],
  routing: [
    {
      id: 'r-1',
      at: '2026-11-01T10:00:00Z',
      trigger: 'Created with routing',
      chosenAccountId: 'acc-nw',
      chosenPartnerName: 'Northwind Traders',
      reason: 'Northwind Traders: highest routing weight 3 among 2 eligible partners in EMEA.',
      candidates: [
        {
          accountId: 'acc-nw',
          partnerName: 'Northwind Traders',
          weight: 3,
          openOffers: 0,
          capacity: 5,
          rank: 1,
        },
        {
          accountId: 'acc-co',
          partnerName: 'Contoso',
          weight: 1,
          openOffers: 5,
          capacity: 5,
          lastOfferedAt: '2026-10-30T09:00:00Z',
          excludedBecause: 'at its open-offer capacity',
        },
      ],
    },
  ],
});

function signIn(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
}

function renderLeadPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/leads/:id" element={<LeadPage />} />
    </Routes>,
    { route: '/leads/lead-1' },
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listAccounts).mockResolvedValue({ items: [], page: 1, pageSize: 50, totalCount: 0 });
});

describe('portal Leads: offers waiting for an answer first', () => {
  beforeEach(() => {
    signIn(portalUser);
    vi.mocked(api.listMyLeadOffers).mockResolvedValue([offer('lead-1', 'Fabrikam', 5), offer('lead-2', 'Litware', 30)]);
    vi.mocked(api.listMyLeads).mockResolvedValue({ items: [item('lead-9', 'Adventure Works')] });
  });

  it('shows the offers with their deadline before the held leads', async () => {
    renderWithProviders(<PortalLeadsPage />);
    const offers = await screen.findAllByTestId('lead-offer');
    expect(offers).toHaveLength(2);
    expect(offers[0]).toHaveTextContent('Fabrikam');
    expect(offers[0]).toHaveTextContent(/Answer by .*\(4 h 5\d min left\)/);
    expect(offers[1]).toHaveTextContent('1 day 5 h left');
    const held = await screen.findByRole('table', { name: 'Your leads' });
    expect(within(held).getByRole('link', { name: 'Adventure Works' })).toBeInTheDocument();
    // Offers first: the first offer comes before the held leads' table in the page.
    expect(offers[0].compareDocumentPosition(held) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('accepts an offer', async () => {
    vi.mocked(api.acceptMyLeadOffer).mockResolvedValue(lead({ partnerAccountId: 'acc-1' }));
    renderWithProviders(<PortalLeadsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept Fabrikam' }));
    await waitFor(() => expect(api.acceptMyLeadOffer).toHaveBeenCalledWith('lead-1'));
  });

  it('declines only with a reason', async () => {
    vi.mocked(api.declineMyLeadOffer).mockResolvedValue();
    renderWithProviders(<PortalLeadsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline Litware' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the lead' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Say why you decline.')).toBeInTheDocument();
    expect(api.declineMyLeadOffer).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Outside our region');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(api.declineMyLeadOffer).toHaveBeenCalledWith('lead-2', { reason: 'Outside our region' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('portal lead page (the offer e-mail links here)', () => {
  beforeEach(() => signIn(portalUser));
  const renderPage = () =>
    renderWithProviders(
      <Routes>
        <Route path="/portal/leads/:id" element={<PortalLeadPage />} />
        <Route path="/portal/leads" element={<p>Leads list</p>} />
      </Routes>,
      { route: '/portal/leads/lead-1' },
    );

  it('shows the offer with Accept and Decline while the lead is offered', async () => {
    vi.mocked(api.getMyLead).mockResolvedValue(routedLead);
    renderPage();
    expect(await screen.findByTestId('lead-offer')).toHaveTextContent(/Answer by/);
    expect(screen.getByRole('button', { name: 'Accept Fabrikam' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline Fabrikam' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start working' })).not.toBeInTheDocument();
  });

  it('moves a held lead on and says an opportunity was created once qualified', async () => {
    const qualified = lead({ partnerAccountId: 'acc-1', status: LeadStatus.Qualified, opportunityId: 'opp-12345678' });
    // The server's answer and every later read: the lead is qualified.
    vi.mocked(api.getMyLead)
      .mockResolvedValueOnce(lead({ partnerAccountId: 'acc-1', status: LeadStatus.Working }))
      .mockResolvedValue(qualified);
    vi.mocked(api.changeMyLeadStatus).mockResolvedValue(qualified);
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Qualify' }));
    await waitFor(() =>
      expect(api.changeMyLeadStatus).toHaveBeenCalledWith('lead-1', { status: LeadStatus.Qualified }),
    );
    expect(await screen.findByTestId('opportunity-created')).toHaveTextContent('an opportunity was created');
    expect(screen.queryByRole('button', { name: 'Qualify' })).not.toBeInTheDocument();
  });
});

describe('back-office lead page', () => {
  it('explains why this partner: the reason and every candidate with rank or exclusion', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getLead).mockResolvedValue(routedLead);
    renderLeadPage();
    expect(await screen.findByRole('heading', { name: 'Why this partner' })).toBeInTheDocument();
    expect(screen.getByTestId('routing-reason')).toHaveTextContent('highest routing weight 3');
    const table = screen.getByRole('table', { name: /Routing candidates/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Northwind Traders.*Chosen.*3.*0 \/ 5.*Never.*#1/);
    expect(rows[2]).toHaveTextContent(/Contoso.*1.*5 \/ 5.*2026-10-30.*Excluded: at its open-offer capacity/);
    const offers = screen.getByRole('table', { name: 'Offers' });
    expect(offers).toHaveTextContent(/Northwind Traders.*Open/);
  });

  it('offers Withdraw for an open offer, Pass and Route for a lead nobody holds (partners.write)', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getLead).mockResolvedValue(routedLead);
    const { unmount } = renderLeadPage();
    expect(await screen.findByRole('button', { name: 'Withdraw offer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pass to partner' })).not.toBeInTheDocument();
    unmount();

    vi.mocked(api.getLead).mockResolvedValue(lead());
    vi.mocked(api.routeLead).mockResolvedValue(routedLead);
    renderLeadPage();
    expect(await screen.findByRole('button', { name: 'Pass to partner' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Route automatically' }));
    const dialog = await screen.findByRole('dialog', { name: 'Route automatically' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Route automatically' }));
    await waitFor(() => expect(api.routeLead).toHaveBeenCalledWith('lead-1'));
  });

  it("passes to a partner with an optional owner among the partner's active portal users", async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getLead).mockResolvedValue(lead());
    vi.mocked(api.listAccounts).mockResolvedValue({
      items: [{ id: 'acc-nw', name: 'Northwind Traders' } as AccountDto],
      page: 1,
      pageSize: 50,
      totalCount: 1,
    });
    vi.mocked(api.listLeadOwnerCandidates).mockResolvedValue([
      { id: 'pu-1', name: 'Anna Admin', email: 'anna@northwind.example' },
      { id: 'pu-2', name: 'Bert Seller', email: 'bert@northwind.example' },
    ]);
    vi.mocked(api.offerLead).mockResolvedValue(routedLead);
    renderLeadPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Pass to partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pass to partner' });
    const owner = within(dialog).getByRole('combobox', { name: 'Owner' });
    expect(owner).toBeDisabled();
    expect(api.listLeadOwnerCandidates).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('combobox', { name: /Partner/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Northwind Traders' }));
    await waitFor(() => expect(api.listLeadOwnerCandidates).toHaveBeenCalledWith('acc-nw'));
    await waitFor(() => expect(owner).toBeEnabled());
    await userEvent.click(owner);
    await userEvent.click(await screen.findByRole('option', { name: 'Bert Seller (bert@northwind.example)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pass to partner' }));
    await waitFor(() =>
      expect(api.offerLead).toHaveBeenCalledWith('lead-1', { partnerAccountId: 'acc-nw', ownerId: 'pu-2' }),
    );
  });

  it('lets a partner manager work a lead the vendor works itself, disqualifying with a reason', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.getLead).mockResolvedValue(lead({ partnerAccountId: undefined }));
    vi.mocked(api.changeLeadStatus).mockResolvedValue(lead({ status: LeadStatus.Working }));
    renderLeadPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Start working' }));
    await waitFor(() => expect(api.changeLeadStatus).toHaveBeenCalledWith('lead-1', { status: LeadStatus.Working }));
    expect(api.changeMyLeadStatus).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Disqualify' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disqualify the lead' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disqualify' }));
    expect(await within(dialog).findByText('Say why the lead is disqualified.')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'No budget');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disqualify' }));
    await waitFor(() =>
      expect(api.changeLeadStatus).toHaveBeenCalledWith('lead-1', {
        status: LeadStatus.Disqualified,
        reason: 'No budget',
      }),
    );
  });

  it('shows no status buttons for a lead a partner holds or is offered, nor to Finance', async () => {
    const cases: [CurrentUserDto, LeadDto][] = [
      [partnerManagerUser, lead({ partnerAccountId: 'acc-nw', partnerName: 'Northwind Traders' })],
      [partnerManagerUser, routedLead],
      [financeUser, lead({ partnerAccountId: undefined })],
    ];
    for (const [user, shown] of cases) {
      signIn(user);
      vi.mocked(api.getLead).mockResolvedValue(shown);
      const page = renderLeadPage();
      expect(await screen.findByRole('heading', { name: 'Fabrikam', level: 1 })).toBeInTheDocument();
      await waitFor(() => expect(api.getCurrentUser).toHaveBeenCalled());
      for (const name of ['Start working', 'Qualify', 'Disqualify'])
        expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      page.unmount();
    }
  });

  it('Finance (partners.read only) sees no New lead, Pass, Route or Withdraw', async () => {
    signIn(financeUser);
    vi.mocked(api.listLeads).mockResolvedValue({ items: [item('lead-1', 'Fabrikam')] });
    const { unmount } = renderWithProviders(<LeadsPage />);
    expect(await screen.findByRole('link', { name: 'Fabrikam' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New lead' })).not.toBeInTheDocument();
    unmount();

    for (const shown of [routedLead, lead()]) {
      vi.mocked(api.getLead).mockResolvedValue(shown);
      const page = renderLeadPage();
      expect(await screen.findByRole('heading', { name: 'Fabrikam', level: 1 })).toBeInTheDocument();
      for (const name of ['Pass to partner', 'Route automatically', 'Withdraw offer'])
        expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      page.unmount();
    }
  });
});

describe('back-office leads list', () => {
  it('pages with the next cursor: "Load more" asks for the page after nextCursor', async () => {
    signIn(partnerManagerUser);
    vi.mocked(api.listLeads).mockImplementation(async (...args) =>
      args[6] === 'cursor-2'
        ? { items: [item('lead-3', 'Litware')] }
        : { items: [item('lead-1', 'Fabrikam'), item('lead-2', 'Contoso')], nextCursor: 'cursor-2' },
    );
    renderWithProviders(<LeadsPage />, { route: '/leads?status=New&sort=-budget' });
    expect(await screen.findByRole('link', { name: 'Fabrikam' })).toBeInTheDocument();
    expect(api.listLeads).toHaveBeenLastCalledWith(
      LeadStatus.New,
      undefined,
      undefined,
      undefined,
      undefined,
      '-budget',
      undefined,
      25,
    );
    expect(screen.getByRole('button', { name: 'New lead' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Litware' })).toBeInTheDocument();
    expect(api.listLeads).toHaveBeenLastCalledWith(
      LeadStatus.New,
      undefined,
      undefined,
      undefined,
      undefined,
      '-budget',
      'cursor-2',
      25,
    );
    // The earlier rows stay; no further page.
    expect(screen.getByRole('link', { name: 'Fabrikam' })).toBeInTheDocument();
    expect(screen.getByText('3 leads shown')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});

describe('answerByText', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  it('says the time left before the deadline', () => {
    expect(answerByText('2026-12-01T13:00:00Z', now)).toBe('1 day 3 h left');
    expect(answerByText('2026-11-30T12:30:00Z', now)).toBe('2 h 30 min left');
    expect(answerByText('2026-11-30T10:00:30Z', now)).toBe('1 min left');
    expect(answerByText('2026-11-30T09:00:00Z', now)).toBe('deadline passed');
  });
});
