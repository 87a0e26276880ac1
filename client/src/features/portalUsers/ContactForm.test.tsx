import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderWithProviders } from '../../test/render';
import { ContactForm } from './ContactForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { createContact: vi.fn() } };
});

describe('ContactForm', () => {
  beforeEach(() => {
    vi.mocked(api.createContact).mockReset();
  });

  it('shows the server field error under the e-mail input', async () => {
    vi.mocked(api.createContact).mockRejectedValue({
      status: 400,
      title: 'Some fields are not valid.',
      code: 'validation_failed',
      errors: { email: ["'Email' is not a valid email address."] },
    });
    const onDone = vi.fn();
    renderWithProviders(<ContactForm accountId="acc-1" onDone={onDone} />);

    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Rita Reseller');
    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(api.createContact).toHaveBeenCalledWith('acc-1', { name: 'Rita Reseller', email: 'not-an-email' });
    expect(await screen.findByText("'Email' is not a valid email address.")).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
