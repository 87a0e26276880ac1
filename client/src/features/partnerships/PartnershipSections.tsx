import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';
import type { BenefitDto, ObligationDto } from '../../api';
import { formatPeriod } from '../../lib/format';
import { BenefitsTable } from './BenefitsTable';
import { ObligationsTable } from './ObligationsTable';

interface PartnershipSectionsProps {
  obligations: ObligationDto[];
  benefits: BenefitDto[];
  /** Given on the back-office page: reached values can then be edited inline. */
  editablePartnershipId?: string;
  /** The history section's content (omitted when not given). */
  history?: ReactNode;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Obligations, benefits and history of a partnership: the same on the back-office page and in the portal. */
export function PartnershipSections({
  obligations,
  benefits,
  editablePartnershipId,
  history,
}: PartnershipSectionsProps) {
  return (
    <>
      <Section id="obligations-title" title="Obligations">
        <ObligationsTable partnershipId={editablePartnershipId} obligations={obligations} />
      </Section>
      <Section id="benefits-title" title="Benefits">
        <BenefitsTable benefits={benefits} />
      </Section>
      {history && (
        <Section id="history-title" title="History">
          {history}
        </Section>
      )}
    </>
  );
}

/** "Period: 2026-01-01 – 2026-12-31". */
export function PeriodText({ startDate, dueDate }: { startDate: string; dueDate: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed">
        Period:{' '}
      </Text>
      {formatPeriod(startDate, dueDate)}
    </Text>
  );
}
