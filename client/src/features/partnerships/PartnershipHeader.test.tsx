import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partnership } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { PartnershipHeader } from './PartnershipHeader';

const base = partnership;

describe('PartnershipHeader', () => {
  it('shows the level position, score and points left', () => {
    renderWithProviders(<PartnershipHeader partnership={base} onToggleActive={() => {}} />);

    expect(screen.getByText('Silver — level 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('Score 60 of target 100')).toBeInTheDocument();
    expect(screen.getByText('40 points left')).toBeInTheDocument();
    expect(screen.getByText('2025-01-01 – 2025-12-31')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deactivate' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '60');
  });

  it('shows promotion eligibility', () => {
    renderWithProviders(
      <PartnershipHeader partnership={{ ...base, currentScore: 110, scoreLeft: 0, promotionEligible: true }} />,
    );
    expect(screen.getByText('Eligible for promotion to Platinum')).toBeInTheDocument();
    expect(screen.queryByText(/points left/)).not.toBeInTheDocument();
  });

  it('shows the top level and an activate button for an inactive partnership', () => {
    renderWithProviders(
      <PartnershipHeader
        partnership={{
          ...base,
          partnerLevelName: 'Platinum',
          levelNumber: 3,
          nextLevelName: undefined,
          isActive: false,
          currentScore: 98,
          targetScore: 0,
        }}
        onToggleActive={() => {}}
      />,
    );
    expect(screen.getByText('Platinum — level 3 of 3')).toBeInTheDocument();
    expect(screen.getByText('Top level')).toBeInTheDocument();
    // The top level has no target: never "Score 98 of target 0".
    expect(screen.getByTestId('partnership-score')).toHaveTextContent(/^Score 98$/);
    expect(screen.queryByText(/of target/)).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Inactive')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Activate' })).toBeInTheDocument();
  });

  it('offers promotion only when the partnership is eligible', async () => {
    let promoted = 0;
    const { rerender } = renderWithProviders(
      <PartnershipHeader partnership={base} onPromote={() => (promoted += 1)} />,
    );

    expect(screen.queryByRole('button', { name: /Promote/ })).not.toBeInTheDocument();

    rerender(
      <PartnershipHeader
        partnership={{ ...base, currentScore: 100, scoreLeft: 0, promotionEligible: true }}
        onPromote={() => (promoted += 1)}
      />,
    );
    screen.getByRole('button', { name: 'Promote to Platinum' }).click();

    expect(promoted).toBe(1);
  });
});
