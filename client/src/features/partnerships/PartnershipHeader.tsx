import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { LevelProgress } from './LevelProgress';
import { PeriodText } from './PartnershipSections';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../lib/format';

/** "Level since 2026-03-01", the at-risk flag with what it means, and when the renewal opens. */
export function LevelStatus({
  partnership: p,
  renewalOpensOn,
}: {
  partnership: Pick<PartnershipDto, 'levelSince' | 'atRisk'>;
  renewalOpensOn?: string;
}) {
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" data-testid="level-since">
          <Text span c="dimmed">
            Level since{' '}
          </Text>
          {formatDate(p.levelSince)}
        </Text>
        {p.atRisk && (
          <Badge color="red" variant="light">
            At risk
          </Badge>
        )}
        {renewalOpensOn && (
          <Text size="sm" c="dimmed">
            · The renewal opens on {formatDate(renewalOpensOn)}
          </Text>
        )}
      </Group>
      {p.atRisk && (
        <Text size="sm" c="red.9">
          Below pace to keep the level at renewal: at today&apos;s rate the obligations will not be met by the end of
          the period.
        </Text>
      )}
    </Stack>
  );
}

interface PartnershipHeaderProps {
  partnership: PartnershipDto;
  onEdit?: () => void;
  onToggleActive?: () => void;
  toggling?: boolean;
  onEvaluate?: () => void;
  evaluating?: boolean;
  onOverrideLevel?: () => void;
  onRenew?: () => void;
  /** Set while the renewal is not open yet: "Renew…" is then disabled and says from when. */
  renewalOpensOn?: string;
}

/** "Silver — level 2 of 3", score against the level's target, period and status. */
export function PartnershipHeader({
  partnership: p,
  onEdit,
  onToggleActive,
  toggling,
  onEvaluate,
  evaluating,
  onOverrideLevel,
  onRenew,
  renewalOpensOn,
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
            {onEvaluate && p.isActive && (
              <Button variant="default" onClick={onEvaluate} loading={evaluating}>
                Evaluate now
              </Button>
            )}
            {onRenew && p.isActive && (
              <Button
                variant="default"
                onClick={onRenew}
                disabled={!!renewalOpensOn}
                title={renewalOpensOn ? `The renewal opens on ${formatDate(renewalOpensOn)}` : undefined}
              >
                Renew…
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
        <LevelStatus partnership={p} renewalOpensOn={onRenew && p.isActive ? renewalOpensOn : undefined} />

        <PeriodText startDate={p.startDate} dueDate={p.dueDate} />
      </Stack>
    </Card>
  );
}
