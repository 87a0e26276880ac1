import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  CertificateStatus,
  ProblemCode,
  TrainingPayment,
  TrainingResult,
  type CertificateDto,
  type CurrentUserDto,
  type TrainingDto,
} from '../../api';
import { financeUser, partnerManagerUser, portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import PortalTrainingPage from './PortalTrainingPage';
import TrainingPage from './TrainingPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      listAccounts: vi.fn(),
      getAccount: vi.fn(),
      listContacts: vi.fn(),
      listTrainings: vi.fn(),
      listCertificates: vi.fn(),
      recordTrainingResult: vi.fn(),
      deleteTraining: vi.fn(),
      updateCertificate: vi.fn(),
      listMyTrainings: vi.fn(),
      listMyCertificates: vi.fn(),
    },
  };
});

const training: TrainingDto = {
  id: 't-1',
  accountId: 'acc-ts',
  accountName: 'Tailspin Consulting',
  contactId: 'c-alex',
  contactName: 'Alex Morgan',
  course: 'Platform administration',
  date: '2026-11-20',
  payment: TrainingPayment.NotPaid,
  createdAt: '2026-11-01T10:00:00Z',
};

const certificate = (overrides: Partial<CertificateDto>): CertificateDto => ({
  id: 'cert-1',
  accountId: 'acc-ts',
  accountName: 'Tailspin Consulting',
  contactId: 'c-alex',
  contactName: 'Alex Morgan',
  name: 'Certified platform consultant',
  number: 'CPC-2041',
  issuedOn: '2026-05-01',
  expiresOn: '2028-05-01',
  status: CertificateStatus.Valid,
  isValid: true,
  createdAt: '2026-05-01T10:00:00Z',
  ...overrides,
});

const paged = <T,>(items: T[]) => ({ items, page: 1, pageSize: 50, totalCount: items.length });

function renderBackOffice(user: CurrentUserDto, route = '/trainings') {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
  return renderWithProviders(
    <Routes>
      <Route path="/trainings" element={<TrainingPage />} />
    </Routes>,
    { route },
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(api.listAccounts).mockResolvedValue(paged([]));
  vi.mocked(api.listTrainings).mockResolvedValue(paged([training]));
  vi.mocked(api.listCertificates).mockResolvedValue(
    paged([
      certificate({}),
      certificate({
        id: 'cert-2',
        contactName: 'Sam Lee',
        number: undefined,
        expiresOn: '2026-10-31',
        status: CertificateStatus.Expired,
        isValid: false,
      }),
    ]),
  );
});

describe('back-office Training page', () => {
  it('lists trainings with their result and offers a partner manager every action', async () => {
    renderBackOffice(partnerManagerUser);
    const table = await screen.findByRole('table', { name: 'Trainings' });
    const row = within(table).getByRole('row', { name: /Platform administration/ });
    expect(row).toHaveTextContent('Alex Morgan');
    expect(row).toHaveTextContent('Free (certification fund)');
    expect(row).toHaveTextContent('No result yet');
    expect(screen.getByRole('button', { name: 'New training' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Record result' })).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: 'Delete Platform administration of Alex Morgan' }),
    ).toBeInTheDocument();
    expect(api.listTrainings).toHaveBeenCalledWith(undefined, undefined, 1, 50);
  });

  it('shows Finance the lists without a single button to change them', async () => {
    renderBackOffice(financeUser);
    await screen.findByRole('table', { name: 'Trainings' });
    expect(screen.queryByRole('button', { name: 'New training' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record result' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Certificates' }));
    await screen.findByRole('table', { name: 'Certificates' });
    expect(screen.queryByRole('button', { name: 'New certificate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('filters by the partner in the URL and shows valid and expired certificates', async () => {
    vi.mocked(api.getAccount).mockResolvedValue({ id: 'acc-ts', name: 'Tailspin Consulting' } as Awaited<
      ReturnType<typeof api.getAccount>
    >);
    renderBackOffice(partnerManagerUser, '/trainings?partner=acc-ts&tab=certificates');
    const table = await screen.findByRole('table', { name: 'Certificates' });
    expect(within(table).getByRole('row', { name: /Alex Morgan/ })).toHaveTextContent('Valid');
    expect(within(table).getByRole('row', { name: /Alex Morgan/ })).toHaveTextContent('2026-05-01 – 2028-05-01');
    expect(within(table).getByRole('row', { name: /Sam Lee/ })).toHaveTextContent('Expired');
    expect(api.listCertificates).toHaveBeenCalledWith('acc-ts', undefined, 1, 50);
  });

  it('records a result with ONE Idempotency-Key however often it is sent, and says why a free place is refused', async () => {
    vi.mocked(api.recordTrainingResult).mockRejectedValue({
      title: 'Insufficient funds',
      status: 409,
      code: ProblemCode.InsufficientFunds,
      detail: 'A free (unpaid) training takes 1 unit from the certification fund, which never goes below zero.',
    });
    renderBackOffice(partnerManagerUser);
    await userEvent.click(await screen.findByRole('button', { name: 'Record result' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record result' });
    expect(dialog).toHaveTextContent("takes 1.00 from the partner's certification fund");
    const form = dialog.querySelector('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(api.recordTrainingResult).toHaveBeenCalledTimes(2));
    const calls = vi.mocked(api.recordTrainingResult).mock.calls;
    expect(calls[0][0]).toBe('t-1');
    expect(calls[0][1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[1][1]).toBe(calls[0][1]);
    expect(calls[0][2]).toEqual({ result: TrainingResult.Passed });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('never goes below zero');
  });

  it('asks before deleting a training and says a debit is given back', async () => {
    vi.mocked(api.listTrainings).mockResolvedValue(
      paged([{ ...training, result: TrainingResult.Passed, fundEntryId: 'e-1' }]),
    );
    vi.mocked(api.deleteTraining).mockResolvedValue();
    renderBackOffice(partnerManagerUser);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Platform administration of Alex Morgan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete training' });
    expect(dialog).toHaveTextContent('The 1.00 it took from the certification fund is given back.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.deleteTraining).toHaveBeenCalledWith('t-1'));
  });
});

describe('certificate dialog', () => {
  it('keeps the training a certificate came from, and leaves it when the certificate moves to another contact', async () => {
    vi.mocked(api.listCertificates).mockResolvedValue(paged([certificate({ trainingId: 't-1' })]));
    vi.mocked(api.listContacts).mockResolvedValue(
      paged([
        { id: 'c-alex', name: 'Alex Morgan', email: 'alex@tailspin.example', hasPortalUser: false },
        { id: 'c-sam', name: 'Sam Lee', email: 'sam@tailspin.example', hasPortalUser: false },
      ]),
    );
    vi.mocked(api.updateCertificate).mockResolvedValue(certificate({}));
    renderBackOffice(partnerManagerUser, '/trainings?tab=certificates');

    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit Certified platform consultant of Alex Morgan' }),
    );
    let dialog = await screen.findByRole('dialog', { name: 'Edit certificate' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.updateCertificate).toHaveBeenCalledTimes(1));
    expect(vi.mocked(api.updateCertificate).mock.calls[0]).toEqual([
      'cert-1',
      {
        contactId: 'c-alex',
        name: 'Certified platform consultant',
        number: 'CPC-2041',
        issuedOn: '2026-05-01',
        expiresOn: '2028-05-01',
        trainingId: 't-1',
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: 'Edit Certified platform consultant of Alex Morgan' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit certificate' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Contact/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Sam Lee (sam@tailspin.example)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.updateCertificate).toHaveBeenCalledTimes(2));
    expect(vi.mocked(api.updateCertificate).mock.calls[1][1]).toMatchObject({
      contactId: 'c-sam',
      trainingId: undefined,
    });
  });
});

describe('portal Training page', () => {
  it("shows the organization's trainings and certificates read-only with valid / expired badges", async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUser);
    vi.mocked(api.listMyTrainings).mockResolvedValue(
      paged([
        {
          id: 't-1',
          contactId: 'c-alex',
          contactName: 'Alex Morgan',
          course: 'Platform administration',
          date: '2026-11-20',
          payment: TrainingPayment.Paid,
          result: TrainingResult.Passed,
        },
      ]),
    );
    vi.mocked(api.listMyCertificates).mockResolvedValue(
      paged([
        { ...certificate({}) },
        {
          ...certificate({
            id: 'cert-2',
            contactName: 'Sam Lee',
            expiresOn: '2026-10-31',
            status: CertificateStatus.Expired,
            isValid: false,
          }),
        },
      ]),
    );
    renderWithProviders(<PortalTrainingPage />);

    const trainings = await screen.findByRole('table', { name: 'Your trainings' });
    expect(within(trainings).getByRole('row', { name: /Platform administration/ })).toHaveTextContent('Passed');
    const certificates = await screen.findByRole('table', { name: 'Your certificates' });
    expect(within(certificates).getByRole('row', { name: /Alex Morgan/ })).toHaveTextContent('Valid');
    expect(within(certificates).getByRole('row', { name: /Sam Lee/ })).toHaveTextContent('Expired');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when there is nothing yet', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUser);
    vi.mocked(api.listMyTrainings).mockResolvedValue(paged([]));
    vi.mocked(api.listMyCertificates).mockResolvedValue(paged([]));
    renderWithProviders(<PortalTrainingPage />);
    expect(await screen.findByText('No trainings yet.')).toBeInTheDocument();
    expect(await screen.findByText('No certificates yet.')).toBeInTheDocument();
  });
});
