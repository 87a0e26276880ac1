import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { partnerManagerUser, partnershipListItem, portalUserManagerUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import PartnershipsPage from './PartnershipsPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      listPartnerships: vi.fn(),
      exportPartnerships: vi.fn(),
      listPartnerTypes: vi.fn(),
      listPartnerLevels: vi.fn(),
      getCurrentUser: vi.fn(),
    },
  };
});

function renderPage(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/partnerships" element={<PartnershipsPage />} />
    </Routes>,
    { route },
  );
}

describe('partnerships CSV export', () => {
  beforeEach(() => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    vi.mocked(api.listPartnerships).mockResolvedValue({ items: [], page: 1, pageSize: 20, totalCount: 0 });
    vi.mocked(api.listPartnerTypes).mockResolvedValue([]);
    vi.mocked(api.listPartnerLevels).mockResolvedValue([]);
    vi.mocked(api.exportPartnerships).mockReset();
  });

  it('downloads the export with the list’s current filters and sort, not its page', async () => {
    const data = new Blob(['Partnership\r\n'], { type: 'text/csv' });
    vi.mocked(api.exportPartnerships).mockResolvedValue({ data, status: 200, fileName: 'partnerships-2026-01-31.csv' });
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.getAttribute('href')}`);
    });
    renderPage('/partnerships?type=type-2&level=level-5&active=false&atRisk=true&search=acme&sort=-score&page=3');

    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(downloads).toEqual(['partnerships-2026-01-31.csv blob:export']));
    expect(createObjectURL).toHaveBeenCalledWith(data);
    expect(api.exportPartnerships).toHaveBeenCalledWith('type-2', 'level-5', false, 'acme', undefined, true, '-score');
    expect(api.listPartnerships).toHaveBeenCalledWith(
      'type-2',
      'level-5',
      false,
      'acme',
      undefined,
      true,
      '-score',
      3,
      20,
    );
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('shows the problem when the export is refused', async () => {
    vi.mocked(api.exportPartnerships).mockRejectedValue({
      status: 400,
      title: 'Some fields are not valid.',
      code: 'validation_failed',
      errors: { sort: ['Sort by one of: name.'] },
    });
    renderPage('/partnerships?sort=-secret');

    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sort by one of: name.');
  });

  it('is not offered to a role that may not read the list', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUserManagerUser);
    renderPage('/partnerships');

    await waitFor(() => expect(api.getCurrentUser).toHaveBeenCalled());
    expect(await screen.findByRole('heading', { name: 'Partnerships' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });
});

/** listPartnerships' arguments for page 1 of the unfiltered list, with or without the at-risk filter. */
const firstPage = (atRisk?: boolean) => [
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  atRisk,
  undefined,
  1,
  20,
];

describe('partnerships at-risk filter', () => {
  beforeEach(() => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    vi.mocked(api.listPartnerTypes).mockResolvedValue([]);
    vi.mocked(api.listPartnerLevels).mockResolvedValue([]);
    vi.mocked(api.listPartnerships)
      .mockReset()
      .mockResolvedValue({ items: [{ ...partnershipListItem, atRisk: true }], page: 1, pageSize: 20, totalCount: 1 });
  });

  it('lists the partnerships at risk when "Yes" is chosen, keeps it in the URL and badges the rows', async () => {
    renderPage('/partnerships');
    await screen.findByRole('table', { name: 'Partnerships' });
    expect(api.listPartnerships).toHaveBeenLastCalledWith(...firstPage());

    await userEvent.click(screen.getByRole('combobox', { name: /At risk/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Yes' }));

    await waitFor(() => expect(api.listPartnerships).toHaveBeenLastCalledWith(...firstPage(true)));
    const row = screen.getByRole('link', { name: 'Acme reseller 2025' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('At risk');
  });

  it('reads the filter from the URL', async () => {
    renderPage('/partnerships?atRisk=true');

    await screen.findByRole('table', { name: 'Partnerships' });
    expect(api.listPartnerships).toHaveBeenCalledWith(...firstPage(true));
    expect(screen.getByRole('combobox', { name: /At risk/ })).toHaveValue('Yes');
  });
});
