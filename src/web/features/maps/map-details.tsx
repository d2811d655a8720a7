import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRegionCode, villageTypeOf } from '../../../domain/region-code';
import { regionPath } from '../regions/region-labels';
import { IdmStatusBadge } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import type { SceneFeature } from './map-scene';

interface MapDetailsProps {
  feature: SceneFeature | null;
  /** Said of a picked desa outside the map's highlight, when it has one. */
  fadedNote?: string | null;
  /** Under another colouring than IDM: the line about the picked desa, shown instead of its status. */
  classText?: string | null;
  onClose(): void;
}

function missingReason(feature: SceneFeature): 'maps.kelurahan' | 'maps.notScored' {
  if (feature.code.length === 10 && villageTypeOf(feature.code) === 'kelurahan') return 'maps.kelurahan';
  return 'maps.notScored';
}

/**
 * The desa picked on the map: name, code, status (and, outside a highlight, that it is outside)
 * and a link to its page; a hint before anything is picked.
 */
export function MapDetails({ feature, fadedNote = null, classText = null, onClose }: MapDetailsProps) {
  const { t } = useTranslation();
  const formatIndex = useFormatIndex();
  return (
    <Paper withBorder radius="sm" p="xs" aria-live="polite" data-testid="map-details" mih={58}>
      {feature ? (
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} data-testid="map-details-name">
                {feature.name}
              </Text>
              <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatRegionCode(feature.code)}
              </Text>
            </Group>
            {feature.faded && fadedNote && (
              <Text size="sm" c="dimmed" data-testid="map-details-outside">
                {fadedNote}
              </Text>
            )}
            {classText !== null ? (
              <Text size="sm" data-testid="map-details-class">
                {classText}
              </Text>
            ) : (
              <Group gap="xs" wrap="wrap">
                {feature.status ? (
                  <IdmStatusBadge status={feature.status} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('maps.noDataShort')} · {t(missingReason(feature))}
                  </Text>
                )}
                {feature.value !== null && (
                  <Text size="sm">{t('maps.value', { value: formatIndex(feature.value) })}</Text>
                )}
              </Group>
            )}
            {feature.placed ? (
              <Anchor component={Link} to={regionPath(feature.code)} size="sm">
                {t('maps.openVillage', { name: feature.name })}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('maps.notPlaced')}
              </Text>
            )}
          </Stack>
          <CloseButton size="sm" aria-label={t('maps.clear')} onClick={onClose} />
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('maps.hint')}
        </Text>
      )}
    </Paper>
  );
}
