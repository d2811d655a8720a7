/** Test support for the api-client: a stand-in for fetch, and one for XMLHttpRequest. */
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './csrf-token';

/**
 * Answers every fetch with this status and JSON body (no body for 204), as the server does:
 * problem details for errors. Returns the mock, to read what was sent.
 */
export function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(async () =>
    status === 204
      ? new Response(null, { status })
      : new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
        }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export type FetchMock = ReturnType<typeof respond>;

/** The last request the mock saw: its address, method, parsed JSON body and headers. */
export function lastCall(fetchMock: FetchMock) {
  const [url, init] = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
  return {
    url,
    method: init.method ?? 'GET',
    body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    headers: init.headers as Record<string, string>,
  };
}

/** After each test of the file: the real fetch back, and no CSRF token left over. */
export function restoreFetchAfterEach() {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });
}

/** Just enough of XMLHttpRequest to see what the client sends and to answer it. */
export class FakeRequest {
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  sent: unknown = undefined;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}
