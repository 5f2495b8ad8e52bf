// Placeholder reader (UTF-8 text only) until the full readers land.
import { RejectError } from '../errors.ts';

export interface SourceText { text: string; format: 'txt' | 'md' | 'docx' | 'pdf' | 'html'; encoding: string }

export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceText> {
  if (bytes.byteLength === 0) throw new RejectError('empty', `${fileName}: empty file`);
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, format: fileName.endsWith('.md') ? 'md' : 'txt', encoding: 'utf-8' };
}
