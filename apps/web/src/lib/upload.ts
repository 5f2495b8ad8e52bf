// Uploading plans to `POST /api/v1/documents`, one file per request: the checks the server makes
// (mirrored so a bad file is refused before it is sent), the request, the answer, and the
// Vietnamese words for each outcome.

/** The server's limits (`apps/api/src/routes/uploads.ts`). */
export const UPLOAD_LIMITS = { maxFileBytes: 20 * 1024 * 1024, maxFiles: 50, maxRequestBytes: 100 * 1024 * 1024 } as const;

/** Extensions the server reads (it also takes `.htm` as HTML). */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf', '.html', '.htm'] as const;

/** The file picker's `accept` attribute. */
export const UPLOAD_ACCEPT = UPLOAD_EXTENSIONS.join(',');

export const UPLOAD_URL = '/api/v1/documents';

/** Where the token is kept: sessionStorage, so it is forgotten when the tab closes. */
export const TOKEN_STORAGE_KEY = 'cchc.upload-token';

/** What the checks need of a file (a `File` has both). */
export interface FileLike {
  name: string;
  size: number;
}

/** Every state of one file on the page; the value of its `data-status`. */
export type ItemStatus = 'uploading' | 'ingested' | 'duplicate' | 'rejected' | 'error';

export const STATUS_LABELS: Record<ItemStatus, string> = {
  uploading: 'Đang tải lên',
  ingested: 'Đã nạp',
  duplicate: 'Đã có',
  rejected: 'Bị từ chối',
  error: 'Lỗi',
};

/** Where an uploading file is. */
export type Phase = 'waiting' | 'sending' | 'processing' | 'done';

/** One file on the "Tải lên" page. */
export interface UploadItem {
  key: number;
  name: string;
  size: number;
  status: ItemStatus;
  /** While `uploading`: queued, body going out, or the server reading the file. */
  phase: Phase;
  /** Share of the request body sent, 0…1. */
  progress: number;
  id: string | null;
  /** The server's reason for a refusal, as it wrote it. */
  reason: string | null;
  /** Our own message for an error (Vietnamese). */
  message: string | null;
  /** The file, kept while it can still be (re)sent. */
  file: File | null;
}

/** The server's answer for one file. */
export interface FileResult {
  name: string;
  status: 'ingested' | 'duplicate' | 'rejected';
  /** Content hash: the plan's id for ingested and duplicate files. */
  id: string | null;
  reason: string | null;
}

/** What became of one request: the file's result, or an error to show instead. */
export type UploadOutcome =
  | { kind: 'result'; result: FileResult }
  | {
      kind: 'error';
      /** Vietnamese, for the analyst. */
      message: string;
      /** The token or the server refuses every upload: sending the other files is pointless. */
      stop: boolean;
      status: number;
      /** The server's own words (problem `detail`), when it gave any. */
      detail: string | null;
    };

const MB = 1024 * 1024;
const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size for people: `512 B`, `1,5 KB`, `20 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${sizeFormat.format(n)} B`;
  if (n < MB) return `${sizeFormat.format(n / 1024)} KB`;
  return `${sizeFormat.format(n / MB)} MB`;
}

/** The extension as the server sees it (Node's `extname`, lower-cased): `Ke-hoach.PDF` → `.pdf`. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  // A leading dot names a hidden file, not an extension.
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** null when the server would accept the file's name, type and size; else why not, in Vietnamese. */
export function checkFile(f: FileLike): string | null {
  const name = f.name.normalize('NFC').trim();
  // Same rule as the server's safeFileName.
  if (!name || name.length > 200 || /[/\\\u0000-\u001f\u007f]/.test(name) || name.startsWith('.') || name.includes('..')) {
    return 'Tên tệp không hợp lệ (rỗng, quá 200 ký tự, bắt đầu bằng dấu chấm, có “..” hoặc ký tự điều khiển).';
  }
  const ext = extensionOf(name);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    return `Loại tệp “${ext || 'không có đuôi'}” không được hỗ trợ: chỉ nhận .txt, .md, .docx, .pdf, .html.`;
  }
  if (f.size === 0) return 'Tệp rỗng.';
  if (f.size > UPLOAD_LIMITS.maxFileBytes) {
    return `Tệp nặng ${formatBytes(f.size)}, vượt giới hạn ${UPLOAD_LIMITS.maxFileBytes / MB} MB mỗi tệp.`;
  }
  return null;
}

/**
 * The problem of each file in a selection, in order (null: fine). Like the server, at most
 * `maxFiles` files are taken at once; the ones past the limit are refused.
 */
export function checkFiles(files: readonly FileLike[]): Array<string | null> {
  return files.map((f, i) =>
    i >= UPLOAD_LIMITS.maxFiles ? `Vượt quá ${UPLOAD_LIMITS.maxFiles} tệp mỗi lượt tải lên.` : checkFile(f),
  );
}

/** The token as typed or pasted: spaces trimmed, a pasted `Bearer ` prefix dropped. */
export function normalizeToken(raw: string): string {
  return raw.trim().replace(/^Bearer\s+/i, '');
}

export interface UploadRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: FormData;
}

/** One file as its own multipart request, field `file`, with the bearer token. */
export function buildUploadRequest(file: Blob, fileName: string, token: string): UploadRequest {
  const body = new FormData();
  body.append('file', file, fileName);
  return {
    method: 'POST',
    url: UPLOAD_URL,
    headers: { authorization: `Bearer ${normalizeToken(token)}`, accept: 'application/json' },
    body,
  };
}

/** The HTTP answer; status 0 when the server could not be reached or the request was aborted. */
export interface HttpAnswer {
  status: number;
  body: string;
  aborted?: boolean;
}

export interface SendOptions {
  /** Fraction of the request body sent so far, 0…1. */
  onProgress?: (fraction: number) => void;
  /** The whole body has been sent; the server is now reading the file. */
  onSent?: () => void;
  /** Injected by tests. */
  createXhr?: () => XMLHttpRequest;
}

/** Sends the request with XMLHttpRequest (fetch cannot report upload progress). Never rejects. */
export function sendUpload(req: UploadRequest, opts: SendOptions = {}): { done: Promise<HttpAnswer>; abort: () => void } {
  const xhr = (opts.createXhr ?? (() => new XMLHttpRequest()))();
  const done = new Promise<HttpAnswer>((resolve) => {
    xhr.open(req.method, req.url);
    for (const [k, v] of Object.entries(req.headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(Math.min(1, e.loaded / e.total));
    };
    xhr.upload.onload = () => {
      opts.onProgress?.(1);
      opts.onSent?.();
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => resolve({ status: 0, body: '' });
    xhr.ontimeout = () => resolve({ status: 0, body: '' });
    xhr.onabort = () => resolve({ status: 0, body: '', aborted: true });
    xhr.send(req.body);
  });
  return { done, abort: () => xhr.abort() };
}

function problemDetail(body: string): string | null {
  try {
    const p: unknown = JSON.parse(body);
    return p && typeof p === 'object' && 'detail' in p && typeof p.detail === 'string' ? p.detail : null;
  } catch {
    return null;
  }
}

function isFileResult(v: unknown): v is FileResult {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.name === 'string' &&
    (r.status === 'ingested' || r.status === 'duplicate' || r.status === 'rejected') &&
    (r.id === null || typeof r.id === 'string') &&
    (r.reason === null || typeof r.reason === 'string')
  );
}

/** The Vietnamese message for a refused request, and whether the other files should wait. */
export function problemMessage(status: number, detail: string | null): { message: string; stop: boolean } {
  if (status === 0) return { message: 'Không kết nối được với máy chủ. Kiểm tra máy chủ API rồi thử lại.', stop: false };
  if (status === 401) return { message: 'Chưa có mã tải lên: nhập mã do quản trị viên cấp (CCHC_TOKEN) rồi thử lại.', stop: true };
  if (status === 403 && !isTokenRefusal(status, detail)) {
    return { message: 'Máy chủ chưa bật chức năng tải lên: cần khởi động máy chủ với biến môi trường CCHC_TOKEN.', stop: true };
  }
  if (status === 403) return { message: 'Mã tải lên không đúng. Kiểm tra lại mã rồi thử lại.', stop: true };
  if (status === 413) return { message: `Yêu cầu vượt quá ${UPLOAD_LIMITS.maxRequestBytes / MB} MB.`, stop: false };
  if (status === 503) return { message: 'Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không nạp thêm được.', stop: true };
  if (status === 400 || status === 415) return { message: `Máy chủ không nhận yêu cầu${detail ? `: ${detail}` : '.'}`, stop: false };
  if (status >= 500) return { message: 'Máy chủ gặp lỗi khi xử lý tệp. Vui lòng thử lại sau.', stop: false };
  return { message: `Máy chủ trả về lỗi ${status}.`, stop: false };
}

/** The server refused the token itself (missing or wrong), not uploads as a whole. */
export function isTokenRefusal(status: number, detail: string | null): boolean {
  return status === 401 || (status === 403 && !(detail && /uploads are disabled/i.test(detail)));
}

/** Reads the answer to one file's request. */
export function readUploadAnswer(answer: HttpAnswer): UploadOutcome {
  const { status, body } = answer;
  if (status === 200) {
    try {
      const parsed: unknown = JSON.parse(body);
      const first = parsed && typeof parsed === 'object' && 'data' in parsed && Array.isArray(parsed.data) ? parsed.data[0] : undefined;
      if (isFileResult(first)) return { kind: 'result', result: first };
    } catch {
      // Fall through: an unreadable 200 is reported like any other failure.
    }
    return { kind: 'error', message: 'Không đọc được phản hồi của máy chủ.', stop: false, status, detail: null };
  }
  const detail = status === 0 ? null : problemDetail(body);
  if (answer.aborted) return { kind: 'error', message: 'Đã huỷ tải lên.', stop: false, status, detail };
  return { kind: 'error', ...problemMessage(status, detail), status, detail };
}

/** [server wording, Vietnamese]; `$1` is replaced by the first captured group. */
const REASONS: Array<[RegExp, string]> = [
  [/^unsafe file name/, 'Tên tệp không an toàn (có dấu phân cách thư mục, “..” hoặc ký tự điều khiển).'],
  [/^unsupported file type "([^"]*)"/, 'Loại tệp “$1” không được hỗ trợ: chỉ nhận .txt, .md, .docx, .pdf, .html.'],
  [/^file larger than (\d+) MB/, 'Tệp lớn hơn $1 MB.'],
  [/(^|: )empty file$/, 'Tệp rỗng.'],
  [/^not a PDF/, 'Nội dung không phải PDF (không bắt đầu bằng %PDF).'],
  [/^not a \.docx/, 'Nội dung không phải tệp .docx (không phải gói ZIP).'],
  [/^binary content \(looks like ([^)]*)\)/, 'Nội dung là dữ liệu nhị phân ($1), không phải văn bản.'],
  [/^binary content/, 'Tệp văn bản nhưng nội dung là dữ liệu nhị phân.'],
  [/^not UTF-8; looks like (.+?) Vietnamese but could not be decoded/, 'Không phải UTF-8; có vẻ là tiếng Việt mã $1 nhưng không chuyển mã được chắc chắn.'],
  [/^not Vietnamese text/, 'Không phải văn bản tiếng Việt (không phải UTF-8, Windows-1258, TCVN3 hay VNI).'],
  [/^scanned PDF without a text layer/, 'PDF quét không có lớp chữ: cần nhận dạng ký tự (OCR) trước.'],
  [/^encrypted PDF/, 'PDF có mật khẩu: hãy gỡ mật khẩu trước.'],
  [/^not a readable (PDF|\.docx)/, 'Không đọc được tệp $1 (tệp hỏng).'],
  [/no text after normalization$/, 'Không có nội dung văn bản.'],
  [/^not a plan: no "KẾ HOẠCH" title heading \(looks like/, 'Không phải kế hoạch: không có tiêu đề “KẾ HOẠCH” (giống một bài báo hoặc loại văn bản khác).'],
  [/^not a plan: no "KẾ HOẠCH" title heading/, 'Không phải kế hoạch: không tìm thấy tiêu đề “KẾ HOẠCH”.'],
  [/^a legal-dissemination plan/, 'Kế hoạch phổ biến, giáo dục pháp luật, không phải kế hoạch tuyên truyền CCHC.'],
  [/^not about administrative reform/, 'Văn bản không về cải cách hành chính.'],
  [/^a CCHC plan that is not a communication plan/, 'Kế hoạch CCHC nhưng không phải kế hoạch thông tin, tuyên truyền.'],
  [/^not a plan$/, 'Không phải kế hoạch.'],
];

/** The server's (English) reason in Vietnamese, or null when it is not one we know. */
export function reasonInVietnamese(reason: string | null | undefined): string | null {
  if (!reason) return null;
  for (const [re, vi] of REASONS) {
    const m = re.exec(reason);
    if (m) return vi.replace('$1', m[1] ?? '');
  }
  return null;
}

/** The remembered token, or '' (storage may be missing or blocked). */
export function loadToken(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(TOKEN_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the token for this tab; an empty token is forgotten. */
export function saveToken(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, token: string): void {
  try {
    if (token) storage?.setItem(TOKEN_STORAGE_KEY, token);
    else storage?.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // A blocked storage only means the token is asked again next time.
  }
}
