import { describe, expect, it } from 'vitest';
import {
  buildUploadRequest,
  checkFile,
  checkFiles,
  extensionOf,
  formatBytes,
  loadToken,
  normalizeToken,
  problemMessage,
  readUploadAnswer,
  reasonInVietnamese,
  saveToken,
  sendUpload,
  STATUS_LABELS,
  TOKEN_STORAGE_KEY,
  UPLOAD_LIMITS,
} from './upload';

const MB = 1024 * 1024;

describe('checkFile', () => {
  it('accepts the five formats, whatever the case of the extension', () => {
    for (const name of ['a.txt', 'b.md', 'c.DOCX', 'Kế hoạch 2024.pdf', 'd.html', 'e.htm']) {
      expect(checkFile({ name, size: 10 })).toBeNull();
    }
  });
  it('refuses other extensions and names without one, naming the extension', () => {
    expect(checkFile({ name: 'virus.exe', size: 10 })).toMatch(/“\.exe” không được hỗ trợ/);
    expect(checkFile({ name: 'README', size: 10 })).toMatch(/không có đuôi/);
  });
  it('refuses files over 20 MB and empty files, but takes exactly 20 MB', () => {
    expect(checkFile({ name: 'a.pdf', size: 20 * MB })).toBeNull();
    expect(checkFile({ name: 'a.pdf', size: 20 * MB + 1 })).toMatch(/vượt giới hạn 20 MB/);
    expect(checkFile({ name: 'a.txt', size: 0 })).toBe('Tệp rỗng.');
  });
  it('refuses the names the server calls unsafe', () => {
    for (const name of ['.hidden.txt', 'a..b.txt', 'a\u0001.txt', `${'x'.repeat(200)}.txt`, '   ']) {
      expect(checkFile({ name, size: 10 })).toMatch(/Tên tệp không hợp lệ/);
    }
  });
});

describe('checkFiles', () => {
  it('refuses the files past the 50-file limit and checks the others one by one', () => {
    const files = Array.from({ length: UPLOAD_LIMITS.maxFiles + 2 }, (_, i) => ({ name: i === 1 ? 'x.exe' : `${i}.txt`, size: 5 }));
    const problems = checkFiles(files);
    expect(problems[0]).toBeNull();
    expect(problems[1]).toMatch(/không được hỗ trợ/);
    expect(problems.slice(2, 50).every((p) => p === null)).toBe(true);
    expect(problems.slice(50)).toEqual(['Vượt quá 50 tệp mỗi lượt tải lên.', 'Vượt quá 50 tệp mỗi lượt tải lên.']);
  });
});

describe('extensionOf', () => {
  it('reads the last extension like Node, ignoring a leading dot', () => {
    expect(extensionOf('a.tar.PDF')).toBe('.pdf');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('plain')).toBe('');
  });
});

describe('formatBytes', () => {
  it('writes sizes with Vietnamese decimals', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(20 * MB)).toBe('20 MB');
  });
});

describe('buildUploadRequest', () => {
  it('posts one file in the "file" field with the bearer token', async () => {
    const req = buildUploadRequest(new Blob(['xin chào']), 'ke-hoach.txt', '  Bearer abc ');
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/v1/documents');
    expect(req.headers.authorization).toBe('Bearer abc');
    const files = req.body.getAll('file');
    expect(files).toHaveLength(1);
    const f = files[0] as File;
    expect(f.name).toBe('ke-hoach.txt');
    expect(await f.text()).toBe('xin chào');
  });
  it('trims a pasted token', () => {
    expect(normalizeToken(' bearer  T\n')).toBe('T');
    expect(normalizeToken('T')).toBe('T');
  });
});

describe('readUploadAnswer', () => {
  const ok = (data: unknown) => ({ status: 200, body: JSON.stringify({ data: [data] }) });

  it('reads the per-file result of a 200', () => {
    expect(readUploadAnswer(ok({ name: 'a.txt', status: 'ingested', id: '0123456789abcdef', reason: null }))).toEqual({
      kind: 'result',
      result: { name: 'a.txt', status: 'ingested', id: '0123456789abcdef', reason: null },
    });
    const r = readUploadAnswer(ok({ name: 'b.txt', status: 'rejected', id: null, reason: 'not a plan' }));
    expect(r).toMatchObject({ kind: 'result', result: { status: 'rejected', reason: 'not a plan' } });
  });
  it('reports a 200 it cannot read as an error', () => {
    expect(readUploadAnswer({ status: 200, body: '<html>' })).toMatchObject({ kind: 'error', stop: false });
    expect(readUploadAnswer(ok({ name: 'a', status: 'weird' }))).toMatchObject({ kind: 'error' });
  });
  it('tells a missing token, a wrong token and uploads switched off apart, and stops the batch for each', () => {
    const problem = (status: number, detail: string) => ({ status, body: JSON.stringify({ type: 'about:blank', title: 't', status, detail }) });
    expect(readUploadAnswer(problem(401, 'a bearer token is required'))).toMatchObject({ kind: 'error', stop: true, message: expect.stringMatching(/Chưa có mã tải lên/) });
    expect(readUploadAnswer(problem(403, 'wrong token'))).toMatchObject({ stop: true, message: expect.stringMatching(/Mã tải lên không đúng/), detail: 'wrong token' });
    expect(readUploadAnswer(problem(403, 'uploads are disabled on this server: start it with CCHC_TOKEN set'))).toMatchObject({
      stop: true,
      message: expect.stringMatching(/chưa bật chức năng tải lên/),
    });
  });
  it('keeps going after a network failure or an oversize request, and says so', () => {
    expect(readUploadAnswer({ status: 0, body: '' })).toMatchObject({ kind: 'error', stop: false, message: expect.stringMatching(/Không kết nối/) });
    expect(readUploadAnswer({ status: 413, body: 'not json' })).toMatchObject({ stop: false, detail: null, message: 'Yêu cầu vượt quá 100 MB.' });
    expect(readUploadAnswer({ status: 0, body: '', aborted: true })).toMatchObject({ message: 'Đã huỷ tải lên.' });
  });
  it('passes the server detail through for a bad request', () => {
    expect(problemMessage(400, 'the form has no "file" field').message).toBe('Máy chủ không nhận yêu cầu: the form has no "file" field');
    expect(problemMessage(502, null)).toEqual({ message: 'Máy chủ gặp lỗi khi xử lý tệp. Vui lòng thử lại sau.', stop: false });
  });
});

describe('labels and reasons', () => {
  it('names each status in Vietnamese', () => {
    expect(STATUS_LABELS).toMatchObject({ ingested: 'Đã nạp', duplicate: 'Đã có', rejected: 'Bị từ chối' });
  });
  it('translates the common refusals and leaves unknown ones alone', () => {
    expect(reasonInVietnamese('not a plan: no "KẾ HOẠCH" title heading (looks like an article or another kind of document)')).toMatch(/giống một bài báo/);
    expect(reasonInVietnamese('not a plan: no "KẾ HOẠCH" title heading was found')).toBe('Không phải kế hoạch: không tìm thấy tiêu đề “KẾ HOẠCH”.');
    expect(reasonInVietnamese('not UTF-8; looks like TCVN3 (ABC) Vietnamese but could not be decoded confidently (61% of words are Vietnamese syllables)')).toMatch(/mã TCVN3 \(ABC\)/);
    expect(reasonInVietnamese('binary content (looks like a JPEG image): not a text document')).toMatch(/a JPEG image/);
    expect(reasonInVietnamese('scanned PDF without a text layer; OCR it first (3 letters of text)')).toMatch(/OCR/);
    expect(reasonInVietnamese('unsupported file type ".exe": send .txt, .md, .docx, .pdf or .html')).toMatch(/“\.exe”/);
    expect(reasonInVietnamese('file larger than 20 MB')).toBe('Tệp lớn hơn 20 MB.');
    expect(reasonInVietnamese('x.txt: empty file')).toBe('Tệp rỗng.');
    expect(reasonInVietnamese('not about administrative reform (title: "KẾ HOẠCH Phòng chống dịch")')).toMatch(/không về cải cách hành chính/);
    expect(reasonInVietnamese('something new')).toBeNull();
    expect(reasonInVietnamese(null)).toBeNull();
  });
});

describe('token storage', () => {
  function memoryStorage() {
    const m = new Map<string, string>();
    return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  }
  it('remembers a token and forgets an empty one', () => {
    const s = memoryStorage();
    saveToken(s, 'T');
    expect(s.m.get(TOKEN_STORAGE_KEY)).toBe('T');
    expect(loadToken(s)).toBe('T');
    saveToken(s, '');
    expect(loadToken(s)).toBe('');
  });
  it('survives a missing or blocked storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    };
    expect(loadToken(blocked)).toBe('');
    expect(() => saveToken(blocked, 'T')).not.toThrow();
    expect(loadToken(undefined)).toBe('');
  });
});

describe('sendUpload', () => {
  /** Just enough of XMLHttpRequest to play a request back. */
  class FakeXhr {
    sent: unknown;
    opened: string[] = [];
    headers: Record<string, string> = {};
    status = 0;
    responseText = '';
    upload: { onprogress: ((e: Partial<ProgressEvent>) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    open(method: string, url: string) {
      this.opened = [method, url];
    }
    setRequestHeader(k: string, v: string) {
      this.headers[k] = v;
    }
    send(body: unknown) {
      this.sent = body;
    }
    abort() {
      this.onabort?.();
    }
  }

  it('reports upload progress, then resolves with the answer', async () => {
    const xhr = new FakeXhr();
    const progress: number[] = [];
    let sent = false;
    const req = buildUploadRequest(new Blob(['abc']), 'a.txt', 'T');
    const { done } = sendUpload(req, { onProgress: (f) => progress.push(f), onSent: () => (sent = true), createXhr: () => xhr as unknown as XMLHttpRequest });
    expect(xhr.opened).toEqual(['POST', '/api/v1/documents']);
    expect(xhr.headers.authorization).toBe('Bearer T');
    expect(xhr.sent).toBe(req.body);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 60, total: 0 });
    xhr.upload.onload?.();
    xhr.status = 200;
    xhr.responseText = '{"data":[]}';
    xhr.onload?.();
    expect(await done).toEqual({ status: 200, body: '{"data":[]}' });
    expect(progress).toEqual([0.25, 1]);
    expect(sent).toBe(true);
  });

  it('resolves with status 0 on a network error or an abort, never rejecting', async () => {
    const a = new FakeXhr();
    const first = sendUpload(buildUploadRequest(new Blob(['x']), 'a.txt', 'T'), { createXhr: () => a as unknown as XMLHttpRequest });
    a.onerror?.();
    expect(await first.done).toEqual({ status: 0, body: '' });
    const b = new FakeXhr();
    const second = sendUpload(buildUploadRequest(new Blob(['x']), 'a.txt', 'T'), { createXhr: () => b as unknown as XMLHttpRequest });
    second.abort();
    expect(await second.done).toEqual({ status: 0, body: '', aborted: true });
  });
});
