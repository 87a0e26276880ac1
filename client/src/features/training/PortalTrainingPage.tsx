import { useState, type ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { CardList, usePhone } from '../../components/ListCards';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { CertificateBadge, FactCard, paymentLabel, RecordTable, ResultBadge, validity } from './display';
import { useMyCertificates, useMyTrainings } from './hooks';

interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
}

/** One read-only list of the page: a table, or cards at phone width, and the pager. */
function Section<T extends { id: string }>({
  title,
  label,
  empty,
  query,
  setPage,
  headers,
  cells,
  card,
}: {
  title: string;
  label: string;
  empty: string;
  query: UseQueryResult<Page<T>>;
  setPage: (page: number) => void;
  headers: string[];
  cells: (item: T) => ReactNode[];
  card: (item: T) => ReactNode;
}) {
  const phone = usePhone();
  const id = `${title.toLowerCase()}-title`;
  return (
    <Stack component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <QueryState query={query}>
        {(data) => (
          <>
            {phone && data.items.length === 0 && (
              <Text size="sm" c="dimmed">
                {empty}
              </Text>
            )}
            {phone && data.items.length > 0 && <CardList label={label}>{data.items.map(card)}</CardList>}
            {!phone && <RecordTable label={label} headers={headers} items={data.items} cells={cells} empty={empty} />}
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              totalCount={data.totalCount}
              onChange={setPage}
              onlyWhenPaged
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** Portal "Training": the organization's trainings and certificates, read-only (W9). */
export default function PortalTrainingPage() {
  const [trainingPage, setTrainingPage] = useState(1);
  const [certificatePage, setCertificatePage] = useState(1);
  const trainings = useMyTrainings(trainingPage);
  const certificates = useMyCertificates(certificatePage);
  return (
    <Stack>
      <PageTitle>Training</PageTitle>
      <Section
        title="Trainings"
        label="Your trainings"
        empty="No trainings yet."
        query={trainings}
        setPage={setTrainingPage}
        headers={['Date', 'Course', 'Contact', 'Payment', 'Result']}
        cells={(t) => [
          formatDate(t.date),
          t.course,
          t.contactName,
          paymentLabel(t.payment),
          <ResultBadge result={t.result} />,
        ]}
        card={(t) => (
          <FactCard
            key={t.id}
            title={t.course}
            badge={<ResultBadge result={t.result} />}
            facts={[t.contactName, `${formatDate(t.date)} · ${paymentLabel(t.payment)}`]}
          />
        )}
      />
      <Section
        title="Certificates"
        label="Your certificates"
        empty="No certificates yet."
        query={certificates}
        setPage={setCertificatePage}
        headers={['Certificate', 'Contact', 'Number', 'Valid', 'Status']}
        cells={(c) => [
          c.name,
          c.contactName,
          c.number,
          validity(c.issuedOn, c.expiresOn),
          <CertificateBadge status={c.status} />,
        ]}
        card={(c) => (
          <FactCard
            key={c.id}
            title={c.name}
            badge={<CertificateBadge status={c.status} />}
            facts={[c.contactName, validity(c.issuedOn, c.expiresOn), ...(c.number ? [`No. ${c.number}`] : [])]}
          />
        )}
      />
    </Stack>
  );
}
