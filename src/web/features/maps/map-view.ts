/**
 * The view of a map: which part of the projected map the canvas shows. A point of the map (x, y)
 * appears on screen at (x · k + tx, y · k + ty) CSS pixels. Pure, so pan and zoom are tested
 * without a browser.
 */

/** `[minX, minY, maxX, maxY]` in projected map units. */
export type MapBox = readonly [number, number, number, number];

export interface MapView {
  /** CSS pixels per map unit. */
  k: number;
  tx: number;
  ty: number;
}

export interface ZoomLimits {
  minK: number;
  maxK: number;
}

/** The view that shows all of `box` centred, with `padding` pixels around it. */
export function fitView(box: MapBox, width: number, height: number, padding = 8): MapView {
  const bw = Math.max(box[2] - box[0], 1e-9);
  const bh = Math.max(box[3] - box[1], 1e-9);
  const k = Math.max(1e-9, Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh));
  return { k, tx: width / 2 - k * ((box[0] + box[2]) / 2), ty: height / 2 - k * ((box[1] + box[3]) / 2) };
}

/**
 * How far one may zoom: out to a little less than the whole map, in to `metresPerPixel`
 * (a map unit is a degree of latitude, about 111 km), and never less than 4× the whole map.
 */
export function zoomLimits(fit: MapView, metresPerPixel = 10): ZoomLimits {
  return { minK: fit.k * 0.8, maxK: Math.max(fit.k * 4, 111_320 / metresPerPixel) };
}

/** The map point under a screen point. */
export function toMap(view: MapView, sx: number, sy: number): [number, number] {
  return [(sx - view.tx) / view.k, (sy - view.ty) / view.k];
}

/** Zooms by `factor` about the screen point (sx, sy), which stays over the same map point. */
export function zoomAt(view: MapView, factor: number, sx: number, sy: number, limits: ZoomLimits): MapView {
  const k = Math.min(limits.maxK, Math.max(limits.minK, view.k * factor));
  const [mx, my] = toMap(view, sx, sy);
  return { k, tx: sx - mx * k, ty: sy - my * k };
}

export function panBy(view: MapView, dx: number, dy: number): MapView {
  return { k: view.k, tx: view.tx + dx, ty: view.ty + dy };
}

/** Keeps the middle of the screen over the map, so it cannot be dragged out of sight. */
export function clampView(view: MapView, box: MapBox, width: number, height: number): MapView {
  const [cx, cy] = toMap(view, width / 2, height / 2);
  const x = Math.min(box[2], Math.max(box[0], cx));
  const y = Math.min(box[3], Math.max(box[1], cy));
  if (x === cx && y === cy) return view;
  return { k: view.k, tx: width / 2 - x * view.k, ty: height / 2 - y * view.k };
}
