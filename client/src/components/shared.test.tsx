import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toProblem } from '../api/http';
import { renderWithProviders } from '../test/render';
import { NotFound } from './NotFound';
import { Pager } from './Pager';
import { ProblemAlert } from './ProblemAlert';
import { QueryState } from './QueryState';

describe('ProblemAlert', () => {
  it('says the server cannot be reached instead of "Failed to fetch", and offers to try again', () => {
    const refetch = vi.fn();
    renderWithProviders(
      <QueryState query={{ data: undefined, error: new TypeError('Failed to fetch'), isPending: false, refetch }}>
        {() => null}
      </QueryState>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The server cannot be reached.');
    expect(alert).not.toHaveTextContent('Failed to fetch');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalled();
  });

  it("prints a validation message once (not in the detail and again in the field list), without the property's name", () => {
    renderWithProviders(
      <ProblemAlert
        problem={{
          status: 400,
          title: 'Some fields are not valid.',
          detail: 'Sort by one of: name, partner, level.',
          fieldErrors: { sort: ['Sort by one of: name, partner, level.'] },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent?.match(/Sort by one of/g)).toHaveLength(1);
  });

  it('does not offer to try again for a problem that will not go away', () => {
    renderWithProviders(<ProblemAlert problem={{ status: 409, title: 'x', fieldErrors: {} }} onRetry={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('turns an unknown API address into "Not found" in plain words', () => {
    renderWithProviders(
      <ProblemAlert
        problem={{ status: 404, title: 'Not found.', detail: 'No API endpoint at /api/accounts/x.', fieldErrors: {} }}
      />,
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('No API endpoint');
  });
});

describe('toProblem', () => {
  it('makes a network failure a transient problem', () => {
    expect(toProblem(new TypeError('Failed to fetch')).title).toBe('The server cannot be reached.');
  });
});

describe('Pager', () => {
  it('turns a page past the last into the last page', () => {
    const onChange = vi.fn();
    renderWithProviders(<Pager page={9} pageSize={20} totalCount={45} onChange={onChange} />);
    expect(onChange).toHaveBeenCalledWith(3);
  });
});

describe('NotFound', () => {
  it('says "Page not found" with a link home and a tab title', () => {
    renderWithProviders(<NotFound home="/" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found — PartnerPortal');
  });
});
