import { Badge, Group, Progress, Text } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { percent } from '../../lib/format';

/** The level and score fields shared by a partnership and a partner's own program. */
export type LevelProgressData = Pick<
  PartnershipDto,
  | 'partnerLevelName'
  | 'levelNumber'
  | 'levelCount'
  | 'currentScore'
  | 'targetScore'
  | 'scoreLeft'
  | 'promotionEligible'
  | 'nextLevelName'
>;

/** "Silver — level 2 of 3", score against the level's target with a progress bar, and what is left. */
export function LevelProgress({ partnership: p }: { partnership: LevelProgressData }) {
  const isTopLevel = !p.nextLevelName;
  const pointsLeft = p.scoreLeft ?? Math.max(0, p.targetScore - p.currentScore);

  return (
    <>
      <Text fw={600} size="lg" data-testid="partnership-level">
        {p.partnerLevelName} — level {p.levelNumber} of {p.levelCount}
      </Text>

      <div>
        <Group justify="space-between" mb={4}>
          <Text data-testid="partnership-score">
            {isTopLevel ? `Score ${p.currentScore}` : `Score ${p.currentScore} of target ${p.targetScore}`}
          </Text>
          {isTopLevel ? (
            <Badge color="grape" variant="light">
              Top level
            </Badge>
          ) : p.promotionEligible ? (
            <Badge color="green" variant="light">
              Eligible for promotion to {p.nextLevelName}
            </Badge>
          ) : (
            <Text c="dimmed">{pointsLeft} points left</Text>
          )}
        </Group>
        {/* The top level has no target (D1): no "of target 0", no bar. */}
        {isTopLevel ? null : (
          <Progress
            value={percent(p.currentScore, p.targetScore)}
            color={p.promotionEligible ? 'green' : undefined}
            size="lg"
            aria-label={`Score ${p.currentScore} of ${p.targetScore}`}
          />
        )}
      </div>
    </>
  );
}
