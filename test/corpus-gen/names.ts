// Vietnamese personal names for signers, drawn from common family, middle and given names.

import type { Rng } from './prng.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Lò', 'Cầm', 'Đinh', 'Trương', 'Mai'];
const MIDDLE = ['Văn', 'Thị', 'Quốc', 'Thanh', 'Minh', 'Hữu', 'Đức', 'Ngọc', 'Hoàng', 'Thành', 'Công', 'Anh', 'Xuân', 'Hồng', 'Quang'];
const GIVEN = ['Khánh', 'Phúc', 'Diệu', 'Tiến', 'Quang', 'Hùng', 'Hải', 'Lan', 'Hương', 'Dũng', 'Tuấn', 'Thắng', 'Bình', 'Sơn', 'Long', 'Nam', 'Hạnh', 'Trung', 'Thủy', 'Cường', 'Huy', 'Vinh', 'Tâm', 'Hòa'];

/** A full name such as "Ngô Hạnh Phúc". */
export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}
