import { ActionIcon, type MantineTheme, parseThemeColor, Stack, Text, useMantineTheme } from '@mantine/core';
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeMapLayer, type MapLayer } from '../../../domain/geo/map-layer';
import { formatRegionCode } from '../../../domain/region-code';
import { IDM_STATUSES } from '../../../domain/village-index/idm.types';
import { IDM_STATUS_COLORS } from '../village-index/idm-status';
import { MapDetails } from './map-details';
import { FitIcon, MinusIcon, PlusIcon } from './map-icons';
import { MapLegend } from './map-legend';
import { createPainter, type MapColors, type Painter, type PaintState } from './map-painter';
import {
  buildScene,
  featureNear,
  type MapColouring,
  type SceneFeature,
  type VillageResult,
} from './map-scene';
import {
  clampView,
  fitView,
  type MapView,
  panBy,
  toMap,
  type ZoomLimits,
  zoomAt,
  zoomLimits,
} from './map-view';
import classes from './region-map.module.css';
import { useMapGestures } from './use-map-gestures';

export interface RegionMapProps {
  layer: MapLayer;
  /** Borders drawn on top: the kabupaten of a province, the kecamatan of a kabupaten. */
  outline: MapLayer | null;
  outlineKind: 'regency' | 'district';
  results: ReadonlyMap<string, VillageResult>;
  regionName: string;
  /**
   * Desa to stand out (e.g. a kawasan's members): they keep their status colours and are shown
   * first; the others are drawn pale, counted in the legend under `highlight.otherLabel`, and a
   * picked one is marked with `highlight.otherNote` (e.g. "not a member of this kawasan").
   */
  highlight?: { codes: ReadonlySet<string>; otherLabel: string; otherNote: string } | undefined;
  /** Colours the desa by these classes instead of their IDM status (`results` may then be empty). */
  colouring?: MapColouring | undefined;
}

function mapColors(theme: MantineTheme, colouring: MapColouring | null): MapColors {
  // A canvas takes no CSS variables: `red.9` → the theme's hex colour.
  const pairs: [string, string][] = colouring
    ? colouring.classes.map((c) => [c.key, c.color])
    : IDM_STATUSES.map((s) => [s, IDM_STATUS_COLORS[s]]);
  const fills = Object.fromEntries(
    pairs.map(([key, color]) => [key, parseThemeColor({ color, theme }).value]),
  );
  return {
    fills,
    noData: theme.colors.gray[2]!,
    hatch: theme.colors.gray[5]!,
    faded: theme.colors.gray[1]!,
    border: 'rgba(255, 255, 255, 0.9)',
    outline: theme.colors.dark[6]!,
    highlight: theme.colors.dark[9]!,
    halo: '#ffffff',
  };
}

const ZOOM_STEP = 1.6;
/** A tap this close to a desa (CSS pixels) picks it, as fingers are wide and borders thin. */
const PICK_RADIUS_PX = 6;
const MIN_HEIGHT = 280;
const MAX_HEIGHT = 620;

/**
 * The choropleth: every desa of a province or kabupaten coloured by IDM status on a canvas, with
 * pan and zoom (drag, wheel, pinch, buttons, keyboard), the name of the desa under the pointer,
 * and the picked desa's details with a link to its page.
 */
export function RegionMap({
  layer,
  outline,
  outlineKind,
  results,
  regionName,
  highlight,
  colouring,
}: RegionMapProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const helpId = useId();
  const highlighted = highlight?.codes ?? null;
  const colourBy = colouring ?? null;
  const scene = useMemo(
    () => buildScene(layer, results, highlighted, colourBy),
    [layer, results, highlighted, colourBy],
  );
  const outlines = useMemo(
    () => (outline ? decodeMapLayer(outline, scene.projection.project) : []),
    [outline, scene],
  );
  const colors = useMemo(() => mapColors(theme, colourBy), [theme, colourBy]);

  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const painterRef = useRef<Painter | null>(null);
  const viewRef = useRef<MapView | null>(null);
  const fitRef = useRef<MapView | null>(null);
  const limitsRef = useRef<ZoomLimits>({ minK: 0, maxK: Infinity });
  const sizeRef = useRef({ width: 0, height: 0 });
  /** Whether the reader moved the map: a resize then keeps their view instead of refitting. */
  const movedRef = useRef(false);
  const paintState = useRef<PaintState>({ hover: null, selected: null, crosshair: false });
  const frame = useRef(0);

  const [selected, setSelected] = useState<SceneFeature | null>(null);
  const [hovered, setHovered] = useState<SceneFeature | null>(null);
  const [crosshair, setCrosshair] = useState(false);

  /** Draws on the next animation frame, once however many changes come before it. */
  const draw = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const view = viewRef.current;
      if (view && painterRef.current) painterRef.current.paint(view, paintState.current);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    paintState.current = { hover: hovered, selected, crosshair };
    draw();
  }, [hovered, selected, crosshair, draw]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const container = frameRef.current;
    if (!canvas || !container) return;
    const painter = createPainter(canvas, scene, outlines, colors);
    painterRef.current = painter;
    const [minX, minY, maxX, maxY] = scene.box;
    const aspect = (maxY - minY) / Math.max(1e-9, maxX - minX);
    let laidOutWidth = -1;
    const layout = () => {
      const width = container.clientWidth;
      if (width === laidOutWidth || width === 0) return;
      laidOutWidth = width;
      const height = Math.round(
        Math.min(Math.max(width * aspect, MIN_HEIGHT), Math.min(window.innerHeight * 0.7, MAX_HEIGHT)),
      );
      canvas.style.height = `${height}px`;
      // Cheap phones have 3× screens; 2× is sharp enough and draws less than half as many pixels.
      painter.resize(width, height, Math.min(window.devicePixelRatio || 1, 2));
      const whole = fitView(scene.box, width, height, 12);
      limitsRef.current = zoomLimits(whole);
      // With a highlight the map opens on the highlighted desa; zooming out still shows all.
      const fit = scene.focusBox
        ? zoomAt(fitView(scene.focusBox, width, height, 24), 1, width / 2, height / 2, limitsRef.current)
        : whole;
      fitRef.current = fit;
      sizeRef.current = { width, height };
      const current = viewRef.current;
      viewRef.current = current && movedRef.current ? clampView(current, scene.box, width, height) : fit;
      draw();
    };
    layout();
    const observer = new ResizeObserver(layout);
    observer.observe(container);
    return () => {
      observer.disconnect();
      painterRef.current = null;
    };
  }, [scene, outlines, colors, draw]);

  const setView = useCallback(
    (next: MapView) => {
      const { width, height } = sizeRef.current;
      viewRef.current = clampView(next, scene.box, width, height);
      movedRef.current = true;
      draw();
    },
    [scene, draw],
  );

  const zoom = useCallback(
    (factor: number, x?: number, y?: number) => {
      const view = viewRef.current;
      if (!view) return;
      const { width, height } = sizeRef.current;
      setView(zoomAt(view, factor, x ?? width / 2, y ?? height / 2, limitsRef.current));
    },
    [setView],
  );
  const pan = useCallback(
    (dx: number, dy: number) => {
      if (viewRef.current) setView(panBy(viewRef.current, dx, dy));
    },
    [setView],
  );
  const reset = useCallback(() => {
    if (!fitRef.current) return;
    viewRef.current = fitRef.current;
    movedRef.current = false;
    draw();
  }, [draw]);
  const pick = useCallback(
    (x: number, y: number) => {
      const view = viewRef.current;
      if (!view) return null;
      const [mx, my] = toMap(view, x, y);
      return featureNear(scene, mx, my, PICK_RADIUS_PX / view.k);
    },
    [scene],
  );

  const classText = (f: SceneFeature) =>
    colourBy ? (colourBy.byCode.get(f.code)?.text ?? colourBy.noneLabel) : null;
  const statusLabel = (f: SceneFeature) =>
    classText(f) ?? (f.status ? t(`villageIndex.status.${f.status}`) : t('maps.noDataShort'));

  useMapGestures(canvasRef, {
    pan,
    zoom,
    tap: (x, y) => setSelected(pick(x, y)),
    hover: (point) => {
      const feature = point ? pick(point.x, point.y) : null;
      setHovered(feature);
      const tooltip = tooltipRef.current;
      if (!tooltip || !point || !feature) return;
      // Positioned directly: following the mouse must not re-render the map.
      const { width } = sizeRef.current;
      const x = Math.min(point.x + 14, Math.max(0, width - tooltip.offsetWidth - 4));
      tooltip.style.transform = `translate(${x}px, ${point.y + 16}px)`;
    },
  });

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const { width, height } = sizeRef.current;
    const step = Math.max(40, Math.min(width, height) / 6);
    const centre = () => setSelected(pick(width / 2, height / 2));
    switch (e.key) {
      case 'ArrowLeft':
        pan(step, 0);
        break;
      case 'ArrowRight':
        pan(-step, 0);
        break;
      case 'ArrowUp':
        pan(0, step);
        break;
      case 'ArrowDown':
        pan(0, -step);
        break;
      case '+':
      case '=':
        zoom(ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoom(1 / ZOOM_STEP);
        break;
      case '0':
        reset();
        break;
      case 'Enter':
      case ' ':
        centre();
        break;
      case 'Escape':
        setSelected(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <Stack gap="sm">
      <MapLegend
        counts={scene.counts}
        outline={outlines.length > 0 ? outlineKind : null}
        faded={highlight ? { label: highlight.otherLabel, count: scene.faded } : null}
        classes={colourBy ? { items: colourBy.classes, noneLabel: colourBy.noneLabel } : null}
      />
      <div className={classes.frame} ref={frameRef}>
        <canvas
          ref={canvasRef}
          className={classes.canvas}
          tabIndex={0}
          aria-label={colourBy?.canvasLabel ?? t('maps.canvasLabel', { name: regionName })}
          aria-describedby={helpId}
          data-testid="region-map-canvas"
          onKeyDown={onKeyDown}
          onFocus={(e) => setCrosshair(e.currentTarget.matches(':focus-visible'))}
          onBlur={() => setCrosshair(false)}
        />
        <div className={classes.controls}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('maps.zoomIn')}
            onClick={() => zoom(ZOOM_STEP)}
          >
            <PlusIcon />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('maps.zoomOut')}
            onClick={() => zoom(1 / ZOOM_STEP)}
          >
            <MinusIcon />
          </ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={t('maps.reset')} onClick={reset}>
            <FitIcon />
          </ActionIcon>
        </div>
        <div
          ref={tooltipRef}
          className={classes.tooltip}
          hidden={!hovered}
          aria-hidden
          data-testid="map-tooltip"
        >
          {hovered &&
            t('maps.tooltip', {
              name: hovered.name,
              code: formatRegionCode(hovered.code),
              status: statusLabel(hovered),
            })}
        </div>
      </div>
      <MapDetails
        feature={selected}
        fadedNote={highlight?.otherNote ?? null}
        classText={selected ? classText(selected) : null}
        onClose={() => setSelected(null)}
      />
      <Text size="xs" c="dimmed" id={helpId}>
        {t('maps.keyboardHint')}
      </Text>
    </Stack>
  );
}
