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

  it('offers evaluation and renewal, never a manual promotion', async () => {
    let evaluated = 0;
    renderWithProviders(
      <PartnershipHeader
        partnership={{ ...base, currentScore: 100, scoreLeft: 0, promotionEligible: true }}
        onEvaluate={() => (evaluated += 1)}
        onRenew={() => {}}
      />,
    );

    expect(screen.queryByRole('button', { name: /Promote/ })).not.toBeInTheDocument();
    screen.getByRole('button', { name: 'Evaluate now' }).click();
    expect(evaluated).toBe(1);
    expect(screen.getByRole('button', { name: 'Renew…' })).toBeEnabled();
  });

  it('says from when the renewal opens while it is not open yet', () => {
    renderWithProviders(<PartnershipHeader partnership={base} onRenew={() => {}} renewalOpensOn="2025-12-01" />);

    expect(screen.getByRole('button', { name: 'Renew…' })).toBeDisabled();
    expect(screen.getByText(/The renewal opens on 2025-12-01/)).toBeInTheDocument();
  });

  it('shows since when the level is held and flags a partnership at risk, saying what it means', () => {
    const { rerender } = renderWithProviders(<PartnershipHeader partnership={base} />);
    expect(screen.getByTestId('level-since')).toHaveTextContent('Level since 2025-03-01');
    expect(screen.queryByText('At risk')).not.toBeInTheDocument();

    rerender(<PartnershipHeader partnership={{ ...base, atRisk: true }} />);

    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(screen.getByText(/Below pace to keep the level at renewal/)).toBeInTheDocument();
  });
});
