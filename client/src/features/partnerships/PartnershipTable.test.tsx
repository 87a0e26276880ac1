import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partnershipListItem } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { PartnershipTable } from './PartnershipTable';

const base = partnershipListItem;

describe('PartnershipTable', () => {
  it('shows the score against the target', () => {
    renderWithProviders(<PartnershipTable items={[base]} />);
    expect(screen.getByRole('cell', { name: '60 / 100' })).toBeInTheDocument();
  });

  it('shows "top level" instead of a zero target at the top level', () => {
    renderWithProviders(
      <PartnershipTable
        items={[
          { ...base, partnerLevelName: 'Platinum', levelNumber: 3, currentScore: 98, targetScore: 0, scoreLeft: 0 },
        ]}
      />,
    );
    expect(screen.getByRole('cell', { name: '98 · top level' })).toBeInTheDocument();
    expect(screen.queryByText(/98 \/ 0/)).not.toBeInTheDocument();
  });

  it('keeps the target of a top level that has one', () => {
    renderWithProviders(<PartnershipTable items={[{ ...base, levelNumber: 3, currentScore: 98, targetScore: 80 }]} />);
    expect(screen.getByRole('cell', { name: '98 / 80' })).toBeInTheDocument();
  });
});
