// The "Bị từ chối" page's data: `GET /api/v1/rejected`, newest first, with times shown in
// Vietnam's time zone whatever the browser's.

import { ApiError } from '../../lib/api';

/** One refused file, as `GET /api/v1/rejected` lists it. */
export interface RejectedFile {
  id: string;
  source_name: string;
  /** `not_a_plan`, `empty`, `binary`… (ingest `RejectCode`). */
  code: string;
  /** The ingest's reason, in English. */
  reason: string;
  source_bytes: number;
  /** ISO 8601 in UTC: `2026-01-01T07:05:00Z`. */
  rejected_at: string;
}

/** `GET /api/v1/rejected`; failures become `ApiError` like the other API calls. */
export async function listRejected(fetchFn: typeof fetch = fetch): Promise<RejectedFile[]> {
  let res: Response;
  try {
    res = await fetchFn('/api/v1/rejected', { headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw new ApiError(res.status, body && typeof body === 'object' && 'detail' in body ? String(body.detail) : res.statusText);
  }
  return ((await res.json()) as { data: RejectedFile[] }).data;
}

/** Newest first; equal times by name, so the order is stable. */
export function newestFirst(rows: readonly RejectedFile[]): RejectedFile[] {
  return [...rows].sort((a, b) => Date.parse(b.rejected_at) - Date.parse(a.rejected_at) || a.source_name.localeCompare(b.source_name, 'vi'));
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC instant as `dd/mm/yyyy HH:mm` in Asia/Ho_Chi_Minh; an unreadable value is shown as it came. */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const p = Object.fromEntries(parts.formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

const CODES: Record<string, string> = {
  not_a_plan: 'Không phải kế hoạch',
  empty: 'Tệp rỗng',
  too_large: 'Tệp quá lớn',
  binary: 'Nội dung nhị phân',
  encoding: 'Lỗi mã hoá ký tự',
  unsupported_format: 'Định dạng không hỗ trợ',
  unreadable: 'Không đọc được',
  missing: 'Không tìm thấy tệp',
};

/** The Vietnamese name of a refusal code; unknown codes pass through. */
export function rejectCodeLabel(code: string): string {
  return CODES[code] ?? code;
}
