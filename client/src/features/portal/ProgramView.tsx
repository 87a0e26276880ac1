import type { ReactNode } from 'react';
import { Anchor, Card, Grid, List, Stack, Text, Title } from '@mantine/core';
import type { PartnerProgramDto } from '../../api';
import { LevelProgress } from '../partnerships/LevelProgress';
import { PartnershipSections, PeriodText } from '../partnerships/PartnershipSections';
import { PageTitle } from '../../components/PageTitle';

interface ProgramViewProps {
  program: PartnerProgramDto;
  title: string;
  /** The history section (omitted when not given). */
  history?: ReactNode;
  /** Shown above the obligations (the funds on the program page). */
  funds?: ReactNode;
}

function PartnerManagerCard({ manager }: { manager: PartnerProgramDto['partnerManager'] }) {
  return (
    <Card withBorder padding="lg" h="100%" component="section" aria-labelledby="partner-manager-title">
      <Title order={2} size="h4" id="partner-manager-title" mb="xs">
        Your partner manager
      </Title>
      {manager ? (
        <Stack gap={2}>
          <Text fw={500}>{manager.name}</Text>
          <Anchor href={`mailto:${manager.email}`}>{manager.email}</Anchor>
        </Stack>
      ) : (
        <Text c="dimmed">No partner manager is assigned yet.</Text>
      )}
    </Card>
  );
}

/** A partner's read-only view of its partnership: level, score, what is missing, obligations, benefits. */
export function ProgramView({ program: p, title, history, funds }: ProgramViewProps) {
  const showMissing = !!p.nextLevelName && (p.missing?.length ?? 0) > 0;

  return (
    <Stack data-partnership-id={p.id}>
      <div>
        <PageTitle>{title}</PageTitle>
        {title !== p.name && <Text c="dimmed">{p.name}</Text>}
      </div>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="lg" h="100%">
            <Stack gap="sm">
              <Text>
                <Text span c="dimmed">
                  Partner type:{' '}
                </Text>
                <Text span fw={500}>
                  {p.partnerTypeName}
                </Text>
              </Text>
              <LevelProgress partnership={p} />
              <PeriodText startDate={p.startDate} dueDate={p.dueDate} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PartnerManagerCard manager={p.partnerManager} />
        </Grid.Col>
      </Grid>
      {showMissing && (
        <Card withBorder padding="lg" component="section" aria-labelledby="missing-title">
          <Title order={2} size="h4" id="missing-title" mb="xs">
            What is missing for {p.nextLevelName}
          </Title>
          <List aria-labelledby="missing-title">
            {p.missing.map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {funds}
      <PartnershipSections obligations={p.obligations ?? []} benefits={p.benefits ?? []} history={history} />
    </Stack>
  );
}
