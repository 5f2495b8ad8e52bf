// Indicative cue patterns per category (CODEBOOK.md), used only to lint the generator's pools:
// every tagged sentence must show a cue of each of its tags, and no cue of a category it is not
// tagged with. Patterns run on folded text (no diacritics, lower case). Deliberately broad: a
// word that could mislead a coder has to be avoided or tagged.

/** Folds like the project does: NFD without marks, đ → d, lower case, spaces collapsed, no `*`. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const CUES: Readonly<Record<string, RegExp>> = {
  chi_dao_dieu_hanh: /nguoi dung dau|cap uy|76\/nq-cp|30c\/nq-cp|23\/ct-ttg|chi dao,? dieu hanh|(?<!van )\bban chi dao|chuong trinh tong the|ke hoach (cai cach hanh chinh|cchc)/,
  the_che: /van ban quy pham phap luat|vbqppl|thi hanh phap luat|the che/,
  tthc: /thu tuc hanh chinh|\btthc\b|quy dinh hanh chinh/,
  bo_may: /bo may|sap xep|kien toan|tinh gon|tinh gian bien che|18-nq\/tw|19-nq\/tw|phan cap|phan quyen|don vi hanh chinh/,
  cong_vu: /cong vu|tuyen dung|vi tri viec lam|ky luat|ky cuong|nhan tai|thi tuyen/,
  tai_chinh_cong: /tai chinh cong|\btu chu\b(?! (truong|tich|de|dong))|co che tai chinh|ngan sach|xa hoi hoa|dich vu su nghiep cong/,
  chinh_phu_so: /chinh phu dien tu|chinh phu so|chinh quyen dien tu|chinh quyen so|chuyen doi so|cong nghe thong tin|\bcntt\b|van ban dien tu|chu ky so|thong tin bao cao|hop truc tuyen|moi truong so|kinh te so|xa hoi so/,
  mot_cua: /mot cua|phuc vu hanh chinh cong|tiep nhan va tra ket qua|\bpvhcc\b|\bhcc\b/,
  dvc_truc_tuyen: /dich vu cong truc tuyen|thanh toan truc tuyen|cong dich vu cong|dich vu cong quoc gia|toan trinh|muc do 3/,
  buu_chinh_cong_ich: /buu chinh cong ich/,
  de_an_06: /de an 06|06\/qd-ttg|du lieu (ve )?dan cu|dinh danh|xac thuc dien tu|vneid/,
  chi_so_danh_gia: /par index|sipas|papi|\bpci\b|ddci|\bdti\b|ict index|pobi|hai long|chi so|nang luc canh tranh|quan tri va hanh chinh cong/,
  sang_kien_dien_hinh: /sang kien|mo hinh|dien hinh|bieu duong|\bguong\b|cach lam hay|thi diem|nhan rong/,
  nguoi_dan_giam_sat: /giam sat|quan he giua nha nuoc va nhan dan|dan chu o co so|quyen lam chu|quyen(,| va) nghia vu (co ban |va trach nhiem )?cua (ca nhan|cong dan|nguoi dan|to chuc)/,
  ket_qua_han_che: /han che|ton tai|yeu kem|ket qua dat duoc/,
  phong_chong_tham_nhung: /tham nhung|nhung nhieu|tieu cuc|phien ha/,
  iso_9001: /\biso\b/,

  truyen_hinh_phat_thanh: /truyen hinh|phat thanh|\bpt-?th\b/,
  bao_chi: /bao chi|\bbao in\b|bao dien tu|tap chi|thong tan|\{BAO\}/,
  truyen_thanh_co_so: /truyen thanh|\bloa\b/,
  cong_thong_tin: /cong thong tin|trang thong tin|cong\/trang|website|cong dich vu cong|trang tin\b/,
  mang_xa_hoi: /mang xa hoi|zalo|facebook|fanpage|youtube|tiktok/,
  video_phong_su: /video|clip|phong su|phim tai lieu/,
  ban_tin: /\bban tin\b/,
  an_pham: /to roi|to gap|\bpa ?no\b|ap phich|bang ron|\ban pham|so tay|cam nang|khau hieu|tai lieu tuyen truyen|xuat ban/,
  niem_yet: /niem yet|tai tru so/,
  tap_huan_hoi_nghi: /tap huan|hoi nghi|hoi thao|toa dam|quan triet|giao ban|lop boi duong/,
  cuoc_thi: /cuoc thi|hoi thi|thi tim hieu|thi viet/,
  san_khau_hoa: /san khau|van nghe|luu dong|hai kich|tieu pham/,
  doi_thoai_hop_bao: /doi thoai|\bhop bao\b(?! cao)/,
  hop_dan_nguoi_uy_tin: /\buy tin\b|\bhop thon\b|\bhop o thon\b|\bthon, ban\b|\bhop dan\b/,
  duong_day_nong: /duong day nong|tong dai|hotline|so dien thoai|email|\bhop thu\b|kenh tiep nhan|tiep nhan(, xu ly| va xu ly)? (cac )?(y kien|phan anh)/,
  long_ghep_pbgdpl: /giao duc phap luat|pho bien, giao duc|tuyen truyen vien phap luat|ngay phap luat/,
  dao_tao_tuyen_dung: /vao cong tac tuyen dung|chuong trinh dao tao|noi dung dao tao|dao tao, boi duong|giang day/,
  thi_dua_khen_thuong: /thi dua|khen thuong/,

  can_bo_cong_chuc: /can bo, cong chuc|cong chuc, vien chuc|can bo cong chuc|\bcbcc|nguoi lao dong|doi ngu can bo|doi ngu cong chuc|can bo quan ly/,
  nguoi_dan: /nguoi dan|(?<!uy ban |hoi dong |ubmttq )nhan dan|cong dan/,
  doanh_nghiep: /doanh nghiep/,
  to_chuc_chinh_tri_xa_hoi: /chinh tri - xa hoi|chinh tri xa hoi|doan vien, hoi vien/,
  dan_toc_thieu_so: /dan toc thieu so|dong bao/,
  bao_chi_phong_vien: /phong vien|bien tap vien/,
  tieng_dan_toc: /tieng dan toc|tieng thai|tieng mong|tieng khmer|tieng e-?de|song ngu/,
};

/** The ids whose cue occurs in `text`; `newspaper` is the plan's paper ("Báo Sơn La"). */
export function cuesIn(text: string, newspaper: string): Set<string> {
  const f = fold(text).replace(fold(newspaper), '{BAO}');
  const out = new Set<string>();
  for (const [id, re] of Object.entries(CUES)) if (re.test(f)) out.add(id);
  return out;
}

/** The ids the lint knows (every topic, channel, audience, and the attribute). */
export const CUE_IDS: readonly string[] = Object.keys(CUES);
