import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { Permission, type LevelParameterDto, type PartnerLevelDto } from '../../api';
import { useCan } from '../auth/hooks';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useParameterCategories } from '../categories/hooks';
import { useDeleteLevelParameter, usePartnerLevels, usePartnerType } from './hooks';
import { LevelForm } from './LevelForm';
import { LevelParameterForm } from './LevelParameterForm';
import { LevelParametersTable } from './LevelParametersTable';
import { PartnerTypeForm } from './PartnerTypeForm';
import { ReapplyLevelPanel } from './ReapplyLevelPanel';
import { PageTitle } from '../../components/PageTitle';

type Dialog =
  | { kind: 'type' }
  | { kind: 'level'; level?: PartnerLevelDto }
  | { kind: 'parameter'; level: PartnerLevelDto; parameter?: LevelParameterDto }
  | { kind: 'reapply'; level: PartnerLevelDto };

export default function PartnerTypeDetailPage() {
  const { id = '' } = useParams();
  const partnerType = usePartnerType(id);
  const levels = usePartnerLevels(id);
  const categories = useParameterCategories();
  const deleteParameter = useDeleteLevelParameter();
  const canWrite = useCan(Permission.ProgramWrite);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const onDelete = (parameter: LevelParameterDto) => {
    if (window.confirm(`Delete the ${parameter.kind.toLowerCase()} "${parameter.categoryName}"?`)) {
      deleteParameter.mutate(parameter.id);
    }
  };

  const dialogTitle =
    dialog?.kind === 'type'
      ? 'Edit partner type'
      : dialog?.kind === 'level'
        ? dialog.level
          ? `Edit level ${dialog.level.name}`
          : 'New level'
        : dialog?.kind === 'parameter'
          ? `${dialog.parameter ? 'Edit parameter of' : 'New parameter for'} ${dialog.level.name}`
          : dialog?.kind === 'reapply'
            ? `Simulate and publish ${dialog.level.name} to its partnerships`
            : undefined;

  return (
    <QueryState query={partnerType}>
      {(type) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/partner-types">
              Partner types
            </Anchor>
            <Text>{type.name}</Text>
          </Breadcrumbs>
          <Group justify="space-between" align="flex-start">
            <div>
              <PageTitle>{type.name}</PageTitle>
              {type.description && <Text c="dimmed">{type.description}</Text>}
            </div>
            {canWrite && (
              <Group>
                <Button variant="default" onClick={() => setDialog({ kind: 'type' })}>
                  Edit type
                </Button>
                <Button onClick={() => setDialog({ kind: 'level' })}>New level</Button>
              </Group>
            )}
          </Group>
          <ProblemAlert problem={deleteParameter.error ? toProblem(deleteParameter.error) : null} />
          <QueryState query={levels}>
            {(items) =>
              items.length === 0 ? (
                <Text c="dimmed">No levels yet. Create the lowest level first (number 1).</Text>
              ) : (
                <Stack>
                  {items.map((level) => (
                    <Card key={level.id} withBorder component="section" aria-labelledby={`level-${level.id}-title`}>
                      <Group justify="space-between" mb="sm" align="flex-start">
                        <div>
                          <Title order={2} id={`level-${level.id}-title`}>
                            {level.name}
                          </Title>
                          <Text size="sm" c="dimmed">
                            Level {level.number} of {items.length} · target score {level.targetScore}
                            {level.description ? ` · ${level.description}` : ''}
                          </Text>
                        </div>
                        {canWrite && (
                          <Group gap="xs">
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDialog({ kind: 'level', level })}
                              aria-label={`Edit level ${level.name}`}
                            >
                              Edit level
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDialog({ kind: 'reapply', level })}
                              aria-label={`Simulate on partnerships: ${level.name}`}
                            >
                              Simulate on partnerships
                            </Button>
                            <Button
                              size="xs"
                              onClick={() => setDialog({ kind: 'parameter', level })}
                              aria-label={`Add parameter to ${level.name}`}
                            >
                              Add parameter
                            </Button>
                          </Group>
                        )}
                      </Group>
                      <LevelParametersTable
                        levelName={level.name}
                        parameters={level.parameters ?? []}
                        metrics={Object.fromEntries((categories.data ?? []).map((c) => [c.id, c.metric]))}
                        onEdit={
                          canWrite ? (parameter) => setDialog({ kind: 'parameter', level, parameter }) : undefined
                        }
                        onDelete={canWrite ? onDelete : undefined}
                        deletingId={deleteParameter.isPending ? deleteParameter.variables : undefined}
                      />
                    </Card>
                  ))}
                </Stack>
              )
            }
          </QueryState>
          <Modal
            opened={dialog !== null}
            onClose={close}
            title={dialogTitle}
            size={dialog?.kind === 'reapply' ? 'xl' : dialog?.kind === 'parameter' ? 'lg' : 'md'}
          >
            {dialog?.kind === 'type' && <PartnerTypeForm partnerType={type} onDone={close} />}
            {dialog?.kind === 'level' && (
              <LevelForm
                partnerTypeId={id}
                level={dialog.level}
                nextNumber={Math.max(0, ...(levels.data ?? []).map((l) => l.number)) + 1}
                onDone={close}
              />
            )}
            {dialog?.kind === 'parameter' && (
              <LevelParameterForm
                levelId={dialog.level.id}
                parameter={dialog.parameter}
                categories={categories.data ?? []}
                onDone={close}
              />
            )}
            {dialog?.kind === 'reapply' && <ReapplyLevelPanel levelId={dialog.level.id} onDone={close} />}
          </Modal>
        </Stack>
      )}
    </QueryState>
  );
}
