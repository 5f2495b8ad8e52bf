// Typed fetch helpers for the dashboard's API (same origin, relative URLs, `{ data }` envelopes).

/** A province from the reference list (`data/provinces.csv`). */
export interface Province {
  code: string;
  name: string;
  region: string;
  merged_2025_into: string;
}

/** One plan as listed by `GET /api/documents`. */
export interface DocumentSummary {
  id: string;
  source_name: string;
  title: string;
  province_code: string | null;
  province_name: string | null;
  year_from: number | null;
  year_to: number | null;
  doc_number: string | null;
  decision_number: string | null;
  /** `yyyy-mm-dd`, or `yyyy-mm` when the plan leaves the day blank. */
  issue_date: string | null;
  issuer: string | null;
  issuer_level: string | null;
  signer_name?: string | null;
  signer_title?: string | null;
  passage_count: number;
}

/** One passage of a plan, in reading order. */
export interface Passage {
  seq: number;
  section_path: string | null;
  kind: string | null;
  block: string | null;
  heading?: string | null;
  text: string;
}

/** One plan with its passages, from `GET /api/documents/:id`. */
export interface DocumentDetail extends DocumentSummary {
  recipients?: string | string[] | null;
  passages: Passage[];
}

export interface Health {
  ok: boolean;
  documents: number;
}

export interface DocumentFilters {
  year?: number | null;
  province?: string | null;
}

/** A failed API call: the HTTP status (0 when the server could not be reached) and its detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`API ${status}: ${detail}`);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Fetch = typeof fetch;

/** GETs `path` and unwraps `{ data }`; non-2xx answers and network failures become `ApiError`. */
async function getData<T>(path: string, fetchFn: Fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetchFn(path, { headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    // Problem bodies (`{ title, detail }`) are best effort: a proxy may answer HTML.
    const body: unknown = await res.json().catch(() => null);
    const detail = body && typeof body === 'object' && 'detail' in body ? String(body.detail) : res.statusText;
    throw new ApiError(res.status, detail);
  }
  const body = (await res.json()) as { data: T };
  return body.data;
}

/** `GET /api/health`. */
export async function getHealth(fetchFn: Fetch = fetch): Promise<Health> {
  const res = await fetchFn('/api/health');
  if (!res.ok) throw new ApiError(res.status, res.statusText);
  return (await res.json()) as Health;
}

/** `GET /api/provinces`: the 63 provinces. */
export function listProvinces(fetchFn: Fetch = fetch): Promise<Province[]> {
  return getData<Province[]>('/api/provinces', fetchFn);
}

/** `GET /api/documents?year=&province=`: plans, filters optional (a year matches any plan covering it). */
export function listDocuments(filters: DocumentFilters = {}, fetchFn: Fetch = fetch): Promise<DocumentSummary[]> {
  const q = new URLSearchParams();
  if (filters.year != null) q.set('year', String(filters.year));
  if (filters.province) q.set('province', filters.province);
  const qs = q.toString();
  return getData<DocumentSummary[]>(`/api/documents${qs ? `?${qs}` : ''}`, fetchFn);
}

/** `GET /api/documents/:id`: one plan with its passages. */
export function getDocument(id: string, fetchFn: Fetch = fetch): Promise<DocumentDetail> {
  return getData<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, fetchFn);
}

/** A Vietnamese sentence for a failed call, fit to show to an analyst. */
export function errorMessage(e: unknown): string {
  if (!isApiError(e)) return 'Đã xảy ra lỗi không mong muốn khi tải dữ liệu.';
  if (e.status === 0) return 'Không kết nối được với máy chủ. Vui lòng kiểm tra máy chủ API rồi tải lại trang.';
  if (e.status === 404) return 'Không tìm thấy dữ liệu được yêu cầu.';
  if (e.status === 400) return `Tham số không hợp lệ (${e.detail}).`;
  return `Máy chủ trả về lỗi ${e.status}. Vui lòng thử lại sau.`;
}
