// Vietnamese labels for the codes the API returns (section kinds, blocks, issuer levels).

const SECTION_KINDS: Record<string, string> = {
  purpose: 'Mục đích',
  requirement: 'Yêu cầu',
  audience: 'Đối tượng',
  content: 'Nội dung',
  form: 'Hình thức',
  solution: 'Giải pháp',
  assignment: 'Phân công',
  budget: 'Kinh phí',
  annex: 'Phụ lục',
  other: 'Khác',
};

const BLOCKS: Record<string, string> = {
  heading: 'Tiêu đề',
  paragraph: 'Đoạn văn',
  bullet: 'Gạch đầu dòng',
  table_row: 'Dòng bảng',
  table_header: 'Tiêu đề bảng',
  recipients: 'Nơi nhận',
  preamble: 'Phần đầu văn bản',
  signature: 'Chữ ký',
};

const ISSUER_LEVELS: Record<string, string> = {
  province: 'Cấp tỉnh',
  department: 'Sở, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  ministry: 'Bộ, ngành trung ương',
};

const label = (table: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (table[code] ?? code) : '—';

/** The Vietnamese name of a section kind (`purpose` → `Mục đích`); unknown codes pass through. */
export const sectionKindLabel = label(SECTION_KINDS);
/** The Vietnamese name of a passage's block kind. */
export const blockLabel = label(BLOCKS);
/** The Vietnamese name of an issuer level. */
export const issuerLevelLabel = label(ISSUER_LEVELS);
