// Labels of codes that are not in the codebook files: regions, measures, units maps, dimensions,
// channel families, roles of a change. Each as [Vietnamese, English].

type Pair = readonly [vi: string, en: string];

export const REGION_LABELS: Record<string, Pair> = {
  trung_du_mien_nui_phia_bac: ['Trung du và miền núi phía Bắc', 'Northern midlands and mountains'],
  dong_bang_song_hong: ['Đồng bằng sông Hồng', 'Red River Delta'],
  bac_trung_bo_duyen_hai_mien_trung: ['Bắc Trung Bộ và duyên hải miền Trung', 'North Central and Central Coast'],
  tay_nguyen: ['Tây Nguyên', 'Central Highlands'],
  dong_nam_bo: ['Đông Nam Bộ', 'Southeast'],
  dong_bang_song_cuu_long: ['Đồng bằng sông Cửu Long', 'Mekong Delta'],
};

export const MEASURE_LABELS: Record<string, Pair> = {
  count: ['Số đoạn', 'Passages'],
  share: ['Tỷ lệ đoạn', 'Share of passages'],
  presence: ['Có đề cập', 'Present'],
  change: ['Thay đổi so với kế hoạch trước', 'Change from the previous plan'],
};

export const UNITS_LABELS: Record<string, Pair> = {
  '2024': ['63 tỉnh, thành phố', '63 provinces'],
  '2025': ['34 đơn vị (từ 2025)', '34 units (since 2025)'],
};

export const DIMENSION_LABELS: Record<string, Pair> = {
  topic: ['Nội dung', 'Topics'],
  channel: ['Hình thức', 'Channels'],
  audience: ['Đối tượng', 'Audiences'],
  attribute: ['Thuộc tính', 'Attributes'],
  agency: ['Cơ quan', 'Agencies'],
  agency_role: ['Cơ quan – vai trò', 'Agency roles'],
};

export const FAMILY_LABELS: Record<string, Pair> = {
  mass_media: ['Báo chí, phát thanh, truyền hình', 'Mass media'],
  digital: ['Số, trực tuyến', 'Digital'],
  print_visual: ['Ấn phẩm, trực quan', 'Print and visual'],
  direct: ['Trực tiếp', 'Face to face'],
  feedback: ['Tiếp nhận phản ánh', 'Feedback'],
  integration: ['Lồng ghép', 'Integration'],
};

export const TRANSITION_LABELS: Record<string, Pair> = {
  first: ['Kế hoạch đầu tiên', 'First plan'],
  added: ['Mới thêm', 'Added'],
  dropped: ['Bỏ đi', 'Dropped'],
  kept: ['Giữ nguyên', 'Kept'],
  absent: ['Không có', 'Absent'],
};

export const ISSUER_LEVEL_LABELS: Record<string, Pair> = {
  province: ['Cấp tỉnh', 'Province'],
  department: ['Sở, ngành', 'Department'],
  district: ['Cấp huyện', 'District'],
  commune: ['Cấp xã', 'Commune'],
  ministry: ['Bộ, ngành trung ương', 'Ministry'],
};

export const INDEX_LABELS: Record<string, string> = {
  par_index: 'PAR INDEX',
  sipas: 'SIPAS',
  papi: 'PAPI',
  pci: 'PCI',
  ddci: 'DDCI',
  dti: 'DTI',
  ict_index: 'ICT Index',
  pobi: 'POBI',
};
