import type { ReactNode } from 'react';
import { Alert, Anchor, Card, Grid, List, Stack, Text, Title } from '@mantine/core';
import type { PartnerProgramDto } from '../../api';
import { formatDate } from '../../lib/format';
import { BenefitsTable } from '../partnerships/BenefitsTable';
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
  /** "Why you are at this level": the latest decision and the past ones (omitted when not given). */
  decisions?: ReactNode;
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
export function ProgramView({ program: p, title, history, funds, decisions }: ProgramViewProps) {
  const showMissing = !!p.nextLevelName && ((p.missing?.length ?? 0) > 0 || !!p.missingSummary);
  const nextBenefits = p.nextLevelBenefits ?? [];

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
              {p.levelSince && (
                <Text size="sm" data-testid="level-since">
                  <Text span c="dimmed">
                    Level since{' '}
                  </Text>
                  {formatDate(p.levelSince)}
                </Text>
              )}
              <PeriodText startDate={p.startDate} dueDate={p.dueDate} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PartnerManagerCard manager={p.partnerManager} />
        </Grid.Col>
      </Grid>
      {p.atRisk && (
        <Alert color="red" variant="light" title="Your level is at risk">
          {`At today's pace the obligations of ${p.partnerLevelName} will not be met by the end of the period on ${formatDate(p.dueDate)}, and the level may move down at renewal. Your partner manager can help.`}
        </Alert>
      )}
      {showMissing && (
        <Card withBorder padding="lg" component="section" aria-labelledby="missing-title">
          <Title order={2} size="h4" id="missing-title" mb="xs">
            What is missing for {p.nextLevelName}
          </Title>
          {p.missingSummary && (
            <Text fw={600} mb="xs" data-testid="missing-summary">
              {p.missingSummary}
            </Text>
          )}
          {(p.missing?.length ?? 0) > 0 && (
            <List aria-labelledby="missing-title">
              {p.missing.map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          )}
        </Card>
      )}
      {p.nextLevelName && nextBenefits.length > 0 && (
        <Card withBorder padding="lg" component="section" aria-labelledby="next-benefits-title">
          <Title order={2} size="h4" id="next-benefits-title" mb="xs">
            What {p.nextLevelName} brings
          </Title>
          <BenefitsTable benefits={nextBenefits} label={`Benefits of ${p.nextLevelName}`} />
        </Card>
      )}
      {decisions}
      {funds}
      <PartnershipSections obligations={p.obligations ?? []} benefits={p.benefits ?? []} history={history} />
    </Stack>
  );
}
