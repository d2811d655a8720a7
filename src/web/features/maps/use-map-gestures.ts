import { type RefObject, useEffect, useRef } from 'react';

type Point = { x: number; y: number };

export interface GestureHandlers {
  pan(dx: number, dy: number): void;
  /** Zoom by `factor` about the canvas point (x, y). */
  zoom(factor: number, x: number, y: number): void;
  /** A tap or click that did not move the map. */
  tap(x: number, y: number): void;
  /** The mouse moved over the map without a button pressed (null: it left). */
  hover(point: Point | null): void;
}

/** How far a finger may wander and still tap rather than drag (CSS pixels). */
const TAP_SLOP = 6;

/**
 * Pointer gestures on a map canvas: drag to pan (mouse, pen, one finger), pinch to zoom (two
 * fingers), wheel and double click to zoom, tap to pick. Listeners are native so the wheel can
 * be kept from scrolling the page.
 */
export function useMapGestures(canvasRef: RefObject<HTMLCanvasElement | null>, handlers: GestureHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const h = () => latest.current;
    const pointers = new Map<number, Point>();
    let tapFrom: Point | null = null;
    let pinch: { distance: number; x: number; y: number } | null = null;

    const local = (e: { clientX: number; clientY: number }): Point => {
      const r = canvas.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const measure = () => {
      const [a, b] = [...pointers.values()];
      return {
        distance: Math.max(1, Math.hypot(a!.x - b!.x, a!.y - b!.y)),
        x: (a!.x + b!.x) / 2,
        y: (a!.y + b!.y) / 2,
      };
    };

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      canvas.setPointerCapture(e.pointerId);
      const p = local(e);
      pointers.set(e.pointerId, p);
      if (pointers.size === 1) tapFrom = p;
      else {
        tapFrom = null;
        pinch = measure();
      }
    };
    const move = (e: PointerEvent) => {
      const p = local(e);
      const last = pointers.get(e.pointerId);
      if (!last) {
        if (e.pointerType === 'mouse') h().hover(p);
        return;
      }
      if (pointers.size === 1) {
        // Until the pointer leaves the tap slop this may still be a tap: the map stays put.
        if (tapFrom && Math.hypot(p.x - tapFrom.x, p.y - tapFrom.y) < TAP_SLOP) return;
        tapFrom = null;
        pointers.set(e.pointerId, p);
        h().pan(p.x - last.x, p.y - last.y);
        return;
      }
      pointers.set(e.pointerId, p);
      const now = measure();
      if (pinch) {
        h().zoom(now.distance / pinch.distance, now.x, now.y);
        h().pan(now.x - pinch.x, now.y - pinch.y);
      }
      pinch = now;
    };
    const up = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId)) return;
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = null;
      if (pointers.size === 0 && tapFrom && e.type === 'pointerup') h().tap(tapFrom.x, tapFrom.y);
      if (pointers.size === 0) tapFrom = null;
    };
    const leave = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && pointers.size === 0) h().hover(null);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = local(e);
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaMode === 2 ? e.deltaY * 400 : e.deltaY;
      h().zoom(Math.exp(-Math.max(-200, Math.min(200, delta)) * 0.002), p.x, p.y);
      if (pointers.size === 0) h().hover(p); // another desa may be under the pointer now
    };
    const doubleClick = (e: MouseEvent) => {
      const p = local(e);
      h().zoom(2, p.x, p.y);
    };

    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    canvas.addEventListener('pointerleave', leave);
    canvas.addEventListener('wheel', wheel, { passive: false });
    canvas.addEventListener('dblclick', doubleClick);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      canvas.removeEventListener('pointerleave', leave);
      canvas.removeEventListener('wheel', wheel);
      canvas.removeEventListener('dblclick', doubleClick);
    };
  }, [canvasRef]);
}
