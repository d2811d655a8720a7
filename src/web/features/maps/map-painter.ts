/**
 * Draws a scene on a 2D canvas. Every village is turned into Path2D once, grouped by status, so a
 * frame is a handful of fills and strokes under one transform, whatever the zoom: smooth enough
 * on a cheap phone for thousands of villages. No tiles, nothing from the network.
 */
import type { Scene, SceneFeature } from './map-scene';
import type { MapView } from './map-view';

export interface MapColors {
  /** Fill of each class (IDM status, or a colouring's class), painted in this order. */
  fills: Readonly<Record<string, string>>;
  noData: string;
  hatch: string;
  /** Fill of the desa outside a highlight. */
  faded: string;
  border: string;
  outline: string;
  highlight: string;
  halo: string;
}

export interface PaintState {
  hover: SceneFeature | null;
  selected: SceneFeature | null;
  /** Draw the cross in the middle that keyboard selection picks under. */
  crosshair: boolean;
}

export interface Painter {
  /** Sets the canvas to `width` × `height` CSS pixels at `dpr` device pixels each. */
  resize(width: number, height: number, dpr: number): void;
  paint(view: MapView, state: PaintState): void;
}

function addRings(path: Path2D, polygons: readonly (readonly Float64Array[])[]) {
  for (const polygon of polygons)
    for (const ring of polygon) {
      path.moveTo(ring[0]!, ring[1]!);
      for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i]!, ring[i + 1]!);
      path.closePath();
    }
}

/** Light grey with thin diagonal lines, one tile in device pixels. */
function hatchTile(colors: MapColors, dpr: number): HTMLCanvasElement {
  const size = Math.round(6 * dpr);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d')!;
  ctx.fillStyle = colors.noData;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = colors.hatch;
  ctx.lineWidth = Math.max(1, dpr);
  ctx.beginPath();
  // Two segments, so the lines continue across tiles.
  ctx.moveTo(-1, 1);
  ctx.lineTo(1, -1);
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(size - 1, size + 1);
  ctx.lineTo(size + 1, size - 1);
  ctx.stroke();
  return tile;
}

/**
 * A painter for `scene` (and, drawn on top, the outlines of the regions it lies in), on `canvas`.
 * Outline features must be projected like the scene.
 */
export function createPainter(
  canvas: HTMLCanvasElement,
  scene: Scene,
  outlines: readonly { polygons: Float64Array[][] }[],
  colors: MapColors,
): Painter {
  const ctx = canvas.getContext('2d', { alpha: false })!;
  // By class; `faded` and `none` are the pale and the hatched desa, so no class takes those names.
  const groups = new Map<string, Path2D>();
  for (const f of scene.features) {
    const key = f.faded ? 'faded' : (f.fill ?? 'none');
    let path = groups.get(key);
    if (!path) {
      path = new Path2D();
      groups.set(key, path);
    }
    addRings(path, f.polygons);
  }
  const outline = new Path2D();
  for (const f of outlines) addRings(outline, f.polygons);
  const single = new Map<string, Path2D>();
  const pathOf = (f: SceneFeature) => {
    let path = single.get(f.code);
    if (!path) {
      path = new Path2D();
      addRings(path, f.polygons);
      single.set(f.code, path);
    }
    return path;
  };
  // The side of an average village, in map units: how dense the map looks at a zoom.
  const [minX, minY, maxX, maxY] = scene.box;
  const typical = Math.sqrt(((maxX - minX) * (maxY - minY)) / Math.max(1, scene.features.length));
  let width = 0;
  let height = 0;
  let dpr = 1;
  let hatch: CanvasPattern | null = null;

  return {
    resize(w, h, ratio) {
      width = w;
      height = h;
      dpr = ratio;
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      hatch = ctx.createPattern(hatchTile(colors, ratio), 'repeat');
    },

    paint(view, state) {
      const { k } = view;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.tx, dpr * view.ty);
      ctx.lineJoin = 'round';
      const faded = groups.get('faded');
      if (faded) {
        ctx.fillStyle = colors.faded;
        ctx.fill(faded);
      }
      for (const [key, fill] of Object.entries(colors.fills)) {
        const path = groups.get(key);
        if (!path) continue;
        ctx.fillStyle = fill;
        ctx.fill(path);
      }
      const none = groups.get('none');
      if (none && hatch) {
        // The hatching stays the same on screen at every zoom.
        hatch.setTransform(ctx.getTransform().inverse());
        ctx.fillStyle = hatch;
        ctx.fill(none);
      }
      // Village borders: hairlines when the whole province is shown, clearer when zoomed in.
      ctx.strokeStyle = colors.border;
      ctx.lineWidth = Math.min(1, Math.max(0.2, (typical * k) / 20)) / k;
      for (const path of groups.values()) ctx.stroke(path);
      if (outlines.length > 0) {
        ctx.strokeStyle = colors.outline;
        ctx.lineWidth = 1.2 / k;
        ctx.stroke(outline);
      }
      if (state.hover && state.hover !== state.selected) {
        ctx.strokeStyle = colors.highlight;
        ctx.lineWidth = 1.5 / k;
        ctx.stroke(pathOf(state.hover));
      }
      if (state.selected) {
        const path = pathOf(state.selected);
        ctx.strokeStyle = colors.halo;
        ctx.lineWidth = 4 / k;
        ctx.stroke(path);
        ctx.strokeStyle = colors.highlight;
        ctx.lineWidth = 2 / k;
        ctx.stroke(path);
      }
      if (state.crosshair) {
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        const cx = width / 2;
        const cy = height / 2;
        ctx.beginPath();
        ctx.moveTo(cx - 10, cy);
        ctx.lineTo(cx + 10, cy);
        ctx.moveTo(cx, cy - 10);
        ctx.lineTo(cx, cy + 10);
        ctx.strokeStyle = colors.halo;
        ctx.lineWidth = 4;
        ctx.stroke();
        ctx.strokeStyle = colors.highlight;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
    },
  };
}
