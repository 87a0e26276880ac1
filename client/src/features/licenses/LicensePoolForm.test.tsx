import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderWithProviders } from '../../test/render';
import { LicensePoolForm } from './LicensePoolForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { createLicensePool: vi.fn(), updateLicensePool: vi.fn() } };
});

describe('LicensePoolForm', () => {
  beforeEach(() => {
    vi.mocked(api.createLicensePool).mockReset();
  });

  it('keeps the sign of negative seats and refuses them instead of saving 3', async () => {
    const onDone = vi.fn();
    renderWithProviders(<LicensePoolForm onDone={onDone} />);

    await userEvent.type(screen.getByRole('textbox', { name: /Edition/ }), 'Partner portal on-premises');
    const seats = screen.getByRole('textbox', { name: /Seats/ });
    await userEvent.clear(seats);
    await userEvent.type(seats, '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(seats).toHaveValue('-3');
    expect(await screen.findByText('Seats cannot be negative.')).toBeInTheDocument();
    expect(api.createLicensePool).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
