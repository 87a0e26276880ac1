import { useState } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { CardList, usePhone } from '../../components/ListCards';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { CertificateBadge, FactCard, paymentLabel, ResultBadge, validity } from './display';
import { useMyCertificates, useMyTrainings } from './hooks';

function Empty({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function MyTrainings() {
  const [page, setPage] = useState(1);
  const trainings = useMyTrainings(page);
  const phone = usePhone();
  return (
    <Stack component="section" aria-labelledby="trainings-title">
      <Title order={2} size="h3" id="trainings-title">
        Trainings
      </Title>
      <QueryState query={trainings}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No trainings yet.</Empty>
          ) : (
            <>
              {phone ? (
                <CardList label="Your trainings">
                  {data.items.map((t) => (
                    <FactCard
                      key={t.id}
                      title={t.course}
                      badge={<ResultBadge result={t.result} />}
                      facts={[t.contactName, `${formatDate(t.date)} · ${paymentLabel(t.payment)}`]}
                    />
                  ))}
                </CardList>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped aria-label="Your trainings">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Date</Table.Th>
                        <Table.Th>Course</Table.Th>
                        <Table.Th>Contact</Table.Th>
                        <Table.Th>Payment</Table.Th>
                        <Table.Th>Result</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((t) => (
                        <Table.Tr key={t.id}>
                          <Table.Td>{formatDate(t.date)}</Table.Td>
                          <Table.Td>{t.course}</Table.Td>
                          <Table.Td>{t.contactName}</Table.Td>
                          <Table.Td>{paymentLabel(t.payment)}</Table.Td>
                          <Table.Td>
                            <ResultBadge result={t.result} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                totalCount={data.totalCount}
                onChange={setPage}
                onlyWhenPaged
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function MyCertificates() {
  const [page, setPage] = useState(1);
  const certificates = useMyCertificates(page);
  const phone = usePhone();
  return (
    <Stack component="section" aria-labelledby="certificates-title">
      <Title order={2} size="h3" id="certificates-title">
        Certificates
      </Title>
      <QueryState query={certificates}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No certificates yet.</Empty>
          ) : (
            <>
              {phone ? (
                <CardList label="Your certificates">
                  {data.items.map((c) => (
                    <FactCard
                      key={c.id}
                      title={c.name}
                      badge={<CertificateBadge status={c.status} />}
                      facts={[
                        c.contactName,
                        validity(c.issuedOn, c.expiresOn),
                        ...(c.number ? [`No. ${c.number}`] : []),
                      ]}
                    />
                  ))}
                </CardList>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped aria-label="Your certificates">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Certificate</Table.Th>
                        <Table.Th>Contact</Table.Th>
                        <Table.Th>Number</Table.Th>
                        <Table.Th>Valid</Table.Th>
                        <Table.Th>Status</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>{c.name}</Table.Td>
                          <Table.Td>{c.contactName}</Table.Td>
                          <Table.Td>{c.number}</Table.Td>
                          <Table.Td>{validity(c.issuedOn, c.expiresOn)}</Table.Td>
                          <Table.Td>
                            <CertificateBadge status={c.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                totalCount={data.totalCount}
                onChange={setPage}
                onlyWhenPaged
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** Portal "Training": the organization's trainings and certificates, read-only (W9). */
export default function PortalTrainingPage() {
  return (
    <Stack>
      <PageTitle>Training</PageTitle>
      <MyTrainings />
      <MyCertificates />
    </Stack>
  );
}
