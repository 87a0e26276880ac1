import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { formatPeriod, percent } from '../../lib/format';

interface PartnershipHeaderProps {
  partnership: PartnershipDto;
  onEdit?: () => void;
  onToggleActive?: () => void;
  toggling?: boolean;
}

/** "Silver — level 2 of 3", score against the level's target, period and status. */
export function PartnershipHeader({ partnership: p, onEdit, onToggleActive, toggling }: PartnershipHeaderProps) {
  const isTopLevel = !p.nextLevelName;
  const pointsLeft = p.scoreLeft ?? Math.max(0, p.targetScore - p.currentScore);

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>{p.name}</Title>
            <Text c="dimmed">
              <Anchor component={Link} to={`/partners/${p.accountId}`}>
                {p.accountName}
              </Anchor>{' '}
              · {p.partnerTypeName}
            </Text>
          </div>
          <Group gap="sm">
            <Badge size="lg" variant="light" color={p.isActive ? 'green' : 'gray'}>
              {p.isActive ? 'Active' : 'Inactive'}
            </Badge>
            {onToggleActive && (
              <Button variant="default" onClick={onToggleActive} loading={toggling}>
                {p.isActive ? 'Deactivate' : 'Activate'}
              </Button>
            )}
            {onEdit && <Button onClick={onEdit}>Edit</Button>}
          </Group>
        </Group>

        <Text fw={600} size="lg" data-testid="partnership-level">
          {p.partnerLevelName} — level {p.levelNumber} of {p.levelCount}
        </Text>

        <div>
          <Group justify="space-between" mb={4}>
            <Text data-testid="partnership-score">
              Score {p.currentScore} of target {p.targetScore}
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
          <Progress
            value={percent(p.currentScore, p.targetScore)}
            color={p.promotionEligible ? 'green' : undefined}
            size="lg"
            aria-label={`Score ${p.currentScore} of ${p.targetScore}`}
          />
        </div>

        <Text size="sm">
          <Text span c="dimmed">
            Period:{' '}
          </Text>
          {formatPeriod(p.startDate, p.dueDate)}
        </Text>
      </Stack>
    </Card>
  );
}
