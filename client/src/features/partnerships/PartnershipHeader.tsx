import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { LevelProgress } from './LevelProgress';
import { PeriodText } from './PartnershipSections';
import { PageTitle } from '../../components/PageTitle';

interface PartnershipHeaderProps {
  partnership: PartnershipDto;
  onEdit?: () => void;
  onToggleActive?: () => void;
  toggling?: boolean;
  onPromote?: () => void;
  promoting?: boolean;
  onOverrideLevel?: () => void;
}

/** "Silver — level 2 of 3", score against the level's target, period and status. */
export function PartnershipHeader({
  partnership: p,
  onEdit,
  onToggleActive,
  toggling,
  onPromote,
  promoting,
  onOverrideLevel,
}: PartnershipHeaderProps) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <PageTitle>{p.name}</PageTitle>
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
            {onPromote && p.promotionEligible && p.nextLevelName && (
              <Button color="green" onClick={onPromote} loading={promoting}>
                Promote to {p.nextLevelName}
              </Button>
            )}
            {onOverrideLevel && (
              <Button variant="default" onClick={onOverrideLevel}>
                Change level…
              </Button>
            )}
            {onEdit && <Button onClick={onEdit}>Edit</Button>}
          </Group>
        </Group>

        <LevelProgress partnership={p} />

        <PeriodText startDate={p.startDate} dueDate={p.dueDate} />
      </Stack>
    </Card>
  );
}
